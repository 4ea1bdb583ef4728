package dev.shipshape.dsl;

import java.util.List;
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
 *     .service(Service.clusterIp().port(80));
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

  /** Restarts the container when it fails. */
  public abstract Optional<Probe> liveness();

  /** Gates traffic until the container is ready. */
  public abstract Optional<Probe> readiness();

  /** Protects slow starts; the other probes begin after it succeeds. */
  public abstract Optional<Probe> startup();

  /** How other workloads reach this app, if at all. */
  public abstract Optional<Service> service();

  /** The app's role in the stack, e.g. {@code api} or {@code database}. */
  public abstract Optional<String> component();

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

    /** Exposes the app in the cluster through a ClusterIP Service on its container ports. */
    public Builder expose() {
      return service(Service.clusterIp().build());
    }

    /** Exposes the app through the given Service. */
    public Builder service(Service.Builder service) {
      return service(service.build());
    }

    /** Changes best-practice defaults for this app only. */
    public Builder practices(Practices.Builder practices) {
      return practices(practices.build());
    }

    /** Switches off rule {@code ruleId} for this app; {@code reason} is mandatory. */
    public Builder suppress(String ruleId, String reason) {
      return addSuppressions(new Suppression(ruleId, reason, SourceLocation.ofCaller()));
    }
  }
}
