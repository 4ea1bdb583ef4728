package dev.shipshape.generator.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.shipshape.generator.FileSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output directories that people and other tools have changed: links, files in the way, folders
 * that cannot be written, hand edits, leftovers. A write either does exactly its job or changes
 * nothing and says why; nothing outside the directory is ever touched.
 */
class HostileTreeTest {

  private static final FileSet OLD = FileSet.ofTexts(Map.of(
      "dev/web/a.yaml", "a: 1\n", "dev/web/b.yaml", "b: 1\n", "dev/k.yaml", "k: 1\n"));
  private static final FileSet NEW = FileSet.ofTexts(Map.of(
      "dev/web/a.yaml", "a: 2\n", "dev/k.yaml", "k: 1\n", "dev/api/c.yaml", "c: 1\n"));

  @TempDir
  Path temp;

  private Path root;
  private Path outside;

  private Path written() throws IOException {
    root = temp.resolve("out");
    outside = Files.createDirectories(temp.resolve("elsewhere"));
    new OutputDirectory(root).write(OLD);
    return root;
  }

  @Test
  void aRenderedFolderMovedAwayAndLinkedBackIsRefusedAndNothingOutsideIsTouched() throws IOException {
    written();
    Files.move(root.resolve("dev/web"), outside.resolve("web"));
    Files.createSymbolicLink(root.resolve("dev/web"), outside.resolve("web"));
    SortedMap<String, String> before = Trees.of(root);
    SortedMap<String, String> outsideBefore = Trees.of(outside);
    WriteConflictException e = assertThrows(WriteConflictException.class, () -> new OutputDirectory(root).write(NEW));
    assertEquals(List.of("dev/web"), e.conflicts().stream().map(WriteConflict::path).toList());
    assertTrue(e.getMessage().contains("dev/web is a symbolic link; Shipshape never writes or deletes through links"),
        e.getMessage());
    assertEquals(before, Trees.of(root), "nothing was written, the link is still there");
    assertEquals(outsideBefore, Trees.of(outside), "the linked folder is untouched (b.yaml was owned and is no longer rendered)");
    CheckResult checked = new OutputDirectory(root).check(OLD);
    assertEquals(List.of("dev/web"), checked.links(), checked.report("generate"));
  }

  @Test
  void anOwnedFileReplacedByALinkIsNeitherFollowedNorDeleted() throws IOException {
    written();
    Path target = Files.writeString(outside.resolve("precious.yaml"), "precious\n");
    Files.delete(root.resolve("dev/web/b.yaml"));
    Files.createSymbolicLink(root.resolve("dev/web/b.yaml"), target);
    Files.delete(root.resolve("dev/web/a.yaml"));
    Files.createSymbolicLink(root.resolve("dev/web/a.yaml"), target);
    WriteConflictException e = assertThrows(WriteConflictException.class, () -> new OutputDirectory(root).write(NEW));
    assertEquals(List.of("dev/web/a.yaml", "dev/web/b.yaml"), e.conflicts().stream().map(WriteConflict::path).toList());
    assertEquals("precious\n", Files.readString(target));
    assertTrue(Files.isSymbolicLink(root.resolve("dev/web/b.yaml")));
    assertEquals(List.of("dev/web/a.yaml", "dev/web/b.yaml"), new OutputDirectory(root).check(OLD).links());
  }

  @Test
  void aHandEditedIndexNeverDeletesOutsideOrShipshapesOwnFiles() throws IOException {
    written();
    Path victim = Files.writeString(outside.resolve("victim.txt"), "keep\n");
    Files.writeString(root.resolve(OwnershipIndex.FILE), Files.readString(root.resolve(OwnershipIndex.FILE))
        + "00000000  ../elsewhere/victim.txt\n" + victim + "\n00000000  .shipshape/lock\n");
    WriteResult result = new OutputDirectory(root).write(NEW);
    assertEquals("keep\n", Files.readString(victim));
    assertEquals(3, result.ignoredIndexLines().size(), result.ignoredIndexLines().toString());
    assertEquals(OwnershipIndex.text(NEW), Files.readString(root.resolve(OwnershipIndex.FILE)));
  }

  @Test
  void aFileWhereARenderedFolderMustGoStopsTheWriteBeforeAnythingIsWritten() throws IOException {
    root = temp.resolve("out");
    Files.createDirectories(root);
    Files.writeString(root.resolve("dev"), "a user's file named like a rendered folder\n");
    SortedMap<String, String> before = Trees.of(root);
    WriteConflictException e = assertThrows(WriteConflictException.class, () -> new OutputDirectory(root).write(NEW));
    assertEquals(List.of("dev"), e.conflicts().stream().map(WriteConflict::path).distinct().toList());
    assertTrue(e.getMessage().contains("dev is a file, where Shipshape must create a folder — move the file away"),
        e.getMessage());
    before.put(WorkDirectory.NAME, "/");
    assertEquals(before, Trees.of(root), "no file and no index written, no staging left");
  }

