package dev.shipshape.samples.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The source material (the course text whose labs and questions the guide answers), read by
 * marker: a code block after a heading, the lines of a subsection, the discussion questions. Markers
 * must name exactly one line, so an edit of the source material fails the guide instead of quoting
 * the wrong block. The repository bundles a byte-identical copy, {@value #RESOURCE}.
 *
 * <pre>{@code
 * SourceMaterial source = SourceMaterial.bundled();
 * Quote lab = source.codeBlock("### 🔹 Lab 1: Using emptyDir");
 * List<String> practices = source.subsection("## 🔗 3. Kubernetes Services", "Best Practices");
 * }</pre>
 */
public final class SourceMaterial {

  /** The bundled copy, next to this class on the test classpath. */
  public static final String RESOURCE = "source-material.txt";
  /** The file's name where the course text is kept, outside the repository. */
  public static final String ORIGINAL = "000_b9ef36214153c8f0.txt";

  private static final Pattern QUESTION = Pattern.compile("^\\d+\\.\\s+(.+)$");

  private final List<String> lines;

  SourceMaterial(String text) {
    this.lines = text.lines().toList();
  }

  /** The copy bundled with the tests. */
  public static SourceMaterial bundled() {
    try (InputStream in = SourceMaterial.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled source material " + RESOURCE + " is missing");
      }
      return new SourceMaterial(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first fenced code block after the one line that contains {@code marker}. */
  public Quote codeBlock(String marker) {
    int open = next(lineOf(marker) + 1, line -> line.startsWith("```"), "a code block after '" + marker + "'");
    int close = next(open + 1, line -> line.startsWith("```"), "the end of the code block at line " + (open + 1));
    StringBuilder text = new StringBuilder();
    lines.subList(open + 1, close).forEach(line -> text.append(line).append('\n'));
    return new Quote(lines.get(open).substring(3).strip(), text.toString(), open + 1);
  }

  /**
   * The non-blank lines of the first subsection whose heading contains {@code heading}, after the
   * one line that contains {@code sectionMarker}, up to the next heading or rule.
   */
  public List<String> subsection(String sectionMarker, String heading) {
    int start = next(lineOf(sectionMarker) + 1,
        line -> line.startsWith("#") && line.contains(heading), "'" + heading + "' after '" + sectionMarker + "'");
    List<String> body = new ArrayList<>();
    for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("#") && !lines.get(i).startsWith("---"); i++) {
      if (!lines.get(i).isBlank()) {
        body.add(lines.get(i));
      }
    }
    return body;
  }

  /** Every discussion question, in order, without its number. */
  public List<String> questions() {
    List<String> questions = new ArrayList<>();
    boolean inQuestions = false;
    for (String line : lines) {
      if (line.startsWith("#")) {
        inQuestions = line.contains("Discussion Questions");
      } else if (inQuestions) {
        Matcher matcher = QUESTION.matcher(line);
        if (matcher.matches()) {
          questions.add(matcher.group(1));
        }
      }
    }
    return questions;
  }

  /** The one discussion question that contains {@code marker}. */
  public String question(String marker) {
    List<String> matches = questions().stream().filter(q -> q.contains(marker)).toList();
    if (matches.size() != 1) {
      throw new IllegalArgumentException("'" + marker + "' names " + matches.size()
          + " discussion questions of the source material, not one: " + matches);
    }
    return matches.get(0);
  }

  private int lineOf(String marker) {
    List<Integer> matches = IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(marker)).boxed().toList();
    if (matches.size() != 1) {
      throw new IllegalArgumentException("marker '" + marker + "' is on " + matches.size()
          + " lines of the source material, not one");
    }
    return matches.get(0);
  }

  private int next(int from, Predicate<String> test, String what) {
    for (int i = from; i < lines.size(); i++) {
      if (test.test(lines.get(i))) {
        return i;
      }
    }
    throw new IllegalArgumentException("the source material has no " + what);
  }
}
