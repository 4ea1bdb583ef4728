package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.HttpMethod;
import dev.shipshape.dsl.MeshKind;
import dev.shipshape.dsl.Retries;
import dev.shipshape.dsl.RetryOn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Linkerd's routes for an app with a rollout, retries or a timeout: Gateway API HTTPRoutes whose
 * parent is the app's Service (GAMMA), so they apply to every meshed client of it.
 * {@code <app>-mesh} carries the timeout ({@code timeouts.request}) and the backends — the app's
 * Service, or for a rollout its per-version Services with the rollout's weights. With retries,
 * {@code <app>-mesh-retries} matches only the retried methods (a method match is more specific than
 * a path, so it wins) and carries Linkerd's {@code retry.linkerd.io/*} annotations.
 */
final class MeshRouteLowering {

  private static final String RETRY = "retry.linkerd.io/";

  private MeshRouteLowering() {}

  static List<Manifest> lower(AppContext context) {
    App app = context.app();
    List<Manifest> manifests = new ArrayList<>();
    if (context.stack().mesh().filter(mesh -> mesh.kind() == MeshKind.LINKERD).isEmpty() || !MeshTarget.routed(app)) {
      return manifests;
    }
    MeshTarget.of(context.stack(), app).ifPresent(target -> {
      if (app.rollout().isPresent() || app.requestTimeout().isPresent()) {
        manifests.add(new Manifest(context.owner(), route(context, target, app.name() + "-mesh", Optional.empty())));
      }
      app.retries().ifPresent(retries -> manifests.add(new Manifest(context.owner(),
          route(context, target, app.name() + "-mesh-retries", Optional.of(retries)))));
    });
    return manifests;
  }

  private static ObjectNode route(AppContext context, MeshTarget target, String name, Optional<Retries> retries) {
    App app = context.app();
    ObjectNode metadata = context.metadata(name);
    retries.ifPresent(policy -> metadata.set("annotations", Nodes.map(annotations(policy))));
    ObjectNode route = Nodes.resource("gateway.networking.k8s.io/v1", "HTTPRoute", metadata);
    ObjectNode spec = route.putObject("spec");
    spec.putArray("parentRefs").addObject().put("group", "core").put("kind", "Service")
        .put("name", target.service()).put("port", target.port());
    ObjectNode rule = spec.putArray("rules").addObject();
    ArrayNode matches = rule.putArray("matches");
    List<HttpMethod> methods = retries.map(Retries::effectiveMethods).orElse(List.of());
    if (methods.isEmpty()) {
      prefix(matches.addObject());
    } else {
      methods.forEach(method -> prefix(matches.addObject()).put("method", method.name()));
    }
    ArrayNode backends = rule.putArray("backendRefs");
    app.rollout().ifPresentOrElse(rollout -> {
      backends.addObject().put("name", MeshTarget.versionService(target.service(), rollout.primaryTrack()))
          .put("port", target.port()).put("weight", rollout.primaryWeight());
      backends.addObject().put("name", MeshTarget.versionService(target.service(), rollout.secondaryTrack()))
          .put("port", target.port()).put("weight", rollout.secondaryWeight());
    }, () -> backends.addObject().put("name", target.service()).put("port", target.port()));
    app.requestTimeout().ifPresent(timeout -> rule.putObject("timeouts").put("request", timeout));
    return route;
  }

  private static ObjectNode prefix(ObjectNode match) {
    match.putObject("path").put("type", "PathPrefix").put("value", "/");
    return match;
  }

  private static Map<String, String> annotations(Retries retries) {
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put(RETRY + "http", retries.effectiveConditions().stream().map(RetryOn::linkerd)
        .flatMap(Optional::stream).distinct().collect(Collectors.joining(",")));
    annotations.put(RETRY + "limit", String.valueOf(retries.attempts()));
    retries.perTryTimeout().ifPresent(timeout -> annotations.put(RETRY + "timeout", timeout));
    return annotations;
  }
}
