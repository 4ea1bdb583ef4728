package dev.shipshape.dsl;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * One application of a {@link Stack}: a container image run by a Kubernetes workload, with the
 * ports, configuration, health checks and exposure it needs.
 *
 * <p>Shipshape fills in the best-practice rest (labels, Pod Security "restricted", resources,
 * probes, ServiceAccount, disruption budget, spreading); see {@link Practices} to change that.
 *
 * <pre>{@code
 * App.deployment("api")
 *     .image("ghcr.io/acme/api:1.4.2")
 *     .replicas(3)
 *     .port(8080)
 *     .env("LOG_LEVEL", "info")
 *     .env("DB_PASSWORD", SecretRef.of("db-credentials", "password"))
 *     .resources(Resources.requests("250m", "256Mi"))
 *     .service(Service.clusterIp().port(80))
 *     .allowFrom("web")
 *     .allowTo(Egress.host("api.stripe.com"));
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class App {

  /** The app's name: a DNS-1123 label, unique in its stack, used for every object it owns. */
  public abstract String name();

  /** The controller that runs the pods. */
  public abstract WorkloadKind kind();

  /** The container image, pinned by tag or digest ({@code latest} is refused). */
  public abstract Optional<String> image();

  /** How many pods run. */
  @Value.Default
  public int replicas() {
    return 1;
  }

  /** The container's named ports; the first is the app's main port. */
  public abstract List<Port> ports();

  /** Overrides the image's entrypoint. */
  public abstract List<String> command();

  /** Arguments to the entrypoint. */
  public abstract List<String> args();

  /** Environment variables, in declaration order. */
  public abstract List<EnvVar> env();

  /** CPU and memory; the stack's default resources when empty. */
  public abstract Optional<Resources> resources();

  /** Volumes of the pod, by name; mounted with {@link #mounts()}. */
  public abstract List<PodVolume> volumes();

  /** Where the container mounts the pod's volumes. */
  public abstract List<VolumeMount> mounts();

  /** Data kept across restarts, each backed by a claim the app owns. */
  public abstract List<Persistence> persistence();

  /** StatefulSet only: start and stop pods one at a time ({@code OrderedReady}) or all at once. */
  @Value.Default
  public boolean parallelPodManagement() {
    return false;
  }

  /** StatefulSet only: what happens to the replicas' claims when the StatefulSet is deleted. */
  @Value.Default
  public Retention claimsWhenDeleted() {
    return Retention.RETAIN;
  }

  /** StatefulSet only: what happens to a replica's claim when the StatefulSet scales down. */
  @Value.Default
  public Retention claimsWhenScaled() {
    return Retention.RETAIN;
  }

  /** StatefulSet only: only pods with an ordinal at or above this are updated (staged rollouts). */
  public abstract Optional<Integer> updatePartition();

  /** Restarts the container when it fails. */
  public abstract Optional<Probe> liveness();

  /** Gates traffic until the container is ready. */
  public abstract Optional<Probe> readiness();

  /** Protects slow starts; the other probes begin after it succeeds. */
  public abstract Optional<Probe> startup();

  /** How other workloads reach this app, if at all. */
  public abstract Optional<Service> service();

  /** HTTP routes rendered as an Ingress for the stack's {@link IngressController}. */
  public abstract Optional<Routes> ingress();

  /** HTTP routes rendered as a Gateway API HTTPRoute attached to the stack's {@link Gateway}. */
  public abstract Optional<Routes> gatewayRoutes();

  /** Apps of the stack allowed to connect to this app (on its ports). */
  public abstract List<Allow> allowFrom();

  /** Apps of the stack this app may connect to (on their ports). */
  public abstract List<Allow> allowTo();

  /** Namespaces whose pods may connect to this app (on its ports). */
  public abstract List<Allow> allowFromNamespaces();

  /** Traffic this app may send outside the stack. */
  public abstract List<Egress> egress();

  /** A second version beside the app's own, with the mesh sharing requests between them. */
  public abstract Optional<Rollout> rollout();

  /** How the mesh retries failed requests to the app. */
  public abstract Optional<Retries> retries();

  /** How long the mesh lets a request to the app take, retries included, e.g. {@code 5s}. */
  public abstract Optional<String> requestTimeout();

  /** When the mesh stops sending requests to failing pods. */
  public abstract Optional<CircuitBreaker> circuitBreaker();

  /** The app's role in the stack, e.g. {@code api} or {@code database}. */
  public abstract Optional<String> component();

  /** Extra labels on every object of the app, e.g. {@code team: payments}. */
  public abstract Map<String, String> labels();

  /** Annotations on the app's pods, e.g. for a metrics scraper. */
  public abstract Map<String, String> podAnnotations();

  /**
   * Objects Shipshape does not model that belong to this app (a ServiceMonitor for its metrics, a
   * ScaledObject for its replicas): they get the app's labels and live in its directory.
   */
  public abstract List<UserObject> objects();

  /** Best-practice switches for this app only. */
  public abstract Optional<Practices> practices();

  /** Rules switched off for this app, with reasons. */
  public abstract List<Suppression> suppressions();

  /** Where the user declared this app. */
  @Value.Auxiliary
  public abstract Optional<SourceLocation> source();

  /** A copy of this app with the changes {@code change} makes to a builder filled with it. */
  public App with(Consumer<Builder> change) {
    Builder builder = new Builder();
    builder.from(this);
    change.accept(builder);
    return builder.build();
  }

  /** Starts an app run by a Deployment: interchangeable, stateless replicas. */
  public static Builder deployment(String name) {
    return new Builder().name(name).kind(WorkloadKind.DEPLOYMENT).source(SourceLocation.ofCaller());
  }

  /**
   * Starts an app run by a StatefulSet: replicas with stable names ({@code <name>-0}, {@code -1}…),
   * a governing headless Service and one claim per replica for each {@code persist(...)}.
   *
   * <pre>{@code
   * App.statefulSet("db").image("mysql:8.4.3").port(3306).replicas(3)
   *     .env("MYSQL_ROOT_PASSWORD", SecretRef.of("db-root", "password"))
   *     .persist("/var/lib/mysql", "5Gi");
   * }</pre>
   */
  public static Builder statefulSet(String name) {
    return new Builder().name(name).kind(WorkloadKind.STATEFUL_SET).source(SourceLocation.ofCaller());
  }

  /** Fluent builder of an {@link App}. */
  public static final class Builder extends ImmutableApp.Builder {

    Builder() {}

    /** Declares a TCP container port named {@code http}. */
    public Builder port(int number) {
      return addPorts(Port.tcp("http", number));
    }

    /** Declares a TCP container port with the given name. */
    public Builder port(String name, int number) {
      return addPorts(Port.tcp(name, number));
    }

    /** Declares a container port. */
    public Builder port(Port port) {
      return addPorts(port);
    }

    /** Overrides the image's entrypoint. */
    public Builder command(String... command) {
      return command(List.of(command));
    }

    /** Sets the entrypoint's arguments. */
    public Builder args(String... args) {
      return args(List.of(args));
    }

    /** Sets an environment variable to a literal value. Never use it for credentials. */
    public Builder env(String name, String value) {
      return env(name, new EnvValue.Literal(value));
    }

    /** Sets an environment variable from a Secret key or a ConfigMap key. */
    public Builder env(String name, EnvValue value) {
      return addEnv(new EnvVar(name, value, SourceLocation.ofCaller()));
    }

    /** Adds a label to every object of the app, e.g. {@code .label("team", "payments")}. */
    public Builder label(String key, String value) {
      return putLabels(key, value);
    }

    /** Adds an annotation to the app's pods, e.g. {@code .podAnnotation("prometheus.io/scrape", "true")}. */
    public Builder podAnnotation(String key, String value) {
      return putPodAnnotations(key, value);
    }

    /** Declares pod volume {@code name}; mount it with {@link #mount(String, String)}. */
    public Builder volume(String name, Volume volume) {
      return addVolumes(new PodVolume(name, volume, SourceLocation.ofCaller()));
    }

    /** Mounts the app's volume {@code volume} at {@code path}, read-write. */
    public Builder mount(String path, String volume) {
      return addMounts(new VolumeMount(path, volume, false, SourceLocation.ofCaller()));
    }

    /** Mounts the app's volume {@code volume} at {@code path}, read-only. */
    public Builder mountReadOnly(String path, String volume) {
      return addMounts(new VolumeMount(path, volume, true, SourceLocation.ofCaller()));
    }

    /**
     * Keeps the data under {@code path} across restarts in a claim of {@code size} (e.g.
     * {@code 5Gi}) that the app owns: one claim for a Deployment, one per replica for a
     * StatefulSet. Options choose the class, access mode, name, a data source or a backup schedule;
     * a schedule with a {@link DatabaseDump} adds the dump volume {@code <name>-dump} next to it.
     *
     * <pre>{@code
     * .persist("/var/lib/mysql", "5Gi", Backups.daily("02:00").keep(Duration.ofDays(30))
     *     .consistent(DatabaseDump.mysql("MYSQL_ROOT_PASSWORD")))
     * }</pre>
     */
    public Builder persist(String path, String size, PersistOption... options) {
      Persistence.Builder builder = Persistence.at(path, size).source(SourceLocation.ofCaller());
      for (PersistOption option : options) {
        builder = option.applyTo(builder);
      }
      Persistence persistence = builder.build();
      addPersistence(persistence);
      persistence.backups().flatMap(Backups::dump).ifPresent(dump -> addPersistence(
          Persistence.at(DatabaseDump.mountPath(persistence.name()), dump.size())
              .name(DatabaseDump.volumeName(persistence.name()))
              .storageClass(persistence.storageClass())
              .source(persistence.source())
              .build()));
      return this;
    }

    /** StatefulSet only: starts and stops all pods at once instead of one by one. */
    public Builder parallelPodManagement() {
      return parallelPodManagement(true);
    }

    /** StatefulSet only: deletes the replicas' claims with the StatefulSet and on scale-down. */
    public Builder deleteClaimsWithPods() {
      return claimsWhenDeleted(Retention.DELETE).claimsWhenScaled(Retention.DELETE);
    }

    /** Exposes the app in the cluster through a ClusterIP Service on its container ports. */
    public Builder expose() {
      return service(Service.clusterIp().build());
    }

    /** Exposes the app through the given Service. */
    public Builder service(Service.Builder service) {
      return service(service.build());
    }

    /**
     * Exposes the app over HTTP(S) through the stack's Ingress controller; creates a ClusterIP Service
     * when the app has none, and lets the controller through the NetworkPolicies.
     */
    public Builder exposeViaIngress(Routes.Builder routes) {
      return ingress(routes.build());
    }

    /** Exposes the app through an HTTPRoute attached to the stack's Gateway API Gateway. */
    public Builder exposeViaGateway(Routes.Builder routes) {
      return gatewayRoutes(routes.build());
    }

    /** Lets the pods of app {@code app} connect to this app's ports (both sides' policies are rendered). */
    public Builder allowFrom(String app) {
      return addAllowFrom(new Allow(app, SourceLocation.ofCaller()));
    }

    /** Lets this app connect to the ports of app {@code app} (both sides' policies are rendered). */
    public Builder allowTo(String app) {
      return addAllowTo(new Allow(app, SourceLocation.ofCaller()));
    }

    /** Lets this app send traffic outside the stack: to a CIDR range or an external host. */
    public Builder allowTo(Egress egress) {
      return addEgress(egress);
    }

    /** Lets every pod of namespace {@code namespace} connect to this app's ports. */
    public Builder allowFromNamespace(String namespace) {
      return addAllowFromNamespaces(new Allow(namespace, SourceLocation.ofCaller()));
    }

    /** Lets the stack's mesh fail requests to this app after {@code duration}, e.g. {@code 5s}. */
    public Builder timeout(String duration) {
      return requestTimeout(duration);
    }

    /** Changes best-practice defaults for this app only. */
    public Builder practices(Practices.Builder practices) {
      return practices(practices.build());
    }

    /**
     * Adds objects Shipshape does not model to this app, e.g. a KEDA ScaledObject:
     * {@code .object(UserObject.custom("keda.sh/v1alpha1", "ScaledObject", "worker", spec))};
     * see {@link UserObject}.
     */
    public Builder object(UserObject object) {
      return addObjects(object);
    }

    /** Switches off rule {@code ruleId} for this app; {@code reason} is mandatory. */
    public Builder suppress(String ruleId, String reason) {
      return addSuppressions(new Suppression(ruleId, reason, SourceLocation.ofCaller()));
    }
  }
}
