package dev.shipshape.generator.network;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Port;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.ServicePort;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An app's Service as rendered: the declared one, or a ClusterIP Service implied by an HTTP
 * exposure; its name; and its ports resolved to named container ports. Lowering, validation and the
 * NetworkPolicies all use this one resolution, so an Ingress backend, a Service and a policy never
 * disagree about a port.
 *
 * <pre>{@code
 * ServicePorts.serviceOf(app).map(service -> ServicePorts.resolve(app, service));
 * // [ResolvedPort[name=http, port=80, target=Port[name=http, number=8080, protocol=TCP]]]
 * }</pre>
 */
public final class ServicePorts {

  private static final Service IMPLIED = Service.implied();

  private ServicePorts() {}

  /**
   * One port of a rendered Service.
   *
   * @param name the Service port's name (the target's name; suffixed with the port when repeated)
   * @param port the port clients connect to
   * @param target the container port it forwards to
   */
  public record ResolvedPort(String name, int port, Port target) {}

  /** The app's declared Service, or a ClusterIP Service when only an HTTP exposure needs one. */
  public static Optional<Service> serviceOf(App app) {
    if (app.service().isPresent()) {
      return app.service();
    }
    return app.ingress().isPresent() || app.gatewayRoutes().isPresent()
        ? Optional.of(IMPLIED) : Optional.empty();
  }

  /** The name of {@code service} of {@code app}: its own, else the app's. */
  public static String nameOf(App app, Service service) {
    return service.name().orElse(app.name());
  }

  /**
   * The Service's ports with their container targets: the declared ones (a target given by a name
   * or number the container does not declare falls back to the first container port; validation
   * reports it), or one per container port. Empty when the container declares no ports.
   */
  public static List<ResolvedPort> resolve(App app, Service service) {
    if (app.ports().isEmpty()) {
      return List.of();
    }
    List<ServicePort> declared = service.ports().isEmpty()
        ? app.ports().stream().map(p -> new ServicePort(p.number(), Optional.of(p.name()),
            Optional.empty(), Optional.empty())).toList()
        : service.ports();
    List<ResolvedPort> resolved = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (ServicePort servicePort : declared) {
      Port target = target(app, servicePort);
      String name = names.add(target.name()) ? target.name() : target.name() + "-" + servicePort.port();
      names.add(name);
      resolved.add(new ResolvedPort(name, servicePort.port(), target));
    }
    return List.copyOf(resolved);
  }

  /**
   * The container ports other workloads may reach: those the Service forwards to, or every
   * container port when the app has no Service; in declaration order, without repeats.
   */
  public static List<Port> reachablePorts(App app) {
    return serviceOf(app)
        .map(service -> resolve(app, service).stream().map(ResolvedPort::target).distinct().toList())
        .orElse(app.ports());
  }

  private static Port target(App app, ServicePort servicePort) {
    return servicePort.targetName()
        .flatMap(name -> app.ports().stream().filter(p -> p.name().equals(name)).findFirst())
        .or(() -> servicePort.targetNumber()
            .flatMap(number -> app.ports().stream().filter(p -> p.number() == number).findFirst()))
        .orElse(app.ports().get(0));
  }
}
