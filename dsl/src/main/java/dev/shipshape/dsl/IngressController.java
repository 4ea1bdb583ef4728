package dev.shipshape.dsl;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Ingress controller of a stack, chosen once: it decides the {@code ingressClassName}, the
 * controller-specific annotations, and the namespace (or, for ALB, the VPC range) that NetworkPolicies
 * let in to reach exposed apps.
 *
 * <pre>{@code
 * Stack.named("shop").ingressController(IngressController.traefik());
 * Stack.named("shop").ingressController(IngressController.haproxy().namespace("ingress"));
 * Stack.named("shop").ingressController(IngressController.alb().vpcCidr("10.0.0.0/16").groupName("shop"));
 * Stack.named("legacy").ingressController(IngressController.nginx());   // retired upstream: warned
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class IngressController {

  /** Implemented only by the code Immutables generates for the DSL; built through the factories. */
  IngressController() {}

  /** The controller implementations Shipshape knows. */
  public enum Kind {
    /** ingress-nginx: retired upstream (no fixes after March 2026); kept for existing clusters. */
    NGINX,
    /** Traefik v3. */
    TRAEFIK,
    /** HAProxy Kubernetes Ingress (haproxytech). */
    HAPROXY,
    /** AWS Load Balancer Controller: one ALB per Ingress or per group. */
    ALB
  }

  /** Where an ALB sends traffic. */
  public enum AlbTargetType {
    /** Straight to pod IPs (VPC CNI); works with ClusterIP Services. */
    IP,
    /** Through node ports; needs a NodePort or LoadBalancer Service. */
    INSTANCE
  }

  /** Which controller. */
  public abstract Kind kind();

  /** The IngressClass name; the controller's usual one when empty. */
  public abstract Optional<String> className();

  /** The namespace the controller's pods run in; the controller's usual one when empty. */
  public abstract Optional<String> namespace();

  /** ALB only: the VPC range the load balancer's traffic comes from, allowed by NetworkPolicies. */
  public abstract Optional<String> vpcCidr();

  /** ALB only: shares one load balancer between the Ingresses of this group. */
  public abstract Optional<String> groupName();

  /** ALB only: where traffic is sent. */
  @Value.Default
  public AlbTargetType targetType() {
    return AlbTargetType.IP;
  }

  /** ingress-nginx (class {@code nginx}, namespace {@code ingress-nginx}). Retired upstream. */
  public static Builder nginx() {
    return start(Kind.NGINX);
  }

  /** Traefik v3 (class {@code traefik}, namespace {@code traefik}). */
  public static Builder traefik() {
    return start(Kind.TRAEFIK);
  }

  /** HAProxy Kubernetes Ingress (class {@code haproxy}, namespace {@code haproxy-controller}). */
  public static Builder haproxy() {
    return start(Kind.HAPROXY);
  }

  /** AWS Load Balancer Controller (class {@code alb}); needs {@code vpcCidr} for NetworkPolicies. */
  public static Builder alb() {
    return start(Kind.ALB);
  }

  private static Builder start(Kind kind) {
    return new Builder(new ImmutableIngressController.Builder().kind(kind));
  }

  /**
   * Fluent builder of an {@link IngressController}: hand-written verbs over the generated builder (see
   * {@link App.Builder} for the pattern).
   */
  public static final class Builder {

    private final ImmutableIngressController.Builder controller;

    Builder(ImmutableIngressController.Builder controller) {
      this.controller = controller;
    }

    /**
     * Uses IngressClass {@code name} instead of the controller's usual one, e.g.
     * {@code .className("public")}.
     */
    public Builder className(String name) {
      controller.className(name);
      return this;
    }

    /**
     * The controller's pods run in {@code namespace} instead of the usual one, e.g.
     * {@code .namespace("ingress")}.
     */
    public Builder namespace(String namespace) {
      controller.namespace(namespace);
      return this;
    }

    /**
     * ALB only: the VPC range load balancer traffic comes from, allowed by NetworkPolicies, e.g.
     * {@code .vpcCidr("10.0.0.0/16")}.
     */
    public Builder vpcCidr(String cidr) {
      controller.vpcCidr(cidr);
      return this;
    }

    /**
     * ALB only: shares one load balancer between the Ingresses of group {@code name}, e.g.
     * {@code .groupName("shop")}.
     */
    public Builder groupName(String name) {
      controller.groupName(name);
      return this;
    }

    /**
     * ALB only: where traffic is sent ({@code IP} unless set), e.g.
     * {@code .targetType(AlbTargetType.INSTANCE)}.
     */
    public Builder targetType(AlbTargetType targetType) {
      controller.targetType(targetType);
      return this;
    }

    /** The controller as declared. */
    public IngressController build() {
      return controller.build();
    }
  }
}
