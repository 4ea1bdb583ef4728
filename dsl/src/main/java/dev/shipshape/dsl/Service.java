package dev.shipshape.dsl;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How an app is reached through a Kubernetes Service: ClusterIP (the default), NodePort,
 * LoadBalancer or headless. Stack-level aliases for external DNS names are
 * {@link Stack.Builder#externalName(String, String) ExternalName} Services.
 *
 * <p>Without ports, the Service exposes every container port under its own number. {@code port(80)}
 * forwards port 80 to the app's first container port, by name.
 *
 * <pre>{@code
 * App.deployment("backend").image("ghcr.io/acme/backend:1.4.2").port(8080)
 *     .service(Service.clusterIp().port(80));                       // 80 -> http (8080)
 * App.deployment("admin").image("ghcr.io/acme/admin:3.0.1").port(8080)
 *     .service(Service.nodePort().port(80).nodePort(30007)
 *         .because("on-prem lab without a load balancer"));
 * App.deployment("shop").image("ghcr.io/acme/shop:2.3.1").port(8443)
 *     .service(Service.loadBalancer(Cloud.AWS).internetFacing().port(443)
 *         .sourceRanges("203.0.113.0/24"));
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class Service {

  /** Implemented only by the code Immutables generates for the DSL; built through the factories. */
  Service() {}

  /** The Service's name; the app's name when empty (e.g. {@code web-service} to keep an existing name). */
  public abstract Optional<String> name();

  /** How the Service is reachable. */
  public abstract ServiceType type();

  /** The Service's ports; empty means one port per container port. */
  public abstract List<ServicePort> ports();

  /** A fixed node port for the first Service port (NodePort and LoadBalancer only). */
  public abstract Optional<Integer> fixedNodePort();

  /** Why a NodePort is acceptable here; silences the production-risk warning. */
  public abstract Optional<String> nodePortReason();

  /** The cloud of a LoadBalancer; the stack's cloud when empty. */
  public abstract Optional<Cloud> cloud();

  /** Whether a LoadBalancer is reachable from the internet; internal by default. */
  @Value.Default
  public boolean internetFacing() {
    return false;
  }

  /** Client CIDRs allowed to reach a LoadBalancer. */
  public abstract List<String> sourceRanges();

  /** Whether external traffic keeps the client's source IP ({@code externalTrafficPolicy: Local}). */
  @Value.Default
  public boolean preserveClientIp() {
    return false;
  }

  /** Where the user declared this Service. */
  @Value.Auxiliary
  public abstract Optional<SourceLocation> source();

  /** An in-cluster Service with a virtual IP. */
  public static Builder clusterIp() {
    return new Builder(start(ServiceType.CLUSTER_IP));
  }

  /** A Service opened on every node's port 30000-32767. Prefer an Ingress in production. */
  public static Builder nodePort() {
    return new Builder(start(ServiceType.NODE_PORT));
  }

  /** A cloud load balancer for the stack's cloud. */
  public static Builder loadBalancer() {
    return new Builder(start(ServiceType.LOAD_BALANCER));
  }

  /** A cloud load balancer on {@code cloud}, with that cloud's annotations. */
  public static Builder loadBalancer(Cloud cloud) {
    return new Builder(start(ServiceType.LOAD_BALANCER).cloud(cloud));
  }

  /** A headless Service ({@code clusterIP: None}): DNS answers with the pods' addresses. */
  public static Builder headless() {
    return new Builder(start(ServiceType.HEADLESS));
  }

  /**
   * The Service an app gets when it needs one and declares none (e.g. exposed through an Ingress):
   * ClusterIP on every container port, declared nowhere, so no diagnostic points at a source line.
   */
  public static Service implied() {
    return new ImmutableService.Builder().type(ServiceType.CLUSTER_IP).build();
  }

  /**
   * A ClusterIP Service on this Service's ports and nothing else, declared nowhere: the shape of the
   * per-version Services of a rollout, e.g. {@code service.asClusterIp().ports()}.
   */
  public Service asClusterIp() {
    return new ImmutableService.Builder().type(ServiceType.CLUSTER_IP).addAllPorts(ports()).build();
  }

  private static ImmutableService.Builder start(ServiceType type) {
    return new ImmutableService.Builder().type(type).source(SourceLocation.ofCaller());
  }

  /**
   * Fluent builder of a {@link Service}: hand-written verbs over the generated builder (see
   * {@link App.Builder} for the pattern).
   */
  public static final class Builder {

    private final ImmutableService.Builder service;

    Builder(ImmutableService.Builder service) {
      this.service = service;
    }

    /**
     * Names the Service {@code name} instead of after the app, e.g. {@code .name("web-service")} to
     * keep an existing name.
     */
    public Builder name(String name) {
      service.name(name);
      return this;
    }

    /**
     * Adds Service port {@code port}, forwarding to the app's first container port, e.g.
     * {@code .port(80)}.
     */
    public Builder port(int port) {
      service.addPorts(new ServicePort(port, Optional.empty(), Optional.empty(), Optional.empty()));
      return this;
    }

    /**
     * Adds Service port {@code port}, forwarding to the container port named {@code target}, e.g.
     * {@code .port(80, "http")}.
     */
    public Builder port(int port, String target) {
      service.addPorts(new ServicePort(port, Optional.of(target), Optional.empty(), Optional.empty()));
      return this;
    }

    /**
     * Adds Service port {@code port}, forwarding to container port number {@code target}, e.g.
     * {@code .port(80, 8080)}.
     */
    public Builder port(int port, int target) {
      service.addPorts(new ServicePort(port, Optional.empty(), Optional.of(target), Optional.empty()));
      return this;
    }

    /**
     * Opens the first Service port on node port {@code port} (30000-32767) instead of a random one,
     * e.g. {@code .nodePort(30007)}.
     */
    public Builder nodePort(int port) {
      service.fixedNodePort(port);
      return this;
    }

    /**
     * Makes a LoadBalancer reachable from the internet (internal is the default), e.g.
     * {@code .internetFacing()}.
     */
    public Builder internetFacing() {
      service.internetFacing(true);
      return this;
    }

    /**
     * Allows only these client CIDRs to reach a LoadBalancer, e.g.
     * {@code .sourceRanges("203.0.113.0/24")}; each call adds.
     */
    public Builder sourceRanges(String... cidrs) {
      service.addSourceRanges(cidrs);
      return this;
    }

    /**
     * Keeps the client's source IP (external traffic goes only to nodes running the app), e.g.
     * {@code .preserveClientIp()}.
     */
    public Builder preserveClientIp() {
      service.preserveClientIp(true);
      return this;
    }

    /**
     * Records why a NodePort is acceptable here; silences the production-risk warning, e.g.
     * {@code .because("on-prem lab")}.
     */
    public Builder because(String reason) {
      service.nodePortReason(reason);
      return this;
    }

    /** The Service as declared. */
    public Service build() {
      return service.build();
    }
  }
}
