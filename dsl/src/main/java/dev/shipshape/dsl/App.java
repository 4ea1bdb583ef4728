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

  /** Implemented only by the code Immutables generates for the DSL; built through the factories. */
  App() {}

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

  /** Best-practice switches for this app only. */
  public abstract Optional<Practices> practices();

  /** Rules switched off for this app, with reasons. */
  public abstract List<Suppression> suppressions();

  /** Where the user declared this app. */
  @Value.Auxiliary
  public abstract Optional<SourceLocation> source();

  /**
   * A copy of this app with the changes {@code change} makes to a builder filled with it, e.g. in a
   * {@link Setting}: {@code app.with(b -> b.replicas(3))}.
   */
  public App with(Consumer<Builder> change) {
    Builder builder = new Builder(new ImmutableApp.Builder().from(this));
    change.accept(builder);
    return builder.build();
  }

  /** A copy of this app with {@code env} as its environment variables, in that order. */
  App withEnv(List<EnvVar> env) {
    return new ImmutableApp.Builder().from(this).env(env).build();
  }

  /** A copy of this app with {@code practices} as its best-practice switches. */
  App withPractices(Practices practices) {
    return new ImmutableApp.Builder().from(this).practices(practices).build();
  }

  /** Starts an app run by a Deployment: interchangeable, stateless replicas. */
  public static Builder deployment(String name) {
    return start(name, WorkloadKind.DEPLOYMENT);
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
    return start(name, WorkloadKind.STATEFUL_SET);
  }

  private static Builder start(String name, WorkloadKind kind) {
    return new Builder(new ImmutableApp.Builder().name(name).kind(kind)
        .source(SourceLocation.ofCaller()));
  }

  /**
   * Fluent builder of an {@link App}.
   *
   * <p>How the DSL's builders are made (the same in every one): the builder holds the builder
   * Immutables generates, which stays package-private, and each public method is a hand-written
   * verb with Javadoc and an example that delegates to it and returns {@code this}. A verb for a
   * part there are many of (ports, variables, allowed peers, labels) adds one; a verb for a single
   * value (the image, the replicas, the entrypoint, the Service) sets it, a later call of it
   * replacing it, which is what {@link App#with} relies on. No verb replaces a list or a map of
   * parts wholesale or changes what a factory chose (name, kind), so no call silently drops what
   * an earlier one added; a {@code null} argument fails at once with a
   * {@link NullPointerException} naming it. To offer something new, add a verb here: a method that
   * delegates to the generated builder.
   */
  public static final class Builder {

    private final ImmutableApp.Builder app;

    Builder(ImmutableApp.Builder app) {
      this.app = app;
    }

    /**
     * Runs container image {@code image}, pinned by tag or digest, e.g.
     * {@code .image("ghcr.io/acme/api:1.4.2")}.
     */
    public Builder image(String image) {
      app.image(image);
      return this;
    }

    /** Runs {@code replicas} pods (1 unless set), e.g. {@code .replicas(3)}. */
    public Builder replicas(int replicas) {
      app.replicas(replicas);
      return this;
    }

    /** Declares a TCP container port named {@code http}, e.g. {@code .port(8080)}. */
    public Builder port(int number) {
      return port(Port.tcp("http", number));
    }

    /** Declares a TCP container port with the given name, e.g. {@code .port("mysql", 3306)}. */
    public Builder port(String name, int number) {
      return port(Port.tcp(name, number));
    }

    /** Declares a container port, e.g. {@code .port(Port.udp("dns", 53))}. */
    public Builder port(Port port) {
      app.addPorts(port);
      return this;
    }

    /**
     * Sets the container's entrypoint instead of the image's, e.g.
     * {@code .command("/bin/server", "--serve")}.
     */
    public Builder command(String... command) {
      app.command(List.of(command));
      return this;
    }

    /** Sets the entrypoint's arguments, e.g. {@code .args("--port", "8080")}. */
    public Builder args(String... args) {
      app.args(List.of(args));
      return this;
    }

    /**
     * Sets an environment variable to a literal value, e.g. {@code .env("LOG_LEVEL", "info")}. Never
     * use it for credentials.
     */
    public Builder env(String name, String value) {
      return env(name, new EnvValue.Literal(value));
    }

    /**
     * Sets an environment variable from a Secret key or a ConfigMap key, e.g.
     * {@code .env("DB_PASSWORD", SecretRef.of("db-credentials", "password"))}.
     */
    public Builder env(String name, EnvValue value) {
      app.addEnv(new EnvVar(name, value, SourceLocation.ofCaller()));
      return this;
    }

    /**
     * Gives the container these CPU and memory, e.g. {@code .resources(Resources.requests("250m",
     * "256Mi"))}.
     */
    public Builder resources(Resources resources) {
      app.resources(resources);
      return this;
    }

    /** Adds a label to every object of the app, e.g. {@code .label("team", "payments")}. */
    public Builder label(String key, String value) {
      app.putLabels(key, value);
      return this;
    }

    /** Adds an annotation to the app's pods, e.g. {@code .podAnnotation("prometheus.io/scrape", "true")}. */
    public Builder podAnnotation(String key, String value) {
      app.putPodAnnotations(key, value);
      return this;
    }

    /**
     * Declares pod volume {@code name}; mount it with {@link #mount(String, String)}, e.g.
     * {@code .volume("config", Volume.configMap("web-config"))}.
     */
    public Builder volume(String name, Volume volume) {
      app.addVolumes(new PodVolume(name, volume, SourceLocation.ofCaller()));
      return this;
    }

    /**
     * Mounts the app's volume {@code volume} at {@code path}, read-write, e.g.
     * {@code .mount("/cache", "cache")}.
     */
    public Builder mount(String path, String volume) {
      app.addMounts(new VolumeMount(path, volume, false, SourceLocation.ofCaller()));
      return this;
    }

    /**
     * Mounts the app's volume {@code volume} at {@code path}, read-only, e.g.
     * {@code .mountReadOnly("/etc/web", "config")}.
     */
    public Builder mountReadOnly(String path, String volume) {
      app.addMounts(new VolumeMount(path, volume, true, SourceLocation.ofCaller()));
      return this;
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
      Persistence.Builder builder = Persistence.at(path, size, SourceLocation.ofCaller());
      for (PersistOption option : options) {
        builder = option.applyTo(builder);
      }
      Persistence persistence = builder.build();
      app.addPersistence(persistence);
      persistence.backups().flatMap(Backups::dump)
          .ifPresent(dump -> app.addPersistence(persistence.dumpVolume(dump)));
      return this;
    }

    /**
     * StatefulSet only: starts and stops all pods at once instead of one by one, e.g.
     * {@code .parallelPodManagement()}.
     */
    public Builder parallelPodManagement() {
      app.parallelPodManagement(true);
      return this;
    }

    /**
     * StatefulSet only: deletes the replicas' claims with the StatefulSet and on scale-down, e.g.
     * {@code .deleteClaimsWithPods()}.
     */
    public Builder deleteClaimsWithPods() {
      return claimsWhenDeleted(Retention.DELETE).claimsWhenScaled(Retention.DELETE);
    }

    /**
     * StatefulSet only: what happens to the replicas' claims when the StatefulSet is deleted, e.g.
     * {@code .claimsWhenDeleted(Retention.DELETE)}.
     */
    public Builder claimsWhenDeleted(Retention retention) {
      app.claimsWhenDeleted(retention);
      return this;
    }

    /**
     * StatefulSet only: what happens to a replica's claim on scale-down, e.g.
     * {@code .claimsWhenScaled(Retention.DELETE)}.
     */
    public Builder claimsWhenScaled(Retention retention) {
      app.claimsWhenScaled(retention);
      return this;
    }

    /**
     * StatefulSet only: updates only pods with an ordinal at or above {@code ordinal}, e.g.
     * {@code .updatePartition(2)}.
     */
    public Builder updatePartition(int ordinal) {
      app.updatePartition(ordinal);
      return this;
    }

    /**
     * Restarts the container when this probe fails, e.g. {@code .liveness(Probe.http("/healthz"))}.
     */
    public Builder liveness(Probe probe) {
      app.liveness(probe);
      return this;
    }

    /**
     * Sends traffic only while this probe succeeds, e.g. {@code .readiness(Probe.http("/ready"))}.
     */
    public Builder readiness(Probe probe) {
      app.readiness(probe);
      return this;
    }

    /**
     * Protects a slow start: the other probes begin after this one succeeds, e.g.
     * {@code .startup(Probe.tcp())}.
     */
    public Builder startup(Probe probe) {
      app.startup(probe);
      return this;
    }

    /**
     * Exposes the app in the cluster through a ClusterIP Service on its container ports, e.g.
     * {@code .expose()}.
     */
    public Builder expose() {
      return service(Service.clusterIp());
    }

    /**
     * Exposes the app through the given Service, e.g.
     * {@code .service(Service.clusterIp().port(80))}.
     */
    public Builder service(Service.Builder service) {
      app.service(service.build());
      return this;
    }

    /**
     * Exposes the app over HTTP(S) through the stack's Ingress controller; creates a ClusterIP Service
     * when the app has none, and lets the controller through the NetworkPolicies, e.g.
     * {@code .exposeViaIngress(Routes.host("shop.example.com").tls(Tls.certManager()))}.
     */
    public Builder exposeViaIngress(Routes.Builder routes) {
      app.ingress(routes.build());
      return this;
    }

    /**
     * Exposes the app through an HTTPRoute attached to the stack's Gateway API Gateway, e.g.
     * {@code .exposeViaGateway(Routes.host("shop.example.com"))}.
     */
    public Builder exposeViaGateway(Routes.Builder routes) {
      app.gatewayRoutes(routes.build());
      return this;
    }

    /**
     * Lets the pods of app {@code app} connect to this app's ports (both sides' policies are
     * rendered), e.g. {@code .allowFrom("web")}; each call adds one app.
     */
    public Builder allowFrom(String app) {
      this.app.addAllowFrom(new Allow(app, SourceLocation.ofCaller()));
      return this;
    }

    /**
     * Lets this app connect to the ports of app {@code app} (both sides' policies are rendered), e.g.
     * {@code .allowTo("api")}; each call adds one app.
     */
    public Builder allowTo(String app) {
      this.app.addAllowTo(new Allow(app, SourceLocation.ofCaller()));
      return this;
    }

    /**
     * Lets this app send traffic outside the stack: to a CIDR range or an external host, e.g.
     * {@code .allowTo(Egress.host("api.stripe.com"))}.
     */
    public Builder allowTo(Egress egress) {
      app.addEgress(egress);
      return this;
    }

    /**
     * Lets every pod of namespace {@code namespace} connect to this app's ports, e.g.
     * {@code .allowFromNamespace("monitoring")}.
     */
    public Builder allowFromNamespace(String namespace) {
      app.addAllowFromNamespaces(new Allow(namespace, SourceLocation.ofCaller()));
      return this;
    }

    /**
     * Runs a second version beside this one, with the stack's mesh sharing requests between them,
     * e.g. {@code .rollout(Rollout.canary("ghcr.io/acme/api:1.5.0").weights(90, 10))}.
     */
    public Builder rollout(Rollout rollout) {
      app.rollout(rollout);
      return this;
    }

    /**
     * Lets the stack's mesh retry failed requests to this app, e.g.
     * {@code .retries(Retries.attempts(3))}.
     */
    public Builder retries(Retries retries) {
      app.retries(retries);
      return this;
    }

    /**
     * Lets the stack's mesh fail requests to this app after {@code duration}, e.g.
     * {@code .timeout("5s")}.
     */
    public Builder timeout(String duration) {
      app.requestTimeout(duration);
      return this;
    }

    /**
     * Lets the stack's mesh stop sending requests to failing pods, e.g.
     * {@code .circuitBreaker(CircuitBreaker.afterConsecutiveErrors(5))}.
     */
    public Builder circuitBreaker(CircuitBreaker circuitBreaker) {
      app.circuitBreaker(circuitBreaker);
      return this;
    }

    /** Names the app's role in the stack, e.g. {@code .component("database")}. */
    public Builder component(String component) {
      app.component(component);
      return this;
    }

    /**
     * Changes best-practice defaults for this app only, e.g.
     * {@code .practices(Practices.builder().readOnlyRootFilesystem(false))}.
     */
    public Builder practices(Practices.Builder practices) {
      app.practices(practices.build());
      return this;
    }

    /**
     * Switches off rule {@code ruleId} for this app; {@code reason} is mandatory, e.g.
     * {@code .suppress("PROBE-MISSING", "batch worker")}.
     */
    public Builder suppress(String ruleId, String reason) {
      app.addSuppressions(new Suppression(ruleId, reason, SourceLocation.ofCaller()));
      return this;
    }

    /** The app as declared so far. */
    public App build() {
      return app.build();
    }
  }
}
