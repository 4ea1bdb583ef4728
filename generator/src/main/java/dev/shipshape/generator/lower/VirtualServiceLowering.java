package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.MeshKind;
import dev.shipshape.dsl.Retries;
import dev.shipshape.dsl.RetryOn;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Istio's {@code VirtualService} for an app with a rollout, retries or a timeout. With retries, a
 * first route matches the retried methods and carries the retry policy; the default route takes the
 * rest (Istio's mesh-wide default then only retries failures before a request was sent). Both carry
 * the request timeout and the same destinations: the app's host, or its version subsets with the
 * rollout's weights.
 */
final class VirtualServiceLowering {

  private VirtualServiceLowering() {}

  static Optional<Manifest> lower(AppContext context) {
    App app = context.app();
    if (context.stack().mesh().filter(mesh -> mesh.kind() == MeshKind.ISTIO).isEmpty() || !MeshTarget.routed(app)) {
      return Optional.empty();
    }
    return MeshTarget.of(context.stack(), app).map(target -> {
      ObjectNode service = Nodes.resource("networking.istio.io/v1", "VirtualService", context.metadata(app.name()));
      ObjectNode spec = service.putObject("spec");
      spec.set("hosts", Nodes.strings(List.of(target.host())));
      ArrayNode http = spec.putArray("http");
      app.retries().ifPresent(retries -> route(http, "retried-methods", app, target, Optional.of(retries)));
      route(http, "default", app, target, Optional.empty());
      return new Manifest(context.owner(), service);
    });
  }

  private static void route(ArrayNode http, String name, App app, MeshTarget target, Optional<Retries> retries) {
    ObjectNode route = http.addObject().put("name", name);
    retries.ifPresent(policy -> {
      ArrayNode matches = route.putArray("match");
      policy.effectiveMethods().forEach(method -> matches.addObject().putObject("method").put("exact", method.name()));
    });
    app.requestTimeout().ifPresent(timeout -> route.put("timeout", timeout));
    retries.ifPresent(policy -> route.set("retries", retries(policy)));
    ArrayNode destinations = route.putArray("route");
    app.rollout().ifPresentOrElse(rollout -> {
      destination(destinations, target, rollout.primaryTrack(), rollout.primaryWeight());
      destination(destinations, target, rollout.secondaryTrack(), rollout.secondaryWeight());
    }, () -> destinations.addObject().putObject("destination").put("host", target.host()));
  }

  private static void destination(ArrayNode destinations, MeshTarget target, String subset, int weight) {
    ObjectNode entry = destinations.addObject();
    entry.putObject("destination").put("host", target.host()).put("subset", subset);
    entry.put("weight", weight);
  }

  private static ObjectNode retries(Retries retries) {
    ObjectNode node = Nodes.object().put("attempts", retries.attempts());
    retries.perTryTimeout().ifPresent(timeout -> node.put("perTryTimeout", timeout));
    node.put("retryOn", retries.effectiveConditions().stream().map(RetryOn::istio).distinct()
        .collect(Collectors.joining(",")));
    return node;
  }

}
