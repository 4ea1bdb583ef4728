package dev.shipshape.generator.network;

import dev.shipshape.dsl.IngressController;
import java.util.Optional;

/**
 * What Shipshape knows about each Ingress controller: its usual IngressClass name and namespace, and
 * the name people know it by. The stack's settings override the defaults.
 *
 * <pre>{@code
 * ControllerProfile.of(IngressController.traefik().build()).namespace(); // "traefik"
 * }</pre>
 *
 * @param kind the controller
 * @param displayName the name people know it by
 * @param className the IngressClass name in force
 * @param namespace the namespace its pods run in
 * @param vpcCidr ALB only: the range its traffic comes from
 */
public record ControllerProfile(IngressController.Kind kind, String displayName, String className,
    String namespace, Optional<String> vpcCidr) {

  /** The settings in force for {@code controller}. */
  public static ControllerProfile of(IngressController controller) {
    IngressController.Kind kind = controller.kind();
    return new ControllerProfile(kind, displayName(kind),
        controller.className().orElse(defaultClassName(kind)),
        controller.namespace().orElse(defaultNamespace(kind)), controller.vpcCidr());
  }

  /** Whether traffic arrives from an address range (ALB) rather than from the controller's pods. */
  public boolean fromAddressRange() {
    return kind == IngressController.Kind.ALB;
  }

  private static String displayName(IngressController.Kind kind) {
    return switch (kind) {
      case NGINX -> "ingress-nginx";
      case TRAEFIK -> "Traefik";
      case HAPROXY -> "HAProxy Ingress";
      case ALB -> "AWS ALB";
    };
  }

  private static String defaultClassName(IngressController.Kind kind) {
    return switch (kind) {
      case NGINX -> "nginx";
      case TRAEFIK -> "traefik";
      case HAPROXY -> "haproxy";
      case ALB -> "alb";
    };
  }

  private static String defaultNamespace(IngressController.Kind kind) {
    return switch (kind) {
      case NGINX -> "ingress-nginx";
      case TRAEFIK -> "traefik";
      case HAPROXY -> "haproxy-controller";
      case ALB -> "kube-system";
    };
  }
}
