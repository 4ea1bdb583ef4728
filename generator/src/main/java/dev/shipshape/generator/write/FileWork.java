package dev.shipshape.generator.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Work on many independent files, on every core or — for a write with a {@link CommitHook} — on
 * one thread in order; the first I/O error is rethrown as it was.
 */
final class FileWork {

  /** Work on one item that may fail with an I/O error; {@code null} means no result. */
  @FunctionalInterface
  interface Task<T, R> {
    R apply(T item) throws IOException;
  }

  private FileWork() {}

  /** The non-null results of {@code task} over {@code items}, in their order. */
  static <T, R> List<R> map(Collection<T> items, boolean parallel, Task<T, R> task) throws IOException {
    Stream<T> stream = parallel ? items.parallelStream() : items.stream();
    try {
      return stream.map(item -> {
        try {
          return task.apply(item);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).filter(Objects::nonNull).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
