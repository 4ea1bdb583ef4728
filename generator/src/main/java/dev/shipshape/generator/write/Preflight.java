package dev.shipshape.generator.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every target path of a write checked before the first file moves: the folders on the way (a
 * symbolic link, a file where a folder must go, a folder that cannot be written), the file itself
 * (a link, a folder, a foreign file), and each owned file to prune. Staged files whose bytes are on
 * disk already are dropped from the staging tree, so what is left there is exactly what moves.
 */
final class Preflight {

  /**
   * What a write will do, or why it cannot.
   *
   * @param changed staged files to move into place (new or different bytes)
   * @param unchanged staged files whose bytes are on disk already
   * @param pruned owned files no longer rendered, to delete
   * @param handEdited owned files to overwrite or prune that differ from what Shipshape wrote there
   * @param conflicts why the write cannot go ahead; when not empty, nothing may be changed
   */
  record Plan(List<String> changed, List<String> unchanged, List<String> pruned, List<String> handEdited,
      List<WriteConflict> conflicts) {}

  /** The state of one folder on the way to a target: fine, or the conflict that blocks everything below it. */
  private record Folder(boolean exists, boolean writable, Optional<WriteConflict> blocked) {}

  private final Path root;
  private final Path staging;
  private final OwnershipIndex.Listing owned;
  private final Map<String, Folder> folders = new ConcurrentHashMap<>();
  private final List<String> unchanged = Collections.synchronizedList(new ArrayList<>());
  private final List<String> handEdited = Collections.synchronizedList(new ArrayList<>());
  private final List<WriteConflict> conflicts = Collections.synchronizedList(new ArrayList<>());

  private Preflight(Path root, Path staging, OwnershipIndex.Listing owned) {
    this.root = root;
    this.staging = staging;
    this.owned = owned;
    folders.put("", new Folder(true, Files.isWritable(root), Optional.empty()));
  }

  /**
   * Plans the write of the {@code staged} paths (sorted) into {@code root}, which held nothing but
   * Shipshape's work directory when the write began if {@code fresh}.
   */
  static Plan of(Path root, Path staging, OwnershipIndex.Listing owned, List<String> staged, boolean fresh,
      boolean parallel) throws IOException {
    if (fresh) {
      return new Plan(staged, List.of(), List.of(), List.of(), List.of());
    }
    Preflight preflight = new Preflight(root, staging, owned);
    BasicFileAttributes index = attributes(root.resolve(OwnershipIndex.FILE));
    if (index != null && !index.isRegularFile()) {
      preflight.conflict(OwnershipIndex.FILE, "is not a regular file; Shipshape keeps the list of the files it owns there",
          "move it away; Shipshape writes it again");
    }
    List<String> changed = FileWork.map(staged, parallel, preflight::target);
    Set<String> rendered = Set.copyOf(staged);
    List<String> stale = owned.checksums().keySet().stream().filter(path -> !rendered.contains(path)).toList();
    List<String> pruned = FileWork.map(stale, parallel, preflight::prune);
    return new Plan(changed, sorted(preflight.unchanged), pruned, sorted(preflight.handEdited),
        preflight.conflicts.stream().sorted(Comparator.comparing(WriteConflict::path)).distinct().toList());
  }

  /** The path if its staged file must move into place; {@code null} if its bytes are there already or it conflicts. */
  private String target(String path) throws IOException {
    Path target = root.resolve(path);
    if (blocked(path)) {
      return null;
    }
    BasicFileAttributes onDisk = attributes(target);
    if (onDisk == null) {
      return path;
    }
    if (onDisk.isSymbolicLink()) {
      conflict(path, "is a symbolic link; Shipshape never writes through links",
          "remove the link (Shipshape renders a file there), or move what it points to into the output directory");
      return null;
    }
    if (!onDisk.isRegularFile()) {
      conflict(path, "is " + (onDisk.isDirectory() ? "a folder" : "not a regular file") + ", where Shipshape renders a file",
          "move it away or rename it");
      return null;
    }
    Path source = staging.resolve(path);
    if (onDisk.size() == Files.size(source) && Files.mismatch(target, source) == -1) {
      Files.delete(source);
      unchanged.add(path);
      return null;
    }
    if (!owned.owns(path)) {
      conflict(path, "was not written by Shipshape (" + OwnershipIndex.FILE + " does not list it) and holds other bytes",
          "move it away or delete it; if Shipshape wrote it, delete it and it is rendered again");
      return null;
    }
    noteHandEdit(path, target);
    return path;
  }

