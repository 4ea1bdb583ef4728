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
    return new Builder().name(name).namespace(namespace);
  }

  /** Fluent builder of a {@link Gateway}. */
  public static final class Builder extends ImmutableGateway.Builder {
    Builder() {}
  }
}
