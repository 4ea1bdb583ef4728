package dev.shipshape.generator.text;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The FreeMarker set-up for the non-YAML text files Shipshape writes (READMEs, Helm helpers and
 * notes): square-bracket tags and interpolations ({@code [#list]}, {@code [=name]}), so {@code ${…}}
 * and {@code {{ }}} in the output stay literal; root locale, UTC and computer number format, so the
 * text never depends on the machine; errors rethrown.
 *
 * <pre>{@code
 * String readme = TextTemplates.render(StackReadme.class, "stack-readme.md.ftl", Map.of("stack", "shop"));
 * }</pre>
 */
public final class TextTemplates {

  /** One configuration (with its template cache) per class that templates are loaded beside. */
  private static final ClassValue<Configuration> CONFIGURATIONS = new ClassValue<>() {
    @Override
    protected Configuration computeValue(Class<?> base) {
      return configuration(base);
    }
  };

  private TextTemplates() {}

  /** Renders the bundled template {@code name}, found beside {@code base}'s package, with {@code data}. */
  public static String render(Class<?> base, String name, Map<String, ?> data) {
    try {
      Template template = CONFIGURATIONS.get(base).getTemplate(name);
      StringWriter out = new StringWriter();
      template.process(data, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled template " + name + " is missing", e);
    } catch (TemplateException e) {
      throw new IllegalStateException("the bundled template " + name + " failed", e);
    }
  }

  private static Configuration configuration(Class<?> base) {
    Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
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
    return configuration;
  }
}
