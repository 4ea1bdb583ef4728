package dev.shipshape.dsl;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Gateway API Gateway that apps attach HTTPRoutes to with {@code exposeViaGateway}. The Gateway
 * itself (listeners, certificates) belongs to the platform team; Shipshape references it by name.
 *
 * <pre>{@code
 * Stack.named("shop").gateway(Gateway.named("public-gw", "infra"));
 * Stack.named("shop").gateway(Gateway.named("public-gw", "infra").controllerNamespace("envoy-gateway-system"));
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class Gateway {

  /** Implemented only by the code Immutables generates for the DSL; built through the factories. */
  Gateway() {}

  /** The Gateway's name. */
  public abstract String name();

  /** The Gateway's namespace. */
  public abstract String namespace();

  /** The listener (sectionName) serving HTTPS. */
  @Value.Default
  public String httpsListener() {
    return "https";
  }

  /** The listener (sectionName) serving plain HTTP, used for the HTTPS redirect route. */
  @Value.Default
  public String httpListener() {
    return "http";
  }

  /** Where the Gateway's proxy pods run, let in by NetworkPolicies; the Gateway's namespace when empty. */
  public abstract Optional<String> controllerNamespace();

  /** The Gateway {@code name} in {@code namespace}. */
  public static Builder named(String name, String namespace) {
    return new Builder(new ImmutableGateway.Builder().name(name).namespace(namespace));
  }

  /**
   * Fluent builder of a {@link Gateway}: hand-written verbs over the generated builder (see
   * {@link App.Builder} for the pattern).
   */
  public static final class Builder {

    private final ImmutableGateway.Builder gateway;

    Builder(ImmutableGateway.Builder gateway) {
      this.gateway = gateway;
    }

    /**
     * Attaches HTTPS routes to listener {@code sectionName} ({@code https} unless set), e.g.
     * {@code .httpsListener("websecure")}.
     */
    public Builder httpsListener(String sectionName) {
      gateway.httpsListener(sectionName);
      return this;
    }

    /**
     * Attaches the HTTPS redirect route to listener {@code sectionName} ({@code http} unless set),
     * e.g. {@code .httpListener("web")}.
     */
    public Builder httpListener(String sectionName) {
      gateway.httpListener(sectionName);
      return this;
    }

    /**
     * Lets in the Gateway's proxy pods from {@code namespace} (the Gateway's own unless set), e.g.
     * {@code .controllerNamespace("envoy-gateway-system")}.
     */
    public Builder controllerNamespace(String namespace) {
      gateway.controllerNamespace(namespace);
      return this;
    }

    /** The Gateway reference as declared. */
    public Gateway build() {
      return gateway.build();
    }
  }
}
