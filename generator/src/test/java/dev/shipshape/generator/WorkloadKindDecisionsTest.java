package dev.shipshape.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every decision on a workload kind is an exhaustive {@code switch} expression, so that adding a
 * kind is a compile error wherever it needs a decision: no {@code ==}, {@code !=} or
 * {@code equals} on a {@code WorkloadKind}, and no {@code default} branch that would take a new kind
 * silently.
 */
class WorkloadKindDecisionsTest {

  private static final Pattern COMPARISON =
      Pattern.compile("[=!]=\\s*WorkloadKind\\.|WorkloadKind\\.\\w+\\s*[=!]=|WorkloadKind\\.\\w+\\.equals");

  @Test
  void noKindIsComparedOutsideAnExhaustiveSwitch() throws IOException {
    Path main = Path.of("src/main/java");
    List<String> comparisons;
    try (Stream<Path> files = Files.walk(main)) {
      comparisons = files.filter(f -> f.toString().endsWith(".java")).flatMap(WorkloadKindDecisionsTest::lines)
          .filter(line -> COMPARISON.matcher(line).find()).toList();
    }
    assertEquals(List.of(), comparisons);
  }

  private static Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file).stream().map(line -> file.getFileName() + ": " + line.strip());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
