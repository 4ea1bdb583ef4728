package dev.shipshape.generator.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shipshape.generator.FileSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write killed or failing at any step leaves exactly the old or exactly the new tree for the next
 * run: the old one before the commit point (the journal), the new one after it, once the next run
 * has finished the commit. A kill is simulated exactly: at each step the directory is copied as it
 * is on disk at that moment (a killed process changes nothing after it, and its lock goes with it),
 * and the next run starts on the copy.
 */
class KilledWriteTest {

  /** Foreign files that every write must leave alone. */
  private static final Map<String, String> FOREIGN = Map.of("README.md", "mine\n", "dev/notes.md", "mine too\n");

  private static final FileSet OLD = FileSet.ofTexts(Map.of(
      "Kustomization", "k: 1\n",
      "dev/a.yaml", "a: 1\n",
      "dev/web/b.yaml", "b: 1\n",
      "dev/worker/c.yaml", "c: 1\n",
      "prod/a.yaml", "a: 1\n"));

  /** Changes a, keeps b and the Kustomization, drops the worker folder, adds new folders. */
  private static final FileSet NEW = FileSet.ofTexts(Map.of(
      "Kustomization", "k: 1\n",
      "dev/a.yaml", "a: 2\n",
      "dev/web/b.yaml", "b: 1\n",
      "dev/api/d.yaml", "d: 1\n",
      "prod/a.yaml", "a: 2\n",
      "qa/deep/e.yaml", "e: 1\n"));

  @TempDir
  Path temp;

  @Test
  void aKillAtAnyStepLeavesExactlyTheOldOrTheNewTreeForTheNextRun() throws IOException {
    List<String> steps = new ArrayList<>();
    List<Path> snapshots = killedAtEveryStep(prepared(), "killed-", steps);
    assertEquals(List.of("staged", "preflight", "journal"), steps.subList(0, 3));
    assertTrue(steps.containsAll(List.of("moved dev/a.yaml", "moved dev/api", "moved qa", "pruned dev/worker/c.yaml",
        "index", "done")), steps.toString());
    SortedMap<String, String> oldTree = Trees.expected(OLD, FOREIGN);
    SortedMap<String, String> newTree = Trees.expected(NEW, FOREIGN);
    for (int i = 0; i < snapshots.size(); i++) {
      Path snapshot = snapshots.get(i);
      boolean committed = i >= steps.indexOf("journal");
      if (i > steps.indexOf("journal") && i < steps.size() - 1) {
        // Between the commit point and the end, the tree on disk is mixed: check must say so.
        CheckResult checked = new OutputDirectory(snapshot).check(NEW);
        assertFalse(checked.upToDate(), "check passed a half-committed tree after " + steps.get(i));
        assertTrue(checked.leftovers().contains(".shipshape/journal"), checked.report("generate"));
      }
      new OutputDirectory(snapshot).begin().close();   // the next run: recovery and cleaning only
      assertEquals(committed ? newTree : oldTree, Trees.of(snapshot), "killed after " + steps.get(i));
      CheckResult next = new OutputDirectory(snapshot).check(committed ? NEW : OLD);
      assertEquals(List.of("dev/notes.md"), next.unlisted(), "the foreign file in a rendered folder, and nothing else");
      assertEquals(1, next.problemCount(), "killed after " + steps.get(i) + ":\n" + next.report("generate"));
    }
  }

  @Test
  void aKillIntoAnEmptyDirectoryLeavesNothingOrTheWholeTree() throws IOException {
    List<String> steps = new ArrayList<>();
    List<Path> snapshots = killedAtEveryStep(temp.resolve("fresh"), "fresh-killed-", steps);
    for (int i = 0; i < snapshots.size(); i++) {
      new OutputDirectory(snapshots.get(i)).begin().close();
      SortedMap<String, String> expected = i >= steps.indexOf("journal")
          ? Trees.expected(NEW, Map.of())
          : new java.util.TreeMap<>(Map.of(WorkDirectory.NAME, "/"));
      assertEquals(expected, Trees.of(snapshots.get(i)), "killed after " + steps.get(i));
    }
  }

  @Test
  void aFailureAtAnyStepLeavesTheOldTreeOrACommitTheNextRunFinishes() throws IOException {
    Path probe = prepared();
    List<String> steps = new ArrayList<>();
    new OutputDirectory(probe).withHook(steps::add).write(NEW);
    for (int failing = 0; failing < steps.size(); failing++) {
      Path root = prepared();
      String step = steps.get(failing);
      IOException failure = assertThrows(IOException.class, () -> new OutputDirectory(root).withHook(at -> {
        if (at.equals(step)) {
          throw new IOException("disk failed at " + at);
        }
      }).write(NEW));
      assertEquals("disk failed at " + step, failure.getMessage());
      boolean committed = failing >= steps.indexOf("journal");
      assertEquals(committed && failing < steps.size() - 1, new OutputDirectory(root).commitPending(), step);
      if (!committed) {
        assertEquals(Trees.expected(OLD, FOREIGN), Trees.of(root), "failed at " + step);
      }
      WriteResult next = new OutputDirectory(root).write(NEW);
      assertEquals(committed && failing < steps.size() - 1, next.recovered(), step);
      assertEquals(Trees.expected(NEW, FOREIGN), Trees.of(root), "failed at " + step + ", then ran again");
    }
  }

  /**
   * Writes {@link #NEW} into {@code root}, copying the directory at every step (into
   * {@code prefix<n>}) as a kill there would leave it; adds each step's name to {@code steps}.
   */
  private List<Path> killedAtEveryStep(Path root, String prefix, List<String> steps) throws IOException {
    List<Path> snapshots = new ArrayList<>();
    new OutputDirectory(root).withHook(step -> {
      Path snapshot = temp.resolve(prefix + steps.size());
      Trees.copy(root, snapshot);
      steps.add(step);
      snapshots.add(snapshot);
    }).write(NEW);
    return snapshots;
  }

  /** A directory holding the old tree, written by Shipshape, and the foreign files. */
  private Path prepared() throws IOException {
    Path root = Files.createTempDirectory(temp, "out-");
    new OutputDirectory(root).write(OLD);
    for (Map.Entry<String, String> file : FOREIGN.entrySet()) {
      Files.writeString(root.resolve(file.getKey()), file.getValue());
    }
    return root;
  }
}
