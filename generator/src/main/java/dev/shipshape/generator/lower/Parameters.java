package dev.shipshape.generator.lower;

import dev.shipshape.generator.lower.Parameter.Shape;
import dev.shipshape.generator.syntax.ValueFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The chart parameters the lowering marks, each with its values path, shape, format and the DSL call
 * that sets it: one definition each, so that every object that writes a value names the same parameter.
 *
 * <pre>{@code
 * Parameters.replicas("web").path();        // [web, replicas]
 * Parameters.claimSize(List.of("db", "persistence", "data"), "data").format();   // Optional[a Kubernetes quantity]
 * }</pre>
 */
public final class Parameters {

  /** The values key of a stack's own objects (its shared policies, its claims). */
  public static final String STACK = "stack";

  private Parameters() {}

  /** The stack's namespace: every namespaced object's {@code metadata.namespace} and the Namespace's name. */
  public static Parameter namespace() {
    return always(List.of("namespace"), Shape.TEXT, ValueFormat.DNS_LABEL,
        "Namespace of the stack's objects (Stack.named(...).namespace(\"...\"); in an environment "
            + ".namespace(\"...\"))");
  }

  /** The image of {@code app}'s container; its tag is also the app's {@code app.kubernetes.io/version} label. */
  public static Parameter image(String app) {
    return always(List.of(app, "image"), Shape.IMAGE, null,
        "Image of " + app + ": repository, tag (also its app.kubernetes.io/version label) and, to pin it, "
            + "digest (.image(\"ghcr.io/acme/web:2.3.1\"); in an environment .image(\"" + app + "\", ...))");
  }

  /** How many pods of {@code app} run. */
  public static Parameter replicas(String app) {
    return always(List.of(app, "replicas"), Shape.INTEGER, null,
        "Pods of " + app + " (.replicas(n); in an environment .replicas(\"" + app + "\", n))");
  }

  /** The requests and limits of {@code app}'s container. */
  public static Parameter resources(String app) {
    return always(List.of(app, "resources"), Shape.RESOURCES, null,
        "Requests and limits of the " + app + " container (.resources(Resources.requests(cpu, memory)"
            + ".memoryLimit(...)))");
  }

  /** A literal environment variable of {@code app}: a value where environments set it differently. */
  public static Parameter env(String app, String variable) {
    return new Parameter(List.of(app, "env", variable), Shape.TEXT, Optional.empty(),
        "Environment variable " + variable + " of " + app + " (.env(\"" + variable + "\", value); in an "
            + "environment .env(\"" + app + "\", \"" + variable + "\", value))", true);
  }

  /**
   * The values path of a workload's own fields: {@code [web, Deployment]}, or for a workload not named
   * like its app (a rollout's second version) {@code [web, Deployment-web-canary]}.
   */
  public static List<String> workload(String app, String kind, String name) {
    return List.of(app, name.equals(app) ? kind : kind + "-" + name);
  }

  /** The pods' anti-affinity: rendered from two replicas on, so a value where environments differ in replicas. */
  public static Parameter podAntiAffinity(List<String> workload, String app) {
    return new Parameter(with(workload, "affinity"), Shape.OPTIONAL_TREE, Optional.empty(),
        "Anti-affinity that spreads the pods of " + app + " over nodes, null for none; rendered from two "
            + "replicas on (.replicas(n); Practices.builder().podAntiAffinity(false) to turn it off)", true);
  }

  /** The pods' zone spreading: rendered from two replicas on, so a value where environments differ in replicas. */
  public static Parameter topologySpread(List<String> workload, String app) {
    return new Parameter(with(workload, "topologySpreadConstraints"), Shape.OPTIONAL_TREE, Optional.empty(),
        "Spreading of the pods of " + app + " over zones, null for none; rendered from two replicas on "
            + "(.replicas(n); Practices.builder().topologySpread(false) to turn it off)", true);
  }

  /** The requested size of a claim; {@code at} is its values path, {@code claim} its name. */
  public static Parameter claimSize(List<String> at, String claim) {
    return always(with(at, "size"), Shape.TEXT, ValueFormat.QUANTITY,
        "Requested size of claim " + claim + ", a quantity such as 5Gi (.persist(path, \"5Gi\") or "
            + "Claim.named(...).size(\"5Gi\"))");
  }

  /** The StorageClass of a claim, null for the cluster's default; {@code at} is its values path. */
  public static Parameter claimClass(List<String> at, String claim) {
    return always(with(at, "storageClass"), Shape.OPTIONAL_TEXT, ValueFormat.DNS_SUBDOMAIN,
        "StorageClass of claim " + claim + "; null for the cluster's default class "
            + "(PersistOption.storageClass(\"gp3-encrypted\"))");
  }

  /** The TLS entries of {@code app}'s Ingress; {@code at} is the Ingress's values path. */
  public static Parameter ingressTls(List<String> at, String app) {
    return always(with(at, "tls"), Shape.INGRESS_TLS, null,
        "TLS of the Ingress of " + app + ": each entry's hosts and certificate Secret "
            + "(Routes.host(...).tls(Tls.certManager()))");
  }

  /** The hosts of {@code app}'s Ingress, in the order of its rules; {@code at} is the Ingress's values path. */
  public static Parameter ingressHosts(List<String> at, String app) {
    return always(with(at, "hosts"), Shape.TEXT_LIST, ValueFormat.INGRESS_HOST,
        "Host names the Ingress of " + app + " serves, in the order of its rules "
            + "(.exposeViaIngress(Routes.host(\"shop.example.com\")...))");
  }

  /** When a Velero Schedule backs up; {@code key} is its name without the stack's prefix. */
  public static Parameter backupSchedule(String key, String schedule) {
    return always(List.of("backups", key, "schedule"), Shape.TEXT, ValueFormat.CRON,
        "When Velero backs up for Schedule " + schedule + ", a cron expression (Backups.daily(\"02:00\"), "
            + "weekly(...), cron(\"m h dom mon dow\"), every(Duration))");
  }

  /** How long a Velero Schedule keeps its backups. */
  public static Parameter backupRetention(String key, String schedule) {
    return always(List.of("backups", key, "ttl"), Shape.TEXT, ValueFormat.GO_DURATION,
        "How long the backups of Schedule " + schedule + " are kept, a Go duration (.keep(Duration.ofDays(30)))");
  }

  private static Parameter always(List<String> path, Shape shape, ValueFormat format, String description) {
    return new Parameter(path, shape, Optional.ofNullable(format), description, false);
  }

  private static List<String> with(List<String> path, String key) {
    List<String> longer = new ArrayList<>(path);
    longer.add(key);
    return longer;
  }
}
