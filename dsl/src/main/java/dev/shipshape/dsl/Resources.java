package dev.shipshape.dsl;

import java.util.Objects;
import java.util.Optional;

/**
 * CPU and memory a container asks for, and the limits it must stay under. Values are Kubernetes
 * quantities such as {@code 250m}, {@code 1}, {@code 256Mi}, {@code 1Gi}.
 *
 * <p>The memory limit equals the memory request unless set otherwise (a container that may use more
 * memory than it reserved is the first one the kernel kills). No CPU limit is set by default, which
 * avoids throttling; set one with {@link #cpuLimit(String)} where your cluster policy needs it.
 *
 * <pre>{@code
 * App.deployment("api").resources(Resources.requests("250m", "256Mi").cpuLimit("1"));
 * }</pre>
 *
 * @param cpuRequest CPU reserved for the container
 * @param memoryRequest memory reserved for the container
 * @param cpuLimit CPU the container may not exceed, if any
 * @param memoryLimit memory the container may not exceed
 */
public record Resources(
    String cpuRequest, String memoryRequest, Optional<String> cpuLimit, String memoryLimit) {

  public Resources {
    Objects.requireNonNull(cpuRequest, "cpuRequest");
    Objects.requireNonNull(memoryRequest, "memoryRequest");
    Objects.requireNonNull(cpuLimit, "cpuLimit");
    Objects.requireNonNull(memoryLimit, "memoryLimit");
  }

  /** Requests of {@code cpu} and {@code memory}, with a memory limit equal to the request. */
  public static Resources requests(String cpu, String memory) {
    return new Resources(cpu, memory, Optional.empty(), memory);
  }

  /** The same resources with a CPU limit. */
  public Resources cpuLimit(String cpu) {
    return new Resources(cpuRequest, memoryRequest, Optional.of(cpu), memoryLimit);
  }

  /** The same resources with a different memory limit. */
  public Resources memoryLimit(String memory) {
    return new Resources(cpuRequest, memoryRequest, cpuLimit, memory);
  }
}
