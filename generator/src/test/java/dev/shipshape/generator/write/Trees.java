package dev.shipshape.generator.write;

import dev.shipshape.generator.FileSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Directory trees as values, for the write tests: what is on disk, and what a write should leave. */
final class Trees {

  private Trees() {}

  /**
   * Every entry below {@code root} (links not followed) as relative path → content: a file's text,
   * {@code "/"} for a folder, {@code "-> target"} for a link; Shipshape's lock file is left out.
   */
  static SortedMap<String, String> of(Path root) throws IOException {
    SortedMap<String, String> tree = new TreeMap<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
        if (!directory.equals(root)) {
          tree.put(relative(root, directory), "/");
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        String path = relative(root, file);
        if (attributes.isSymbolicLink()) {
          tree.put(path, "-> " + Files.readSymbolicLink(file));
        } else if (!path.equals(WorkDirectory.NAME + "/lock")) {
          tree.put(path, Files.readString(file, StandardCharsets.UTF_8));
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return tree;
  }

  /**
   * The tree a write of {@code files} leaves, besides {@code foreign} files: the files, their
   * folders, the index and Shipshape's work directory (holding only its lock).
   */
  static SortedMap<String, String> expected(FileSet files, Map<String, String> foreign) {
    SortedMap<String, String> tree = new TreeMap<>();
    Map<String, String> all = new TreeMap<>(foreign);
    files.paths().forEach(path -> all.put(path, files.text(path)));
    all.forEach((path, text) -> {
      tree.put(path, text);
      for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
        tree.put(path.substring(0, slash), "/");
      }
    });
    tree.put(OwnershipIndex.FILE, OwnershipIndex.text(files));
    tree.put(WorkDirectory.NAME, "/");
    return tree;
  }

  /** Copies the tree at {@code from} to {@code to}, links as links: the directory as a kill would leave it. */
  static void copy(Path from, Path to) {
    try {
      Files.walkFileTree(from, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
          Files.createDirectories(to.resolve(relative(from, directory)));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
          Files.copy(file, to.resolve(relative(from, file)), LinkOption.NOFOLLOW_LINKS,
              StandardCopyOption.COPY_ATTRIBUTES);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String relative(Path root, Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }
}
