package dev.shipshape.dsl;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the files of a pod volume come from. Declare one on an app with
 * {@code .volume(name, source)} and mount it with {@code .mount(path, name)}.
 *
 * <pre>{@code
 * App.deployment("web")
 *     .volume("cache", Volume.emptyDir("1Gi"))             // scratch space on the node's disk
 *     .volume("sessions", Volume.memory("64Mi"))           // tmpfs, counts against the memory limit
 *     .volume("config", Volume.configMap("web-config"))
 *     .volume("tls", Volume.secret("web-tls"))
 *     .volume("shared", Volume.claim("shared-files"))      // a claim declared on the stack
 *     .mount("/var/cache/web", "cache")
 *     .mountReadOnly("/etc/web", "config");
 * }</pre>
 *
 * <p>Persistent data an app owns is better declared with {@code .persist(path, size)}, which
 * creates the claim it needs.
 */
public sealed interface Volume
    permits Volume.EmptyDir, Volume.ConfigMap, Volume.Secret, Volume.Projected, Volume.HostPath,
        Volume.Claim {

  /** Scratch space on the node's disk, deleted with the pod; {@code sizeLimit} caps it. */
  static EmptyDir emptyDir(String sizeLimit) {
    return new EmptyDir(Optional.of(sizeLimit), false);
  }

  /** Scratch space on the node's disk without a size cap (prefer {@link #emptyDir(String)}). */
  static EmptyDir emptyDir() {
    return new EmptyDir(Optional.empty(), false);
  }

  /** A tmpfs of at most {@code sizeLimit}; it counts against the container's memory limit. */
  static EmptyDir memory(String sizeLimit) {
    return new EmptyDir(Optional.of(sizeLimit), true);
  }

  /** Every key of ConfigMap {@code name} as a file. */
  static ConfigMap configMap(String name) {
    return new ConfigMap(name, Map.of());
  }

  /** Every key of Secret {@code name} as a file (kept in memory on the node). */
  static Secret secret(String name) {
    return new Secret(name, Map.of());
  }

  /** Several sources merged into one directory. */
  static Projected projected(Projection... sources) {
    return new Projected(List.of(sources));
  }

  /**
   * A directory of the node. Refused unless you say why with {@link HostPath#because(String)},
   * and always refused under {@link Profile#PRODUCTION}.
   */
  static HostPath hostPath(String path) {
    return new HostPath(path, Optional.empty());
  }

  /** The PersistentVolumeClaim {@code claimName}, declared on the stack. */
  static Claim claim(String claimName) {
    return new Claim(claimName);
  }

  /**
   * An {@code emptyDir}.
   *
   * @param sizeLimit the most it may hold, e.g. {@code 1Gi}
   * @param memory whether it is a tmpfs ({@code medium: Memory})
   */
  record EmptyDir(Optional<String> sizeLimit, boolean memory) implements Volume {
    public EmptyDir {
      Objects.requireNonNull(sizeLimit, "sizeLimit");
    }
  }

  /**
   * A ConfigMap's keys as files.
   *
   * @param name the ConfigMap's name
   * @param items key to file path, for only some keys; empty means every key under its own name
   */
  record ConfigMap(String name, Map<String, String> items) implements Volume {
    public ConfigMap {
      Objects.requireNonNull(name, "name");
      items = Map.copyOf(items);
    }

    /** The same volume with only the keys given so far plus {@code key}, written to {@code path}. */
    public ConfigMap item(String key, String path) {
      return new ConfigMap(name, SortedEntries.with(items, key, path));
    }
  }

  /**
   * A Secret's keys as files.
   *
   * @param name the Secret's name
   * @param items key to file path, for only some keys; empty means every key under its own name
   */
  record Secret(String name, Map<String, String> items) implements Volume {
    public Secret {
      Objects.requireNonNull(name, "name");
      items = Map.copyOf(items);
    }

    /** The same volume with only the keys given so far plus {@code key}, written to {@code path}. */
    public Secret item(String key, String path) {
      return new Secret(name, SortedEntries.with(items, key, path));
    }
  }

  /**
   * Several sources in one directory.
   *
   * @param sources the sources, in order
   */
  record Projected(List<Projection> sources) implements Volume {
    public Projected {
      sources = List.copyOf(sources);
    }
  }

  /**
   * A node directory.
   *
   * @param path the absolute path on the node
   * @param reason why a node directory is acceptable here; required to opt in
   */
  record HostPath(String path, Optional<String> reason) implements Volume, VolumeSource {
    public HostPath {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(reason, "reason");
    }

    /** Opts in to this hostPath volume, recording why; never allowed in production. */
    public HostPath because(String why) {
      return new HostPath(path, Optional.of(why));
    }
  }

  /**
   * A PersistentVolumeClaim of the stack.
   *
   * @param claimName the claim's name
   */
  record Claim(String claimName) implements Volume {
    public Claim {
      Objects.requireNonNull(claimName, "claimName");
    }
  }
}
