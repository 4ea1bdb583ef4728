package dev.shipshape.generator.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shipshape.generator.FileSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Safe writes: unchanged bytes untouched, owned stale files pruned, foreign files never touched. */
class OutputDirectoryTest {

  @TempDir
  Path root;

  private static FileSet files(Map<String, String> texts) {
    return FileSet.ofTexts(texts);
  }

  private static void stage(StagedWrite write, String path, String text) throws IOException {
    write.stage(path, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void writesThenLeavesUnchangedFilesAlone() throws IOException {
    OutputDirectory out = new OutputDirectory(root);
    FileSet files = files(Map.of("dev/a.yaml", "a: 1\n", "dev/b.yaml", "b: 1\n"));
    assertEquals(List.of("dev/a.yaml", "dev/b.yaml"), out.write(files).written());
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(root.resolve("dev/a.yaml"), old);
    WriteResult again = out.write(files(Map.of("dev/a.yaml", "a: 1\n", "dev/b.yaml", "b: 2\n")));
    assertEquals(List.of("dev/b.yaml"), again.written());
    assertEquals(List.of("dev/a.yaml"), again.unchanged());
    assertEquals(old, Files.getLastModifiedTime(root.resolve("dev/a.yaml")));
  }

  @Test
  void prunesOnlyOwnedFiles() throws IOException {
    OutputDirectory out = new OutputDirectory(root);
    out.write(files(Map.of("dev/a.yaml", "a: 1\n", "dev/old/c.yaml", "c: 1\n")));
    Files.writeString(root.resolve("dev/notes.md"), "mine");
    WriteResult result = out.write(files(Map.of("dev/a.yaml", "a: 1\n")));
    assertEquals(List.of("dev/old/c.yaml"), result.pruned());
    assertFalse(Files.exists(root.resolve("dev/old")), "the emptied directory is removed");
    assertEquals("mine", Files.readString(root.resolve("dev/notes.md")));
    assertEquals(OwnershipIndex.text(files(Map.of("dev/a.yaml", "a: 1\n"))), Files.readString(root.resolve(OwnershipIndex.FILE)));
  }

  @Test
  void refusesToOverwriteAForeignFileAndWritesNothing() throws IOException {
    Files.createDirectories(root.resolve("dev"));
    Files.writeString(root.resolve("dev/a.yaml"), "hand made\n");
    OutputDirectory out = new OutputDirectory(root);
    WriteConflictException e = assertThrows(WriteConflictException.class,
        () -> out.write(files(Map.of("dev/a.yaml", "a: 1\n", "dev/b.yaml", "b: 1\n"))));
    assertEquals(List.of("dev/a.yaml"), e.conflicts().stream().map(WriteConflict::path).toList());
    assertTrue(e.getMessage().contains("dev/a.yaml was not written by Shipshape"), e.getMessage());
    assertFalse(Files.exists(root.resolve("dev/b.yaml")));
    assertFalse(Files.exists(root.resolve(OwnershipIndex.FILE)));
  }

  @Test
  void checkListsMissingChangedAndStaleWithADiff() throws IOException {
    OutputDirectory out = new OutputDirectory(root);
    out.write(files(Map.of("a.yaml", "x: 1\ny: 2\nz: 3\n", "gone.yaml", "g: 1\n")));
    CheckResult result = out.check(files(Map.of("a.yaml", "x: 1\ny: 5\nz: 3\n", "new.yaml", "n: 1\n")));
    assertFalse(result.upToDate());
    assertEquals(List.of("new.yaml"), result.missing());
    assertEquals(List.of("a.yaml"), result.changed());
    assertEquals(List.of("gone.yaml"), result.stale());
    String report = result.report("shipshape generate");
    assertTrue(report.contains("-y: 2\n") && report.contains("+y: 5\n"), report);
    assertTrue(result.indexDiff().isPresent(), "the index lists gone.yaml and not new.yaml");
    assertTrue(report.endsWith("4 differences; the output directory is out of date; regenerate with: shipshape generate\n"), report);
  }

  @Test
  void aHandEditedIndexCannotPruneOutsideTheDirectory() throws IOException {
    Path outside = Files.writeString(root.resolveSibling(root.getFileName() + "-outside.txt"), "keep");
    Files.writeString(root.resolve(OwnershipIndex.FILE), "00000000  ../" + outside.getFileName() + "\n");
    WriteResult result = new OutputDirectory(root).write(files(Map.of("a.yaml", "a: 1\n")));
    assertTrue(Files.exists(outside));
    assertEquals(List.of("00000000  ../" + outside.getFileName()), result.ignoredIndexLines());
    assertTrue(result.warnings().get(0).startsWith("ignored the line '00000000  ../"), result.warnings().toString());
    Files.delete(outside);
  }

  @Test
  void movesWholeDirectoriesIntoAnEmptyDirectoryAndFileByFileWhereSomethingAppearedMeanwhile() throws IOException {
    OutputDirectory out = new OutputDirectory(root);
    try (StagedWrite write = out.begin()) {
      stage(write, "dev/a.yaml", "a: 1\n");
      stage(write, "dev/sub/b.yaml", "b: 1\n");
      stage(write, "prod/c.yaml", "c: 1\n");
      stage(write, "Kustomization", "k: 1\n");
      Files.createDirectories(root.resolve("dev"));
      Files.writeString(root.resolve("dev/notes.md"), "mine");
      WriteResult result = write.commit();
      assertEquals(List.of("Kustomization", "dev/a.yaml", "dev/sub/b.yaml", "prod/c.yaml"), result.written());
    }
    assertEquals("mine", Files.readString(root.resolve("dev/notes.md")));
    assertEquals("a: 1\n", Files.readString(root.resolve("dev/a.yaml")));
    assertEquals("b: 1\n", Files.readString(root.resolve("dev/sub/b.yaml")));
    assertEquals("c: 1\n", Files.readString(root.resolve("prod/c.yaml")));
    assertEquals("k: 1\n", Files.readString(root.resolve("Kustomization")));
    try (var entries = Files.list(root)) {
      assertEquals(List.of(WorkDirectory.NAME, OwnershipIndex.FILE, "Kustomization", "dev", "prod"),
          entries.map(p -> p.getFileName().toString()).sorted().toList(), "no staging directory is left");
    }
  }

  @Test
  void refusesAPathStagedTwiceAndCountsTheBytesOfWhatItStaged() throws IOException {
    OutputDirectory out = new OutputDirectory(root);
    try (StagedWrite write = out.begin()) {
      stage(write, "prod/b.yaml", "b: 1\n");
      stage(write, "dev/a.yaml", "a: 12\n");
      IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () ->
          stage(write, "dev/a.yaml", "a: 2\n"));
      assertEquals("two files at dev/a.yaml; every file needs its own path", twice.getMessage());
      WriteResult result = write.commit();
      assertEquals(List.of("dev/a.yaml", "prod/b.yaml"), result.written(), "sorted, whatever the staging order");
      assertEquals(11, result.bytes());
    }
    assertEquals("a: 12\n", Files.readString(root.resolve("dev/a.yaml")));
  }

  @Test
  void stagesFilesInNewNestedDirectoriesFromManyThreadsInAnyOrder() throws IOException {
    List<String> paths = IntStream.range(0, 400)
        .mapToObj(i -> "env-" + (i % 3) + "/stack-" + (i % 7) + (i % 2 == 0 ? "/app/deep/" : "/") + "file-" + i + ".yaml")
        .toList();
    OutputDirectory out = new OutputDirectory(root);
    try (StagedWrite write = out.begin()) {
      paths.parallelStream().forEach(path -> {
        try {
          stage(write, path, path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      assertEquals(paths.stream().sorted().toList(), write.commit().written());
    }
    for (String path : paths) {
      assertEquals(path, Files.readString(root.resolve(path)));
    }
  }
}
