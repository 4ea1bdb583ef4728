package dev.shipshape.generator.write;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Shipshape's own directory {@value #NAME} inside an output directory, apart from the output: the
 * {@code lock} file (kept; it only carries the operating-system lock), and while a write runs the
 * {@code staging/} tree, the new {@code index} and the {@code journal} of a commit in progress.
 * Nested one level down, the staged tree never matches a glob over the output (such as an Argo CD
 * directory generator's {@code deploy/*}{@code /shop}).
 */
final class WorkDirectory {

  /** The directory's name in the output directory. */
  static final String NAME = ".shipshape";
  /** The name prefix of the staging directories older versions left in the output directory itself. */
  static final String LEGACY_STAGING_PREFIX = ".shipshape-staging-";

  /** The folder of {@code .shipshape/} that keeps hand-edited versions ({@link #keepHandEdits}). */
  static final String HAND_EDITS = "hand-edits";

  private final Path root;
  private final Path directory;

  WorkDirectory(Path root) {
    this.root = root;
    this.directory = root.resolve(NAME);
  }

  Path lock() {
    return directory.resolve("lock");
  }

  Path staging() {
    return directory.resolve("staging");
  }

  /** Where the last hand-edited version of each owned file a run overwrote or pruned is kept. */
  Path handEdits() {
    return directory.resolve(HAND_EDITS);
  }

  /**
   * Keeps a copy of each of {@code paths} (owned files edited by hand, about to be overwritten or
   * pruned) in {@link #handEdits()}, replacing an older copy, so no hand edit is ever lost. Nothing
   * below {@code .shipshape/} is followed: a link or file in the way of a copy is removed first.
   */
  void keepHandEdits(List<String> paths) throws IOException {
    for (String path : paths) {
      Path copy = StagedWrite.resolve(handEdits(), path);
      Path folder = directory;
      for (Path segment : directory.relativize(copy.getParent())) {
        folder = folder.resolve(segment);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
          if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(folder);
          }
          Files.createDirectory(folder);
        }
      }
      if (Files.isDirectory(copy, LinkOption.NOFOLLOW_LINKS)) {
        deleteTree(copy);
      }
      Files.copy(root.resolve(path), copy, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
    }
  }

  Path newIndex() {
    return directory.resolve("index");
  }

  Path journal() {
    return directory.resolve("journal");
  }

  Path journalDraft() {
    return directory.resolve("journal.draft");
  }

  /** Whether the directory exists (and is one: a link named so is refused by {@link #create}). */
  boolean exists() {
    return Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS);
  }

  /** Creates the output directory and this one inside it, refusing a link or file in its place. */
  void create() throws IOException {
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new WriteConflictException(List.of(new WriteConflict(root.toString(),
          "is a file, where the output directory must be", "choose another output directory, or move the file away")));
    }
    Files.createDirectories(root);
    try {
      Files.createDirectory(directory);
    } catch (FileAlreadyExistsException e) {
      if (!exists()) {
        throw new WriteConflictException(List.of(new WriteConflict(NAME,
            "is not a directory (a file or a symbolic link); Shipshape keeps its lock and staging area there",
            "move it away; Shipshape creates the directory itself")));
      }
    }
  }

  /**
   * What a run killed before its commit point left behind (a staging tree, a new index, a journal
   * draft, older versions' staging directories), removed; a {@code journal} is not touched here.
   */
  void removeLeftovers() throws IOException {
    for (Path leftover : List.of(staging(), newIndex(), journalDraft())) {
      deleteTree(leftover);
    }
    for (Path legacy : legacyStaging()) {
      deleteTree(legacy);
    }
  }

  /**
   * Everything here that should not be, as paths relative to the output directory: a journal (a
   * commit a kill interrupted), staged files, older versions' staging directories, unknown entries.
   */
  List<String> leftovers() throws IOException {
    List<String> found = new ArrayList<>();
    if (exists()) {
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
        for (Path entry : entries) {
          if (!entry.equals(lock()) && !entry.equals(handEdits())) {
            found.add(NAME + "/" + entry.getFileName());
          }
        }
      }
    } else if (Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
      found.add(NAME);
    }
    legacyStaging().forEach(path -> found.add(path.getFileName().toString()));
    found.sort(null);
    return found;
  }

  private List<Path> legacyStaging() throws IOException {
    List<Path> found = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return found;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, LEGACY_STAGING_PREFIX + "*")) {
      entries.forEach(found::add);
    }
    return found;
  }

  /** Deletes {@code path} and, if it is a real directory, everything below it; links are removed, never followed. */
  static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(path, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
        if (failure != null) {
          throw failure;
        }
        delete(directory);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private static void delete(Path path) throws IOException {
    try {
      Files.delete(path);
    } catch (NoSuchFileException e) {
      // gone already
    }
  }
}
