package dev.shipshape.generator.text;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/**
 * FreeMarker templates for the text files Shipshape writes (READMEs, guides): square-bracket tags
 * and interpolations ({@code [#if …]}, {@code [=name]}), so {@code ${…}} and {@code {{ }}} in the
 * text stay literal; locale, time zone and number format fixed, so output is the same everywhere;
 * template errors are thrown, never printed.
 *
 * <pre>{@code
 * Templates templates = new Templates(HelmChartFiles.class);   // templates next to this class
 * String text = templates.render("chart-readme.md.ftl", Map.of("chart", "shop"));
 * }</pre>
 */
public final class Templates {

  /** Room for a typical rendered text (a few kB), so the buffer rarely grows. */
  private static final int TYPICAL_LENGTH = 8192;

  private final Configuration configuration;
  /** Each template parsed once (a {@link Template} is safe to process from several threads). */
  private final Map<String, Template> templates = new ConcurrentHashMap<>();

  /** Templates loaded from the classpath package of {@code base}. */
  public Templates(Class<?> base) {
    configuration = new Configuration(Configuration.VERSION_2_3_34);
    configuration.setClassForTemplateLoading(base, "");
    configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
    configuration.setLocale(Locale.ROOT);
    configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
    configuration.setNumberFormat("computer");
    configuration.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
    configuration.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
    configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    configuration.setWrapUncheckedExceptions(true);
    configuration.setFallbackOnNullLoopVariable(false);
  }

  /**
   * Renders the bundled template {@code name} with {@code data}.
   *
   * @throws IllegalStateException when the template is missing or fails: a defect of the bundle,
   *     not of the user's input
   */
  public String render(String name, Map<String, ?> data) {
    try {
      TextWriter out = new TextWriter(TYPICAL_LENGTH);
      templates.computeIfAbsent(name, this::load).process(data, out);
      return out.toString();
    } catch (IOException e) {   // not from TextWriter, which never fails
      throw new UncheckedIOException("the bundled template " + name + " could not be written", e);
    } catch (TemplateException e) {
      throw new IllegalStateException("the bundled template " + name + " failed", e);
    }
  }

  private Template load(String name) {
    try {
      return configuration.getTemplate(name);
    } catch (IOException e) {
      throw new IllegalStateException("the bundled template " + name + " is missing", e);
    }
  }

  /** A {@link java.io.StringWriter} without its synchronized {@link StringBuffer}. */
  private static final class TextWriter extends Writer {

    private final StringBuilder text;

    TextWriter(int capacity) {
      text = new StringBuilder(capacity);
    }

    @Override
    public void write(char[] characters, int offset, int length) {
      text.append(characters, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
      text.append(string, offset, offset + length);
    }

    @Override
    public void write(int character) {
      text.append((char) character);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
