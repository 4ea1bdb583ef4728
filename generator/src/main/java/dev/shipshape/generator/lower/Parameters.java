package dev.shipshape.generator.lower;

import dev.shipshape.generator.lower.Parameter.Kind;
import java.util.List;

/**
 * The chart parameters the lowering marks, each at its values path: one definition each, so that
 * every object that writes a value names the same parameter.
 *
 * <pre>{@code
 * Parameters.replicas("web").path();                                   // [web, replicas]
 * Parameters.claimSize(List.of("db", "persistence", "data"), "data");  // db.persistence.data.size
 * }</pre>
 */
public final class Parameters {

  /** The values key of a stack's own objects (its shared policies, its claims). */
  public static final String STACK = "stack";

  /** The stack's namespace: every namespaced object's {@code metadata.namespace} and the Namespace's name. */
  public static final Parameter NAMESPACE = new Parameter(Kind.NAMESPACE, List.of("namespace"), "");

  private Parameters() {}

  /** The image of {@code app}'s container; its tag is also the app's {@code app.kubernetes.io/version} label. */
  public static Parameter image(String app) {
    return new Parameter(Kind.IMAGE, List.of(app, "image"), app);
  }

  /** How many pods of {@code app} run. */
  public static Parameter replicas(String app) {
    return new Parameter(Kind.REPLICAS, List.of(app, "replicas"), app);
  }

  /** The requests and limits of {@code app}'s container. */
  public static Parameter resources(String app) {
    return new Parameter(Kind.RESOURCES, List.of(app, "resources"), app);
  }

  /** A literal environment variable of {@code app}. */
  public static Parameter env(String app, String variable) {
    return new Parameter(Kind.ENV, List.of(app, "env", variable), app);
  }

  /**
   * The values path of a workload's own fields: {@code [web, Deployment]}, or for a workload not named
   * like its app (a rollout's second version) {@code [web, Deployment-web-canary]}.
   */
  public static List<String> workload(String app, String kind, String name) {
    return List.of(app, name.equals(app) ? kind : kind + "-" + name);
  }

  /** The anti-affinity of the pods of {@code workload} ({@link #workload}), an app's. */
  public static Parameter podAntiAffinity(List<String> workload, String app) {
    return new Parameter(Kind.POD_ANTI_AFFINITY, List.of(workload.get(0), workload.get(1), "affinity"), app);
  }

  /** The zone spreading of the pods of {@code workload} ({@link #workload}), an app's. */
  public static Parameter topologySpread(List<String> workload, String app) {
    return new Parameter(Kind.TOPOLOGY_SPREAD,
        List.of(workload.get(0), workload.get(1), "topologySpreadConstraints"), app);
  }

  /** The requested size of a claim; {@code at} is its values path ({@code [db, persistence, data]}), {@code claim} its name. */
  public static Parameter claimSize(List<String> at, String claim) {
    return new Parameter(Kind.CLAIM_SIZE, List.of(at.get(0), at.get(1), at.get(2), "size"), claim);
  }

  /** The StorageClass of a claim, null for the cluster's default; {@code at} as for {@link #claimSize}. */
  public static Parameter claimClass(List<String> at, String claim) {
    return new Parameter(Kind.CLAIM_CLASS, List.of(at.get(0), at.get(1), at.get(2), "storageClass"), claim);
  }

  /** The TLS entries of the Ingress of {@code app}. */
  public static Parameter ingressTls(String app) {
    return new Parameter(Kind.INGRESS_TLS, List.of(app, "Ingress", "tls"), app);
  }

  /** The hosts of the Ingress of {@code app}, in the order of its rules. */
  public static Parameter ingressHosts(String app) {
    return new Parameter(Kind.INGRESS_HOSTS, List.of(app, "Ingress", "hosts"), app);
  }

  /** When a Velero Schedule backs up; {@code key} is its name without the stack's prefix. */
  public static Parameter backupSchedule(String key, String schedule) {
    return new Parameter(Kind.BACKUP_SCHEDULE, List.of("backups", key, "schedule"), schedule);
  }

  /** How long a Velero Schedule keeps its backups; {@code key} as for {@link #backupSchedule}. */
  public static Parameter backupRetention(String key, String schedule) {
    return new Parameter(Kind.BACKUP_RETENTION, List.of("backups", key, "ttl"), schedule);
  }
}
