package dev.shipshape.generator.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shipshape.generator.FileSet;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs into one directory at once queue on its lock: each run leaves exactly its own tree, never a
 * mix; a run that may not wait fails clearly and writes nothing.
 */
class ConcurrentWriteTest {

  @TempDir
  Path root;

  @Test
  void threadsWritingAtOnceLeaveExactlyOneWholeTree() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<WriteResult>> runs = new ArrayList<>();
      for (int variant = 0; variant < 4; variant++) {
        FileSet files = ConcurrentWriter.variant(variant);
        runs.add(pool.submit(() -> new OutputDirectory(root).write(files)));
      }
      for (Future<WriteResult> run : runs) {
        run.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertExactlyOneVariant(4);
  }

  @Test
  void processesWritingAtOnceLeaveExactlyOneWholeTree() throws Exception {
    List<Process> processes = new ArrayList<>();
    Path log = Files.createTempFile("concurrent-writer", ".log");
    for (int variant = 0; variant < 3; variant++) {
      processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), ConcurrentWriter.class.getName(), root.toString(),
          Integer.toString(variant))
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start());
    }
    try {
      for (Process process : processes) {
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "a writer did not finish in time");
        assertEquals(0, process.exitValue(), Files.readString(log));
      }
    } finally {
      processes.forEach(Process::destroyForcibly);
      Files.delete(log);
    }
    assertExactlyOneVariant(3);
  }

  @Test
  void aRunThatMayNotWaitFailsClearlyWhileAnotherHoldsTheLock() throws IOException {
    List<String> notices = new ArrayList<>();
    try (StagedWrite holder = new OutputDirectory(root).begin()) {
      OutputLockedException e = assertThrows(OutputLockedException.class, () ->
          new OutputDirectory(root).waitingForLock(Duration.ZERO, notices::add).write(ConcurrentWriter.variant(1)));
      assertTrue(e.getMessage().contains("is locked by another Shipshape run") && e.getMessage().contains("nothing was written"),
          e.getMessage());
      OutputLockedException late = assertThrows(OutputLockedException.class, () ->
          new OutputDirectory(root).waitingForLock(Duration.ofMillis(300), notices::add).check(ConcurrentWriter.variant(1)));
      assertTrue(late.getMessage().contains("after 300 ms"), late.getMessage());
      holder.commit();
    }
    assertEquals(1, notices.size(), "one notice for the run that waited: " + notices);
    assertTrue(notices.get(0).startsWith("waiting for the lock on " + root), notices.get(0));
    assertEquals(Map.of(WorkDirectory.NAME, "/", OwnershipIndex.FILE, OwnershipIndex.text(FileSet.ofTexts(Map.of()))),
        Trees.of(root), "the run that could not wait wrote nothing");
  }

  private void assertExactlyOneVariant(int variants) throws IOException {
    var onDisk = Trees.of(root);
    List<Integer> matching = IntStream.range(0, variants)
        .filter(variant -> Trees.expected(ConcurrentWriter.variant(variant), Map.of()).equals(onDisk)).boxed().toList();
    assertEquals(1, matching.size(), "the directory holds exactly one variant's tree, not a mix");
    assertTrue(new OutputDirectory(root).check(ConcurrentWriter.variant(matching.get(0))).upToDate());
  }
}
