package dev.shipshape.generator.write;

import dev.shipshape.generator.FileSet;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * The file {@value #FILE} at the root of an output directory: the relative paths Shipshape wrote
 * there, sorted, each after the CRC-32C of the bytes it wrote. Only files it lists are ever pruned;
 * everything else is foreign and left alone. The checksum tells a file Shipshape wrote from one
 * edited by hand since.
 *
 * <pre>
 * # Written by Shipshape: the files it owns in this directory. Files not listed are never touched.
 * 1c291ca3  prod/Kustomization
 * 8f0e51b2  prod/shop/web/deployment.yaml
 * </pre>
 */
public final class OwnershipIndex {

  /** The index's file name. */
  public static final String FILE = ".shipshape-index";

  private static final String HEADER =
      "# Written by Shipshape: the files it owns in this directory. Files not listed are never touched.";

  /** A line of the index: eight hex digits, two spaces, the path (as {@code sha256sum} writes). */
  private static final Pattern LINE = Pattern.compile("([0-9a-f]{8})  (.+)");

  /** A file Shipshape owns: its relative path and the checksum of the bytes it wrote there. */
  record Entry(String path, String checksum) {}

  /** The checksum of a path listed without one (by a Shipshape that wrote none). */
  static final String UNKNOWN = "";

  /**
   * What the index of a directory says: each path it lists with the checksum of what was written
   * there ({@link #UNKNOWN} when the line has none), and the lines that are not valid.
   */
  record Listing(SortedMap<String, String> checksums, List<String> invalidLines) {

    /** Whether the index lists {@code path}. */
    boolean owns(String path) {
      return checksums.containsKey(path);
    }
  }

  private OwnershipIndex() {}

  /** The index text that lists every file of {@code files}. */
  public static String text(FileSet files) {
    List<Entry> entries = new ArrayList<>();
    for (String path : files.paths()) {   // sorted
      entries.add(new Entry(path, checksum(files.buffer(path))));
    }
    return text(entries);
  }

  /** The index text for {@code entries}, which are sorted by path, each path once. */
  static String text(List<Entry> entries) {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (Entry entry : entries) {
      text.append(entry.checksum()).append("  ").append(entry.path()).append('\n');
    }
    return text.toString();
  }

  /** The CRC-32C of {@code bytes} as eight hex digits (hardware-assisted: cheap on the render path). */
  static String checksum(ByteBuffer bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes.duplicate());
    return HexFormat.of().toHexDigits((int) crc.getValue());
  }

  /** The checksum of the file at {@code file}. */
  static String checksum(Path file) throws IOException {
    return checksum(ByteBuffer.wrap(Files.readAllBytes(file)));
  }

  /**
   * What the index in {@code directory} lists; empty when there is none. A line that is not a
   * checksum and a {@linkplain #isSafe safe} path is never trusted: it lands in
   * {@link Listing#invalidLines()}, and no file is ever pruned for it.
   */
  static Listing read(Path directory) throws IOException {
    Path file = directory.resolve(FILE);
    SortedMap<String, String> checksums = new TreeMap<>();
    List<String> invalid = new ArrayList<>();
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        invalid.add(FILE + " is not a regular file");
      }
      return new Listing(checksums, invalid);
    }
    List<String> lines;
    try {
      lines = List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n"));
    } catch (NoSuchFileException e) {
      return new Listing(checksums, invalid);
    }
    for (String line : lines) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher matcher = LINE.matcher(line);
      // A bare path is an index written before checksums: owned, its checksum unknown.
      String path = matcher.matches() ? matcher.group(2) : line;
      String checksum = matcher.matches() ? matcher.group(1) : UNKNOWN;
      if (!isSafe(path) || checksums.putIfAbsent(path, checksum) != null) {
        invalid.add(line);
      }
    }
    return new Listing(checksums, invalid);
  }

  /**
   * Whether {@code path} names a file Shipshape may own: it stays inside the directory (no empty,
   * {@code .} or {@code ..} segment, no backslash), has no control character, and is not one of
   * Shipshape's own files ({@value #FILE}, {@code .shipshape/}, {@code .shipshape-staging-*}).
   */
  static boolean isSafe(String path) {
    if (path.isEmpty() || path.indexOf('\\') >= 0 || path.equals(FILE) || path.startsWith(".shipshape/")
        || path.startsWith(WorkDirectory.LEGACY_STAGING_PREFIX)) {
      return false;
    }
    for (int i = 0; i < path.length(); i++) {
      if (Character.isISOControl(path.charAt(i))) {
        return false;
      }
    }
    for (int start = 0, end; start <= path.length(); start = end + 1) {
      end = path.indexOf('/', start);
      end = end < 0 ? path.length() : end;
      int length = end - start;   // no segment may be empty, "." or ".."
      if (length == 0 || path.charAt(start) == '.' && (length == 1 || length == 2 && path.charAt(start + 1) == '.')) {
        return false;
      }
    }
    return true;
  }
}
