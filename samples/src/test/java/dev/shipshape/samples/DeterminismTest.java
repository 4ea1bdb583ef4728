package dev.shipshape.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shipshape.generator.Rendering;
import dev.shipshape.generator.Shipshape;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** Same input, same bytes: under another default locale and time zone the output does not change. */
class DeterminismTest {

  @Test
  void renderingDoesNotDependOnLocaleOrTimeZone() {
    Map<String, String> reference = renderAll();
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertEquals(reference, renderAll());
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void renderingTwiceGivesTheSameBytes() {
    assertEquals(renderAll(), renderAll());
  }

  private static Map<String, String> renderAll() {
    Shipshape shipshape = new Shipshape();
    Map<String, String> texts = new LinkedHashMap<>();
    for (Sample sample : SampleCatalog.all()) {
      Rendering rendering = shipshape.render(sample.source());
      texts.put(sample.name() + "/diagnostics", rendering.diagnostics().report());
      rendering.files().ifPresent(files ->
          files.paths().forEach(p -> texts.put(sample.name() + "/" + p, files.text(p))));
    }
    return texts;
  }
}
