package dev.shipshape.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The main job renders every rendering sample: {@code samples/pom.xml} has one plugin execution per
 * sample, writing to {@code target/manifests/<sample>/}, so a new sample cannot be forgotten.
 */
class MainJobTest {

  private static final Pattern EXECUTION = Pattern.compile(
      "<outputDirectory>\\$\\{project\\.build\\.directory}/manifests/([^<]+)</outputDirectory>\\s*"
          + "<sources>([^<]+)</sources>");

  @Test
  void everyRenderingSampleHasAPluginExecution() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    Set<String> executions = new TreeSet<>();
    Matcher matcher = EXECUTION.matcher(pom);
    while (matcher.find()) {
      executions.add(matcher.group(1) + " <- " + matcher.group(2));
    }
    Set<String> samples = SampleCatalog.all().stream().filter(sample -> !sample.negative())
        .map(sample -> sample.name() + " <- " + sample.source().getClass().getName())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(samples, executions, "samples/pom.xml must render exactly the rendering samples");
  }
}
