package dev.shipshape.generator.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The commit point of a write. Once everything is staged and the pre-flight passed, the journal
 * {@code .shipshape/journal} is written (in full, then renamed into place) listing the owned files
 * to prune; from then on the write only finishes: the staged tree is merged into the output
 * directory (what is left in staging is exactly what moves), the listed files are pruned, the new
 * index is renamed into place, and the journal is deleted. Each step can be repeated, so a run that
 * finds a journal — one a kill interrupted — finishes it the same way before anything else: the
 * directory then holds exactly the new tree. Without a journal, a kill leaves the old tree
 * untouched (plus a staging area the next run removes).
 */
final class Journal {

  private static final String HEADER = "# Shipshape commit in progress: the next run finishes it. Files to prune:";

  private Journal() {}

  /** Writes the journal of a commit that prunes {@code pruned}: the commit point. */
  static void write(WorkDirectory work, List<String> pruned) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    pruned.forEach(path -> text.append(path).append('\n'));
    Files.writeString(work.journalDraft(), text, StandardCharsets.UTF_8);
    Files.move(work.journalDraft(), work.journal(), StandardCopyOption.ATOMIC_MOVE);
  }

  /** Whether a commit is in progress (or was interrupted). */
  static boolean pending(WorkDirectory work) {
    return Files.isRegularFile(work.journal(), LinkOption.NOFOLLOW_LINKS);
  }

  /** Finishes the commit the journal describes; returns the files it pruned. */
  static List<String> finish(Path root, WorkDirectory work, CommitHook hook, boolean parallel) throws IOException {
    List<String> pruned = new ArrayList<>();
    for (String line : Files.readAllLines(work.journal(), StandardCharsets.UTF_8)) {
      if (!line.isEmpty() && !line.startsWith("#") && OwnershipIndex.isSafe(line)) {
        pruned.add(line);
      }
    }
    if (Files.isDirectory(work.staging(), LinkOption.NOFOLLOW_LINKS)) {
      merge(work.staging(), root, "", hook, parallel);
    }
    List<String> deleted = new ArrayList<>();
    for (String path : pruned) {
      if (prune(root, path)) {
        deleted.add(path);
        hook.at("pruned " + path);
      }
    }
    if (Files.exists(work.newIndex(), LinkOption.NOFOLLOW_LINKS)) {
      move(work.newIndex(), root.resolve(OwnershipIndex.FILE));
      hook.at("index");
    }
    Files.delete(work.journal());
    hook.at("done");
    return deleted;
  }

  /**
   * Moves every entry of the staging folder {@code from} to the same name in {@code to}: an entry
   * that is not there yet with one rename (a whole new folder at once), a folder that is there
   * entry by entry, a file replacing the one there. Emptied staging folders are removed.
   */
  private static void merge(Path from, Path to, String relative, CommitHook hook, boolean parallel) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(from)) {
      listing.forEach(entries::add);
    }
    FileWork.map(entries, parallel, entry -> {
      String name = entry.getFileName().toString();
      String path = relative.isEmpty() ? name : relative + "/" + name;
      Path target = to.resolve(name);
      BasicFileAttributes there = Preflight.attributes(target);
      if (there == null) {
        Files.move(entry, target, StandardCopyOption.ATOMIC_MOVE);
      } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        if (!there.isDirectory()) {
          throw new IOException("cannot finish the commit: " + path + " must be a folder, but is "
              + (there.isSymbolicLink() ? "a symbolic link" : "a file") + "; move it away and run again");
        }
        merge(entry, target, path, hook, parallel);
        Files.delete(entry);
        return null;
      } else if (!there.isRegularFile()) {
        throw new IOException("cannot finish the commit: " + path + " must be a file, but is "
            + (there.isSymbolicLink() ? "a symbolic link" : "a folder") + "; move it away and run again");
      } else {
        move(entry, target);
      }
      hook.at("moved " + path);
      return null;
    });
  }

  /** Deletes the owned regular file at {@code path} unless a link or a non-folder is on the way; true if deleted. */
  private static boolean prune(Path root, String path) throws IOException {
    Path current = root;
    String[] segments = path.split("/");
    for (int i = 0; i < segments.length - 1; i++) {
      current = current.resolve(segments[i]);
      BasicFileAttributes folder = Preflight.attributes(current);
      if (folder == null || !folder.isDirectory()) {
        return false;   // gone already, or a link or file: never followed
      }
    }
    Path target = current.resolve(segments[segments.length - 1]);
    BasicFileAttributes file = Preflight.attributes(target);
    if (file == null || !file.isRegularFile()) {
      return false;
    }
    Files.delete(target);
    for (Path folder = target.getParent(); !folder.equals(root); folder = folder.getParent()) {
      try {
        Files.delete(folder);
      } catch (DirectoryNotEmptyException e) {
        break;
      }
    }
    return true;
  }

  private static void move(Path from, Path to) throws IOException {
    Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
