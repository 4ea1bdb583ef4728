package dev.shipshape.dsl;

import java.util.Objects;
import java.util.Optional;

/**
 * A volume declared on an app under a name its mounts refer to. Created through
 * {@code App.Builder.volume(name, source)}.
 *
 * <pre>{@code
 * App.deployment("busybox").volume("temp-storage", Volume.emptyDir("1Gi"));
 * }</pre>
 *
 * @param name the volume's name in the pod (a DNS-1123 label)
 * @param volume where its files come from
 * @param source where the user declared it, when known
 */
public record PodVolume(String name, Volume volume, Optional<SourceLocation> source) {

  public PodVolume {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(volume, "volume");
    Objects.requireNonNull(source, "source");
  }
}
