package dev.shipshape.samples;

import dev.shipshape.generator.Rendering;
import dev.shipshape.generator.Shipshape;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The main job: renders every sample into {@code <out>/<sample>/} (the layout's first directory is
 * the stack, and a sample is named after its stack). Negative samples must fail validation and write
 * nothing. Run by {@code ./mvnw -q -B package -DskipTests}.
 */
public final class RenderSamples {

  private RenderSamples() {}

  /** Renders the samples into the directory given as the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: RenderSamples <output-directory>");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    Shipshape shipshape = new Shipshape();
    int failures = 0;
    for (Sample sample : SampleCatalog.all()) {
      Rendering rendering = shipshape.render(sample.source());
      if (sample.negative()) {
        if (rendering.succeeded()) {
          System.err.println("negative sample " + sample.name() + " rendered without errors");
          failures++;
        }
        continue;
      }
      System.err.print(rendering.diagnostics().report());
      if (rendering.succeeded()) {
        rendering.files().get().writeTo(out);
      } else {
        failures++;
      }
    }
    if (failures > 0) {
      System.err.println(failures + " sample(s) did not render as expected");
      System.exit(1);
    }
  }
}
