package dev.shipshape.dsl;

import java.util.Objects;
import java.util.Optional;

/**
 * A volume of the app mounted into its container. Created through {@code App.Builder.mount(...)}.
 *
 * <pre>{@code
 * App.deployment("busybox").volume("temp-storage", Volume.emptyDir("1Gi")).mount("/data", "temp-storage");
 * }</pre>
 *
 * @param path the absolute path in the container
 * @param volume the name of a volume declared on the app
 * @param readOnly whether the container may only read it
 * @param source where the user declared it, when known
 */
public record VolumeMount(String path, String volume, boolean readOnly, Optional<SourceLocation> source) {

  public VolumeMount {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(volume, "volume");
    Objects.requireNonNull(source, "source");
  }
}
