package dev.shipshape.generator.lower;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.network.ServicePorts;
import java.util.Optional;

/**
 * The Service an app's mesh routes address: its name, its cluster DNS name (Istio's {@code host}),
 * and its first port (the one Linkerd's HTTPRoutes attach to and forward to).
 *
 * @param service the Service's name
 * @param host {@code <service>.<namespace>.svc.cluster.local}
 * @param port the first Service port
 */
record MeshTarget(String service, String host, int port) {

  /** The target of {@code app}, when it has a Service with ports. */
  static Optional<MeshTarget> of(Stack stack, App app) {
    Optional<Service> service = ServicePorts.serviceOf(app);
    return service.flatMap(s -> ServicePorts.resolve(app, s).stream().findFirst().map(port -> {
      String name = ServicePorts.nameOf(app, s);
      return new MeshTarget(name, name + "." + stack.namespaceName() + ".svc.cluster.local", port.port());
    }));
  }

  /** The Service of one version of a rollout, e.g. {@code api-canary}. */
  static String versionService(String service, String track) {
    return service + "-" + track;
  }

  /** Whether the app asks for anything its mesh routes carry. */
  static boolean routed(App app) {
    return app.rollout().isPresent() || app.retries().isPresent() || app.requestTimeout().isPresent();
  }

  /** The ServiceAccount whose identity the app's pods carry in the mesh. */
  static String serviceAccount(AppContext context) {
    return context.practices().dedicatedServiceAccount() ? context.app().name() : "default";
  }
}
