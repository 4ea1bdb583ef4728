package dev.shipshape.dsl;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A set of apps deployed together into one namespace: the unit Shipshape validates and renders.
 *
 * <pre>{@code
 * Stack shop = Stack.named("shop")
 *     .cloud(Cloud.AWS)
 *     .cni(Cni.CALICO)
 *     .ingressController(IngressController.traefik())
 *     .tlsIssuer(LetsEncrypt.email("ops@example.com"))
 *     .app(App.deployment("web").image("ghcr.io/acme/web:2.3.1").port(8080).replicas(2)
 *         .exposeViaIngress(Routes.host("shop.example.com").tls(Tls.certManager())))
 *     .externalName("payments", "api.payments.example.com")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class Stack {

  /** The stack's name: a DNS-1123 label, used for directories and the {@code part-of} label. */
  public abstract String name();

  /** The namespace the stack is deployed into; the stack's name when not set. */
  public abstract Optional<String> namespace();

  /** The cloud the stack runs on, for cloud-specific annotations. */
  public abstract Optional<Cloud> cloud();

  /** The Ingress controller that serves {@code exposeViaIngress}. */
  public abstract Optional<IngressController> ingressController();

  /** The Let's Encrypt issuers rendered for {@link Tls#certManager()}. */
  public abstract Optional<LetsEncrypt> tlsIssuer();

  /** The Gateway API Gateway that {@code exposeViaGateway} routes attach to. */
  public abstract Optional<Gateway> gateway();

  /** The cluster's network plugin, which decides whether NetworkPolicies are enforced. */
  public abstract Optional<Cni> cni();

  /** The stack's apps, in declaration order. */
  public abstract List<App> apps();

  /** Aliases for DNS names outside the cluster. */
  public abstract List<ExternalService> externalServices();

  /** Best-practice switches for every app of the stack. */
  public abstract Optional<Practices> practices();

  /** Rules switched off for the whole stack, with reasons. */
  public abstract List<Suppression> suppressions();

  /** Where the user declared this stack. */
  @Value.Auxiliary
  public abstract Optional<SourceLocation> source();

  /** The namespace the stack's objects go to. */
  public String namespaceName() {
    return namespace().orElse(name());
  }

  /** Starts a stack called {@code name}. */
  public static Builder named(String name) {
    return new Builder().name(name).source(SourceLocation.ofCaller());
  }

  /** Fluent builder of a {@link Stack}. */
  public static final class Builder extends ImmutableStack.Builder {

    Builder() {}

    /** Chooses the Ingress controller, e.g. {@code IngressController.traefik()}. */
    public Builder ingressController(IngressController.Builder controller) {
      return ingressController(controller.build());
    }

    /** Renders Let's Encrypt ClusterIssuers for {@link Tls#certManager()}. */
    public Builder tlsIssuer(LetsEncrypt.Builder issuer) {
      return tlsIssuer(issuer.build());
    }

    /** Names the Gateway that {@code exposeViaGateway} routes attach to. */
    public Builder gateway(Gateway.Builder gateway) {
      return gateway(gateway.build());
    }

    /** Adds an app. */
    public Builder app(App.Builder app) {
      return addApps(app.build());
    }

    /** Adds an app. */
    public Builder app(App app) {
      return addApps(app);
    }

    /** Adds an ExternalName Service {@code name} that points at the DNS name {@code host}. */
    public Builder externalName(String name, String host) {
      return addExternalServices(new ExternalService(name, host, SourceLocation.ofCaller()));
    }

    /** Changes best-practice defaults for every app of the stack. */
    public Builder practices(Practices.Builder practices) {
      return practices(practices.build());
    }

    /** Switches off rule {@code ruleId} for the whole stack; {@code reason} is mandatory. */
    public Builder suppress(String ruleId, String reason) {
      return addSuppressions(new Suppression(ruleId, reason, SourceLocation.ofCaller()));
    }
  }
}
