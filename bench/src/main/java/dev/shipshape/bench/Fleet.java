package dev.shipshape.bench;

import dev.shipshape.generator.Generated;
import dev.shipshape.generator.Shipshape;
import dev.shipshape.generator.write.OutputDirectory;
import dev.shipshape.generator.write.WriteResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The end-to-end fleet benchmark behind {@code bench/fleet}: renders {@code N} copies of the
 * {@link ReferenceWorkload} (one stack each) into a directory the way users do — one
 * {@code Shipshape.write} call, as the CLI and the Maven plugin make it — and prints one line.
 * With {@code --floor} it writes the same objects with plain Jackson instead (see {@link Floor}).
 *
 * <pre>
 * bench/fleet 1000 /dev/shm/fleet
 * mode=shipshape copies=1000 objects=24000 files=33002 bytes=26552223 wall_ms=812
 * </pre>
 *
 * <p>{@code wall_ms} runs from building the stacks in the DSL to the last file written (the JVM's
 * start is not included; measure the whole process with {@code /usr/bin/time}).
 */
public final class Fleet {

  private Fleet() {
  }

  /**
   * {@code N OUT [--floor|--train]}; exit code 2 on a usage error, 1 when rendering fails.
   * {@code --train} runs both modes into {@code OUT/shipshape} and {@code OUT/floor}, so that one
   * run loads every class either mode needs (for the class-data archive of {@code bench/fleet}).
   */
  public static void main(String[] args) throws IOException {
    String mode = args.length == 3 ? args[2] : "";
    if (args.length < 2 || args.length > 3 || !List.of("", "--floor", "--train").contains(mode)
        || !args[0].matches("[1-9][0-9]{0,6}")) {
      System.err.println("usage: fleet N OUT [--floor]");
      System.exit(2);
    }
    int copies = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    if (mode.equals("--train")) {
      render(copies, out.resolve("shipshape"));
      Floor.write(copies, out.resolve("floor"));
      return;
    }
    Result result = mode.equals("--floor") ? Floor.write(copies, out) : render(copies, out);
    if (result == null) {
      System.exit(1);
    }
    print(System.out, result);
  }

  /** What one run rendered and how long it took. */
  record Result(String mode, int copies, long objects, long files, long bytes, long wallNanos) {}

  private static Result render(int copies, Path out) throws IOException {
    long start = System.nanoTime();
    Generated generated = new Shipshape().write(ReferenceWorkload.copies(copies), new OutputDirectory(out));
    long wall = System.nanoTime() - start;
    if (!generated.succeeded()) {
      System.err.print(generated.diagnostics().report());
      return null;
    }
    WriteResult written = generated.written().orElseThrow();
    return new Result("shipshape", copies, generated.objectCount(), written.written().size(),
        written.bytes(), wall);
  }

  private static void print(PrintStream out, Result result) {
    out.printf(Locale.ROOT, "mode=%s copies=%d objects=%d files=%d bytes=%d wall_ms=%d%n",
        result.mode(), result.copies(), result.objects(), result.files(), result.bytes(),
        result.wallNanos() / 1_000_000);
  }
}
