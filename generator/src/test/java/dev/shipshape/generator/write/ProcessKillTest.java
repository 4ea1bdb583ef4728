package dev.shipshape.generator.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shipshape.generator.FileSet;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real kills: a writer process gets {@code SIGKILL} after a fixed delay (wherever it is then:
 * starting, staging, committing, done) and the next run finds exactly the old or exactly the new
 * tree. {@link KilledWriteTest} covers every step deterministically; this shows the same for a
 * process the operating system kills, lock included.
 */
class ProcessKillTest {

  @TempDir
  Path root;

  @ParameterizedTest(name = "killed after {0} ms")
  @ValueSource(ints = {300, 450, 550, 650, 750, 900, 1100, 1500})
  void aWriterKilledAtAnyMomentLeavesExactlyTheOldOrTheNewTree(int delayMillis) throws Exception {
    FileSet old = ConcurrentWriter.variant(0);
    FileSet next = ConcurrentWriter.variant(1);
    new OutputDirectory(root).write(old);
    Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ConcurrentWriter.class.getName(), root.toString(), "1")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      writer.waitFor(delayMillis, TimeUnit.MILLISECONDS);
    } finally {
      writer.destroyForcibly();
      assertTrue(writer.waitFor(60, TimeUnit.SECONDS), "the killed writer did not end");
    }
    new OutputDirectory(root).begin().close();   // the next run: recovery and cleaning only
    SortedMap<String, String> onDisk = Trees.of(root);
    boolean isOld = onDisk.equals(Trees.expected(old, Map.of()));
    boolean isNew = onDisk.equals(Trees.expected(next, Map.of()));
    assertTrue(isOld || isNew, "neither the old nor the new tree after a kill at " + delayMillis + " ms");
    assertEquals(0, new OutputDirectory(root).check(isNew ? next : old).problemCount());
  }
}
