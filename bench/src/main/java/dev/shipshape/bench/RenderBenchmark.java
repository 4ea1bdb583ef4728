package dev.shipshape.bench;

import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.Rendering;
import dev.shipshape.generator.Shipshape;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating, lowering and rendering the {@link ReferenceWorkload} to files in memory (no disk):
 * one copy, 100 copies as 100 stacks (on every core, as users run it, and on one thread), and 100
 * copies as the apps of one stack. Run with the allocation profiler:
 *
 * <pre>
 * java -jar bench/target/shipshape-bench.jar RenderBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RenderBenchmark {

  private final Shipshape shipshape = new Shipshape();
  private final Shipshape sequential = shipshape.sequential();
  private List<Stack> one;
  private List<Stack> hundred;
  private List<Stack> hundredAppsInOneStack;

  /** Builds the stacks once, outside the measurement. */
  @Setup
  public void define() {
    one = ReferenceWorkload.copies(1);
    hundred = ReferenceWorkload.copies(100);
    hundredAppsInOneStack = List.of(ReferenceWorkload.oneStack(100));
  }

  /** One copy: one stack of three apps. */
  @Benchmark
  public Rendering oneCopy() {
    return sequential.render(one);
  }

  /** 100 copies, one stack each, rendered on every core. */
  @Benchmark
  public Rendering hundredCopies() {
    return shipshape.render(hundred);
  }

  /** 100 copies, one stack each, on one thread. */
  @Benchmark
  public Rendering hundredCopiesSequential() {
    return sequential.render(hundred);
  }

  /** 100 copies as 300 apps of one stack: nothing may grow faster than the number of apps. */
  @Benchmark
  public Rendering hundredCopiesInOneStack() {
    return sequential.render(hundredAppsInOneStack);
  }
}