  /** The path if the owned file there must be deleted; {@code null} if it is gone already or conflicts. */
  private String prune(String path) throws IOException {
    if (blocked(path)) {
      return null;
    }
    BasicFileAttributes onDisk = attributes(root.resolve(path));
    if (onDisk == null) {
      return null;
    }
    if (!onDisk.isRegularFile()) {
      conflict(path, "is listed in " + OwnershipIndex.FILE + " as Shipshape's, is no longer rendered, and is now "
              + (onDisk.isSymbolicLink() ? "a symbolic link" : onDisk.isDirectory() ? "a folder" : "not a regular file")
              + "; Shipshape deletes only the regular files it wrote",
          "delete or move it yourself, then run again");
      return null;
    }
    noteHandEdit(path, root.resolve(path));
    return path;
  }

  private void noteHandEdit(String path, Path target) throws IOException {
    String written = owned.checksums().get(path);
    if (!written.equals(OwnershipIndex.UNKNOWN) && !written.equals(OwnershipIndex.checksum(target))) {
      handEdited.add(path);
    }
  }

  /** Whether a folder on the way to {@code path} blocks it, or its folder cannot be written (each noted as a conflict). */
  private boolean blocked(String path) throws IOException {
    int slash = path.lastIndexOf('/');
    Folder folder = folder(slash < 0 ? "" : path.substring(0, slash));
    if (folder.blocked().isPresent()) {
      conflicts.add(folder.blocked().get());
      return true;
    }
    if (!folder.writable()) {
      String where = slash < 0 ? "the output directory" : path.substring(0, slash);
      conflict(slash < 0 ? "." : path.substring(0, slash), "cannot be written; Shipshape must change " + path + " in it",
          "make " + where + " writable (chmod u+w), or choose another output directory");
      return true;
    }
    return false;
  }

  /** The state of the folder at the relative path {@code folder} ({@code ""}: the output directory). */
  private Folder folder(String folder) throws IOException {
    Folder known = folders.get(folder);
    if (known != null) {
      return known;
    }
    int slash = folder.lastIndexOf('/');
    Folder parent = folder(slash < 0 ? "" : folder.substring(0, slash));
    Folder state;
    if (parent.blocked().isPresent() || !parent.exists()) {
      state = parent;   // below a missing folder everything is created; below a blocked one nothing may be
    } else {
      BasicFileAttributes onDisk = attributes(root.resolve(folder));
      if (onDisk == null) {
        state = new Folder(false, parent.writable(), Optional.empty());
      } else if (onDisk.isSymbolicLink()) {
        state = new Folder(true, false, Optional.of(new WriteConflict(folder,
            "is a symbolic link; Shipshape never writes or deletes through links",
            "replace the link with a real folder (move the linked folder back), or render to another output directory")));
      } else if (!onDisk.isDirectory()) {
        state = new Folder(true, false, Optional.of(new WriteConflict(folder,
            "is a file, where Shipshape must create a folder",
            "move the file away or rename it")));
      } else {
        state = new Folder(true, Files.isWritable(root.resolve(folder)), Optional.empty());
      }
    }
    folders.putIfAbsent(folder, state);
    return state;
  }

  private void conflict(String path, String problem, String fix) {
    conflicts.add(new WriteConflict(path, problem, fix));
  }

  /** The file's own attributes (a link is not followed), or {@code null} when there is none. */
  static BasicFileAttributes attributes(Path path) throws IOException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static List<String> sorted(List<String> paths) {
    List<String> copy = new ArrayList<>(paths);
    copy.sort(null);
    return copy;
  }
}
