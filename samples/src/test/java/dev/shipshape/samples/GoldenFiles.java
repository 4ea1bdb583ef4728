package dev.shipshape.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;

/**
 * Where golden files live and how they are checked and approved.
 *
 * <p>Approve after reading the diff with {@value #APPROVE_COMMAND}. With the {@code CI} environment
 * variable set nothing is ever approved automatically.
 */
final class GoldenFiles {

  static final String APPROVE_COMMAND = "./mvnw -B verify -Dshipshape.approve=true";
  static final Path ROOT = Path.of("..", "golden").toAbsolutePath().normalize();
  static final Path RECEIVED = Path.of("target", "golden-received").toAbsolutePath().normalize();

  private GoldenFiles() {}

  /** Whether this run may rewrite golden files: asked for, and not on CI. */
  static boolean approving() {
    return Boolean.getBoolean("shipshape.approve") && System.getenv("CI") == null;
  }

  /** Checks {@code text} against {@code golden/<relativePath>} with ApprovalTests. */
  static void verify(String relativePath, String text) {
    Approvals.verify(text, new Options(new GoldenReporter()).forFile()
        .withNamer(new GoldenNamer(relativePath)));
  }

  /** The '/'-separated paths of the files below {@code golden/<sample>/}, sorted. */
  static Set<String> approvedPaths(String sample) {
    Path directory = ROOT.resolve(sample);
    if (!Files.isDirectory(directory)) {
      return Set.of();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      Set<String> paths = new TreeSet<>();
      files.filter(Files::isRegularFile)
          .forEach(file -> paths.add(ROOT.relativize(file).toString().replace('\\', '/')));
      return paths;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Deletes golden files that the generator no longer produces, and the directories they leave
   * empty (approve mode only).
   */
  static void deleteOrphans(Set<String> orphans) {
    for (String orphan : orphans) {
      try {
        Path file = ROOT.resolve(orphan);
        Files.delete(file);
        for (Path dir = file.getParent(); !dir.equals(ROOT) && isEmpty(dir); dir = dir.getParent()) {
          Files.delete(dir);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static boolean isEmpty(Path directory) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.findAny().isEmpty();
    }
  }
}
