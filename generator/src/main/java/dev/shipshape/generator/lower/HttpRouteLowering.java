package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Gateway;
import dev.shipshape.dsl.PathType;
import dev.shipshape.dsl.Route;
import dev.shipshape.dsl.Routes;
import dev.shipshape.dsl.Service;
import dev.shipshape.generator.network.ServicePorts;
import java.util.ArrayList;
import java.util.List;

/**
 * Gateway API HTTPRoutes for an app exposed through the stack's Gateway: one attached to the HTTPS
 * listener with the hosts, path matches and the Service as backend, and — unless switched off — one
 * attached to the HTTP listener that redirects the same hosts to HTTPS.
 */
final class HttpRouteLowering {

  private HttpRouteLowering() {}

  static List<Manifest> lower(AppContext context) {
    App app = context.app();
    List<Manifest> manifests = new ArrayList<>();
    app.gatewayRoutes().ifPresent(routes -> context.stack().gateway().ifPresent(gateway -> {
      manifests.add(new Manifest(context.owner(), backendRoute(context, routes, gateway)));
      if (routes.httpsRedirect()) {
        manifests.add(new Manifest(context.owner(), redirectRoute(context, routes, gateway)));
      }
    }));
    return manifests;
  }

  private static ObjectNode backendRoute(AppContext context, Routes routes, Gateway gateway) {
    App app = context.app();
    ObjectNode route = start(context, app.name(), routes, gateway, gateway.httpsListener());
    Service service = ServicePorts.serviceOf(app).orElseThrow();
    String portName = IngressLowering.backendPortName(app, service, routes);
    int port = ServicePorts.resolve(app, service).stream().filter(p -> p.name().equals(portName))
        .findFirst().orElseThrow().port();
    ObjectNode rule = ((ObjectNode) route.get("spec")).putArray("rules").addObject();
    ArrayNode matches = rule.putArray("matches");
    routes.routes().stream().map(r -> List.of(r.path(), matchType(r.pathType()))).distinct()
        .forEach(match -> matches.addObject().putObject("path")
            .put("type", match.get(1)).put("value", match.get(0)));
    rule.putArray("backendRefs").addObject().put("name", ServicePorts.nameOf(app, service)).put("port", port);
    return route;
  }

  private static ObjectNode redirectRoute(AppContext context, Routes routes, Gateway gateway) {
    ObjectNode route = start(context, context.app().name() + "-https-redirect", routes, gateway,
        gateway.httpListener());
    ObjectNode filter = ((ObjectNode) route.get("spec")).putArray("rules").addObject()
        .putArray("filters").addObject();
    filter.put("type", "RequestRedirect");
    filter.putObject("requestRedirect").put("scheme", "https").put("statusCode", 301);
    return route;
  }

  private static ObjectNode start(AppContext context, String name, Routes routes, Gateway gateway,
      String listener) {
    ObjectNode route = Nodes.resource("gateway.networking.k8s.io/v1", "HTTPRoute", context.metadata(name));
    ObjectNode spec = route.putObject("spec");
    spec.putArray("parentRefs").addObject().put("name", gateway.name())
        .put("namespace", gateway.namespace()).put("sectionName", listener);
    spec.set("hostnames", Nodes.strings(routes.routes().stream().map(Route::host).distinct().toList()));
    return route;
  }

  private static String matchType(PathType type) {
    return switch (type) {
      case PREFIX -> "PathPrefix";
      case EXACT -> "Exact";
      case IMPLEMENTATION_SPECIFIC -> "RegularExpression";
    };
  }
}