  @Test
  void aFolderThatCannotBeWrittenStopsTheWriteBeforeAnythingIsWritten() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root may write into read-only folders");
    written();
    Path web = root.resolve("dev/web");
    Files.setPosixFilePermissions(web, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      SortedMap<String, String> before = Trees.of(root);
      WriteConflictException e = assertThrows(WriteConflictException.class, () -> new OutputDirectory(root).write(NEW));
      assertEquals(List.of("dev/web"), e.conflicts().stream().map(WriteConflict::path).distinct().toList());
      assertEquals(before, Trees.of(root));
    } finally {
      Files.setPosixFilePermissions(web, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aFileInPlaceOfTheOutputDirectoryIsRefused() throws IOException {
    root = Files.writeString(temp.resolve("out"), "not a directory\n");
    WriteConflictException e = assertThrows(WriteConflictException.class, () -> new OutputDirectory(root).write(NEW));
    assertTrue(e.getMessage().contains(root + " is a file, where the output directory must be"), e.getMessage());
    assertEquals("not a directory\n", Files.readString(root));
  }

  @Test
  void aLinkInPlaceOfShipshapesWorkDirectoryIsRefused() throws IOException {
    root = Files.createDirectories(temp.resolve("out"));
    outside = Files.createDirectories(temp.resolve("elsewhere"));
    Files.createSymbolicLink(root.resolve(WorkDirectory.NAME), outside);
    WriteConflictException e = assertThrows(WriteConflictException.class, () -> new OutputDirectory(root).write(NEW));
    assertEquals(List.of(WorkDirectory.NAME), e.conflicts().stream().map(WriteConflict::path).toList());
    assertEquals(Map.of(), Trees.of(outside));
  }

  @Test
  void stagingFoldersOfOlderVersionsAreReportedByCheckAndRemovedByTheNextWrite() throws IOException {
    written();
    for (int i = 0; i < 20; i++) {
      Path legacy = Files.createDirectories(root.resolve(WorkDirectory.LEGACY_STAGING_PREFIX + i + "/dev/web"));
      Files.writeString(legacy.resolve("a.yaml"), "a: 0\n");
    }
    CheckResult checked = new OutputDirectory(root).check(OLD);
    assertEquals(20, checked.leftovers().size(), checked.report("generate"));
    assertEquals(20, checked.problemCount());
    new OutputDirectory(root).write(OLD);
    assertTrue(new OutputDirectory(root).check(OLD).upToDate());
  }

  @Test
  void checkReportsUnlistedFilesIndexLinesAndHandEditsAndGenerateWarnsOfEachHandEdit() throws IOException {
    written();
    Files.writeString(root.resolve("dev/web/extra.yaml"), "kind: Surprise\n");
    Files.createDirectories(root.resolve("dev/web/sub"));
    Files.writeString(root.resolve("dev/web/a.yaml"), "a: 1 # tuned by hand\n");
    Files.writeString(root.resolve("dev/web/b.yaml"), "b: 1 # tuned by hand\n");
    Files.writeString(root.resolve("README.md"), "beside the rendered folders: not reported\n");
    String index = Files.readString(root.resolve(OwnershipIndex.FILE));
    Files.writeString(root.resolve(OwnershipIndex.FILE), index.replaceAll("(?m)^.*dev/k.yaml\n", ""));
    CheckResult checked = new OutputDirectory(root).check(OLD);
    assertEquals(List.of("dev/web/a.yaml", "dev/web/b.yaml"), checked.changed());
    assertEquals(List.of("dev/web/a.yaml", "dev/web/b.yaml"), checked.handEdited());
    assertEquals(List.of("dev/web/extra.yaml", "dev/web/sub/"), checked.unlisted());
    assertTrue(checked.indexDiff().orElseThrow().contains("+") && checked.indexDiff().get().contains("dev/k.yaml"),
        checked.report("generate"));
    assertTrue(checked.report("generate").contains("changed dev/web/a.yaml (edited by hand"), checked.report("generate"));

    WriteResult result = new OutputDirectory(root).write(NEW);
    assertEquals(List.of("dev/web/a.yaml", "dev/web/b.yaml"), result.handEdited());
    assertEquals(List.of("dev/web/b.yaml"), result.pruned());
    assertTrue(result.warnings().stream().anyMatch(line -> line.startsWith("dev/web/a.yaml was edited by hand")
        && line.contains("overwritten")), result.warnings().toString());
    assertTrue(result.warnings().stream().anyMatch(line -> line.startsWith("dev/web/b.yaml was edited by hand")
        && line.contains("deleted")), result.warnings().toString());
    assertEquals("kind: Surprise\n", Files.readString(root.resolve("dev/web/extra.yaml")), "a foreign file is never touched");
    assertEquals("a: 1 # tuned by hand\n", Files.readString(root.resolve(".shipshape/hand-edits/dev/web/a.yaml")),
        "an overwritten hand edit is kept");
    assertEquals("b: 1 # tuned by hand\n", Files.readString(root.resolve(".shipshape/hand-edits/dev/web/b.yaml")),
        "a pruned hand edit is kept");
    assertTrue(result.warnings().stream().anyMatch(line -> line.contains("kept in .shipshape/hand-edits/dev/web/a.yaml")),
        result.warnings().toString());
    assertEquals(List.of(), new OutputDirectory(root).check(NEW).leftovers(), "kept hand edits are no leftover");
  }

  @Test
  void theIndexHasTheModeOfTheRenderedFiles() throws IOException {
    written();
    assertEquals(Files.getPosixFilePermissions(root.resolve("dev/k.yaml")),
        Files.getPosixFilePermissions(root.resolve(OwnershipIndex.FILE)));
    assertFalse(Files.getPosixFilePermissions(root.resolve(OwnershipIndex.FILE)).isEmpty());
  }
}
