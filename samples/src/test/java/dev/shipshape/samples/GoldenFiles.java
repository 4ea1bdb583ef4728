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
 * A tree of approved files in the repository and how its files are checked and approved:
 * {@link #GOLDEN} holds every sample's output, {@link #DOCS} the guide generated from the samples.
 *
 * <p>Approve after reading the diff with {@value #APPROVE_COMMAND}. With the {@code CI} environment
 * variable set nothing is ever approved automatically.
 */
final class GoldenFiles {

  static final String APPROVE_COMMAND = "./mvnw -B verify -Dshipshape.approve=true";
  static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

  /** {@code golden/}: what the generator writes for each sample. */
  static final GoldenFiles GOLDEN = new GoldenFiles("golden");
  /** {@code docs/}: the guide. */
  static final GoldenFiles DOCS = new GoldenFiles("docs");

  private final Path root;
  private final Path received;

  private GoldenFiles(String directory) {
    this.root = REPOSITORY.resolve(directory);
    this.received = Path.of("target", directory + "-received").toAbsolutePath().normalize();
  }

  /** Whether this run may rewrite approved files: asked for, and not on CI. */
  static boolean approving() {
    return Boolean.getBoolean("shipshape.approve") && System.getenv("CI") == null;
  }

  /** The approved file at {@code relativePath}. */
  Path approved(String relativePath) {
    return root.resolve(relativePath);
  }

  /** Where the text received for {@code relativePath} is written while it differs. */
  Path received(String relativePath) {
    return received.resolve(relativePath);
  }

  /** Checks {@code text} against the approved file at {@code relativePath} with ApprovalTests. */
  void verify(String relativePath, String text) {
    Approvals.verify(text, new Options(new GoldenReporter()).forFile()
        .withNamer(new GoldenNamer(this, relativePath)));
  }

  /** The '/'-separated paths, relative to this tree, of the files below {@code directory}, sorted. */
  Set<String> approvedPaths(String directory) {
    Path start = root.resolve(directory);
    if (!Files.isDirectory(start)) {
      return Set.of();
    }
    try (Stream<Path> files = Files.walk(start)) {
      Set<String> paths = new TreeSet<>();
      files.filter(Files::isRegularFile)
          .forEach(file -> paths.add(root.relativize(file).toString().replace('\\', '/')));
      return paths;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Deletes approved files that are no longer produced, and the directories they leave empty
   * (approve mode only).
   */
  void deleteOrphans(Set<String> orphans) {
    for (String orphan : orphans) {
      try {
        Path file = root.resolve(orphan);
        Files.delete(file);
        for (Path dir = file.getParent(); !dir.equals(root) && isEmpty(dir); dir = dir.getParent()) {
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
