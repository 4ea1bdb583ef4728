package dev.shipshape.generator.validate;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.CircuitBreaker;
import dev.shipshape.dsl.HttpMethod;
import dev.shipshape.dsl.Mesh;
import dev.shipshape.dsl.MeshKind;
import dev.shipshape.dsl.MtlsMode;
import dev.shipshape.dsl.Retries;
import dev.shipshape.dsl.RetryOn;
import dev.shipshape.dsl.Rollout;
import dev.shipshape.dsl.ServiceType;
import dev.shipshape.dsl.SourceLocation;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Rule;
import dev.shipshape.generator.network.AppTraffic;
import dev.shipshape.generator.network.Peer;
import dev.shipshape.generator.network.ServicePorts;
import dev.shipshape.generator.network.TrafficModel;
import dev.shipshape.generator.network.TrafficRule;
import dev.shipshape.generator.practices.EffectivePractices;
import dev.shipshape.generator.syntax.ImageReference;
import dev.shipshape.generator.syntax.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Service-mesh settings: mesh features only with a mesh, settings the chosen mesh can express,
 * weights that add up to 100, well-formed durations and counts, safe retries, identities that mean
 * something, pods that Pod Security admits, and clients outside the mesh under strict mTLS.
 */
final class MeshCheck implements Check {

  static final Rule REQUIRED = Rule.error("MESH-REQUIRED", "a mesh feature is used without a mesh");
  static final Rule UNSUPPORTED = Rule.error("MESH-UNSUPPORTED", "the stack's mesh cannot express a setting");
  static final Rule WEIGHTS = Rule.error("MESH-WEIGHTS", "rollout weights do not add up to 100");
  static final Rule SETTING = Rule.error("MESH-SETTING", "a mesh duration, count or percentage is malformed");
  static final Rule TARGET = Rule.error("MESH-TARGET", "the app cannot carry mesh routing");
  static final Rule RETRY_TIMEOUT = Rule.warning("MESH-RETRY-NO-TIMEOUT", "retries without a request timeout");
  static final Rule NON_IDEMPOTENT = Rule.error("MESH-RETRY-NON-IDEMPOTENT",
      "non-idempotent methods are retried without an opt-in");
  static final Rule IDENTITY = Rule.error("MESH-IDENTITY", "identity-based authorization without per-app identities");
  static final Rule POD_SECURITY = Rule.error("MESH-POD-SECURITY",
      "sidecar injection without the mesh's CNI plugin under Pod Security");
  static final Rule PLAINTEXT = Rule.warning("MESH-PLAINTEXT-CLIENT",
      "a client outside the mesh is refused by strict mTLS");

  /** Durations the meshes and Gateway API all accept: 1-5 digits and one unit. */
  private static final Pattern DURATION = Pattern.compile("[1-9][0-9]{0,4}(ms|s|m|h)");

  @Override
  public List<Rule> rules() {
    return List.of(REQUIRED, UNSUPPORTED, WEIGHTS, SETTING, TARGET, RETRY_TIMEOUT, NON_IDEMPOTENT, IDENTITY,
        POD_SECURITY, PLAINTEXT);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    Optional<Mesh> mesh = stack.mesh();
    for (App app : stack.apps()) {
      if (mesh.isEmpty()) {
        features(app).forEach(feature -> findings.report(REQUIRED, where(stack, app, feature),
            "'" + app.name() + "' asks for " + feature.description() + " but stack '" + stack.name()
                + "' has no service mesh: plain Kubernetes Services neither retry, time out, break "
                + "circuits nor split traffic by weight",
            "enable a mesh for the stack: .mesh(Mesh.istio()) or .mesh(Mesh.linkerd())"));
      }
      app.rollout().ifPresent(rollout -> checkRollout(stack, app, rollout, findings));
      app.retries().ifPresent(retries -> checkRetries(stack, app, retries, mesh, findings));
      app.requestTimeout().ifPresent(timeout -> checkDuration(stack, app, "timeout", timeout,
          app.source(), findings));
      app.circuitBreaker().ifPresent(breaker -> checkBreaker(stack, app, breaker, mesh, findings));
      if (mesh.isPresent() && mesh.get().kind() == MeshKind.ISTIO_AMBIENT) {
        features(app).forEach(feature -> findings.report(UNSUPPORTED, where(stack, app, feature),
            "'" + app.name() + "' asks for " + feature.description() + ", an L7 feature that Istio ambient mode only "
                + "provides through a waypoint proxy, which Shipshape does not render",
            "use sidecars for this stack, .mesh(Mesh.istio()), or drop the setting"));
      }
    }
    mesh.ifPresent(m -> checkMesh(stack, m, findings));
  }

  /** A mesh feature an app asks for: its model aspect, how people call it, where it was declared. */
  private record Feature(String aspect, String description, Optional<SourceLocation> source) {}

  private static List<Feature> features(App app) {
    List<Feature> features = new ArrayList<>();
    app.rollout().ifPresent(r -> features.add(new Feature("rollout",
        r instanceof Rollout.Canary ? "a canary rollout" : "a blue/green rollout", r.source())));
    app.retries().ifPresent(r -> features.add(new Feature("retries", "retries", r.source())));
    app.requestTimeout().ifPresent(t -> features.add(new Feature("timeout", "a request timeout", app.source())));
    app.circuitBreaker().ifPresent(c -> features.add(new Feature("circuitBreaker", "circuit breaking", c.source())));
    return features;
  }

  private static Where where(Stack stack, App app, Feature feature) {
    return Where.app(stack, app, feature.aspect()).at(feature.source());
  }

  private static void checkRollout(Stack stack, App app, Rollout rollout, Findings findings) {
    Where where = Where.app(stack, app, "rollout").at(rollout.source());
    if (rollout instanceof Rollout.Canary canary) {
      int stable = canary.stableWeight();
      int weight = canary.canaryWeight();
      if (stable < 0 || weight < 0 || stable + weight != 100) {
        findings.report(WEIGHTS, where, "canary weights " + stable + " (stable) + " + weight
                + " (canary) = " + (stable + weight) + ", expected two shares from 0 to 100 adding up to 100",
            "say both shares so they add up to 100, e.g. .weights(" + Math.max(0, 100 - Math.max(0, weight))
                + ", " + Math.max(0, Math.min(100, weight)) + ")");
      }
    }
    Optional<ImageReference> image = ImageReference.parse(rollout.image());
    if (image.isEmpty() || !image.get().isPinned()) {
      findings.report(SETTING, where, "rollout image '" + rollout.image()
              + "' is not a valid image reference pinned by tag or digest",
          "name the second version's image with a version tag, e.g. 'ghcr.io/acme/" + app.name() + ":1.5.0'");
    } else if (app.image().filter(rollout.image()::equals).isPresent()) {
      findings.report(SETTING, where, "the rollout runs the app's own image '" + rollout.image()
              + "', so both versions are the same",
          "give the rollout the new version's image");
    }
    Optional<String> keepsData = switch (app.kind()) {
      case STATEFUL_SET -> Optional.of("a StatefulSet");
      case DEPLOYMENT -> app.persistence().isEmpty() ? Optional.empty() : Optional.of("persist(...)");
    };
    if (keepsData.isPresent()) {
      findings.report(TARGET, where, "'" + app.name() + "' keeps data (" + keepsData.get()
              + "); a second version beside it would share or fork that data",
          "roll stateful apps out in place (StatefulSet .updatePartition(n)) and keep rollouts for stateless Deployments");
    }
    checkRoutable(stack, app, "a rollout", where, findings);
  }

  private static void checkRoutable(Stack stack, App app, String feature, Where where, Findings findings) {
    boolean routable = ServicePorts.serviceOf(app).filter(s -> s.type() != ServiceType.HEADLESS)
        .filter(s -> !ServicePorts.resolve(app, s).isEmpty()).isPresent();
    if (!routable) {
      findings.report(TARGET, where, "'" + app.name() + "' asks for " + feature
              + " but has no Service with ports (headless Services are not routed by the mesh)",
          "give it a ClusterIP Service, e.g. .port(8080).expose()");
    }
  }

  private static void checkRetries(Stack stack, App app, Retries retries, Optional<Mesh> mesh, Findings findings) {
    Where where = Where.app(stack, app, "retries").at(retries.source());
    if (retries.attempts() < 1 || retries.attempts() > 10) {
      findings.report(SETTING, where, "retry attempts " + retries.attempts() + " is outside 1-10",
          "retry a few times, e.g. Retries.attempts(2); each attempt multiplies the load on a failing app");
    }
    retries.perTryTimeout().ifPresent(timeout -> checkDuration(stack, app, "retries/perTryTimeout", timeout,
        retries.source(), findings));
    if (app.requestTimeout().isEmpty()) {
      findings.report(RETRY_TIMEOUT, where, "'" + app.name() + "' retries failed requests but has no request "
              + "timeout, so a slow app keeps callers waiting for every attempt",
          "bound the whole request, retries included: .timeout(\"5s\")");
    }
    List<HttpMethod> unsafe = retries.effectiveMethods().stream().filter(m -> !m.idempotent()).toList();
    if (!unsafe.isEmpty() && retries.nonIdempotentReason().filter(r -> !r.isBlank()).isEmpty()) {
      findings.report(NON_IDEMPOTENT, where, "retries cover " + unsafe + ", which are not idempotent: a retried "
              + "request may be applied twice (an order placed, a card charged)",
          "retry only idempotent methods (leave .methods(...) out), or say why repeating is safe: "
              + ".includingNonIdempotent(\"POST carries an Idempotency-Key\")");
    }
    mesh.filter(m -> m.kind() == MeshKind.LINKERD).ifPresent(m -> {
      List<RetryOn> unsupported = retries.effectiveConditions().stream().filter(c -> c.linkerd().isEmpty()).toList();
      if (!unsupported.isEmpty()) {
        findings.report(UNSUPPORTED, where, "Linkerd retries on response status only, not on " + unsupported,
            "use RetryOn.SERVER_ERROR or RetryOn.GATEWAY_ERROR (Linkerd's proxies retry failed connects themselves)");
      }
    });
    checkRoutable(stack, app, "retries", where, findings);
  }

  private static void checkBreaker(Stack stack, App app, CircuitBreaker breaker, Optional<Mesh> mesh,
      Findings findings) {
    Where where = Where.app(stack, app, "circuitBreaker").at(breaker.source());
    if (breaker.consecutiveErrors() < 1) {
      findings.report(SETTING, where, "consecutive errors " + breaker.consecutiveErrors() + " must be at least 1",
          "eject after a few failures, e.g. CircuitBreaker.afterConsecutiveErrors(5)");
    }
    breaker.interval().ifPresent(d -> checkDuration(stack, app, "circuitBreaker/interval", d, breaker.source(), findings));
    breaker.ejectFor().ifPresent(d -> checkDuration(stack, app, "circuitBreaker/ejectFor", d, breaker.source(), findings));
    breaker.maxEjectionPercent().filter(p -> p < 1 || p > 100).ifPresent(p -> findings.report(SETTING, where,
        "maxEjectionPercent " + p + " is outside 1-100", "e.g. .maxEjectionPercent(50)"));
    List<Optional<Integer>> limits = List.of(breaker.maxConnections(), breaker.maxPendingRequests(), breaker.maxRequests());
    limits.stream().flatMap(Optional::stream).filter(limit -> limit < 1).forEach(limit -> findings.report(SETTING,
        where, "connection-pool limit " + limit + " must be at least 1", "e.g. .maxConnections(100)"));
    mesh.filter(m -> m.kind() == MeshKind.LINKERD).ifPresent(m -> {
      List<String> istioOnly = new ArrayList<>();
      breaker.interval().ifPresent(x -> istioOnly.add("interval"));
      breaker.maxEjectionPercent().ifPresent(x -> istioOnly.add("maxEjectionPercent"));
      breaker.maxConnections().ifPresent(x -> istioOnly.add("maxConnections"));
      breaker.maxPendingRequests().ifPresent(x -> istioOnly.add("maxPendingRequests"));
      breaker.maxRequests().ifPresent(x -> istioOnly.add("maxRequests"));
      if (!istioOnly.isEmpty()) {
        findings.report(UNSUPPORTED, where, "Linkerd's circuit breaking (consecutive-failure accrual) has no "
                + istioOnly,
            "keep CircuitBreaker.afterConsecutiveErrors(n).ejectFor(\"30s\") for Linkerd, or use .mesh(Mesh.istio())");
      }
    });
    checkRoutable(stack, app, "circuit breaking", where, findings);
  }

  private static void checkDuration(Stack stack, App app, String aspect, String duration,
      Optional<SourceLocation> source, Findings findings) {
    if (!DURATION.matcher(duration).matches()) {
      findings.report(SETTING, Where.app(stack, app, aspect).at(source), "duration '" + duration
              + "' is not a positive whole number of ms, s, m or h (at most 5 digits)",
          "write it like \"500ms\", \"5s\" or \"1m\"");
    }
  }

  /**
   * Whether a client of this kind must be meshed to get in: Istio with STRICT mTLS refuses plain text
   * from anyone; Linkerd authorizes namespaces by their mesh identities (address ranges are admitted
   * unauthenticated).
   */
  private static boolean refusesPlainText(Mesh mesh, Peer peer) {
    if (mesh.kind().istio()) {
      return mesh.mtls() == MtlsMode.STRICT && !(peer instanceof Peer.OfApp);
    }
    return peer instanceof Peer.OfNamespace;
  }

  private static void checkMesh(Stack stack, Mesh mesh, Findings findings) {
    Where where = Where.stack(stack, "mesh").at(mesh.source());
    mesh.controlPlaneNamespace().filter(ns -> !Names.isDns1123Label(ns)).ifPresent(ns -> findings.report(SETTING,
        where, "control-plane namespace '" + ns + "' is not a DNS-1123 label", "e.g. .controlPlaneNamespace(\"istio-system\")"));
    mesh.metricsNamespace().filter(ns -> !Names.isDns1123Label(ns)).ifPresent(ns -> findings.report(SETTING,
        where, "metrics namespace '" + ns + "' is not a DNS-1123 label", "e.g. .metricsScrapedFrom(\"monitoring\")"));
    mesh.tracingSamplingPercent().filter(p -> !(p >= 0 && p <= 100)).ifPresent(p -> findings.report(SETTING,
        where, "tracing sampling " + p + "% is outside 0-100", "e.g. .tracingSampling(10)"));
    if (mesh.kind() == MeshKind.LINKERD) {
      if (mesh.mtls() == MtlsMode.PERMISSIVE) {
        findings.report(UNSUPPORTED, where, "Linkerd has no permissive mTLS mode to switch: meshed pods always use "
                + "mTLS, and unmeshed clients are admitted or refused by authorization policy",
            "remove .mtls(MtlsMode.PERMISSIVE); unmeshed clients you declare (namespaces, address ranges) are authorized");
      }
      mesh.tracingSamplingPercent().ifPresent(p -> findings.report(UNSUPPORTED, where, "Linkerd's proxies do not "
              + "sample traces: they follow the sampling decision in the incoming trace headers (linkerd-jaeger)",
          "set the sampling rate in the tracing client or collector, and remove .tracingSampling(...)"));
    }
    if (mesh.kind() == MeshKind.ISTIO_AMBIENT && mesh.metricsNamespace().isPresent()) {
      findings.report(UNSUPPORTED, where, "Istio ambient pods have no proxy to scrape: ztunnel and waypoints "
              + "expose the metrics", "scrape ztunnel in " + mesh.effectiveControlPlaneNamespace()
              + " instead, and remove .metricsScrapedFrom(...)");
    }
    EffectivePractices practices = EffectivePractices.of(stack);
    if (mesh.kind().sidecars() && !mesh.cniPlugin() && practices.namespace() && practices.restrictedPodSecurity()) {
      findings.report(POD_SECURITY, where, mesh.kind().displayName() + " injects an init container that needs "
              + "NET_ADMIN and NET_RAW to redirect traffic; namespace '" + stack.namespaceName()
              + "' enforces Pod Security, which rejects such pods",
          "install the mesh's CNI plugin (" + (mesh.kind().istio() ? "istio-cni" : "linkerd-cni")
              + ") and declare it: .mesh(" + (mesh.kind().istio() ? "Mesh.istio()" : "Mesh.linkerd()") + ".cniPlugin())");
    }
    for (AppTraffic traffic : TrafficModel.of(stack).apps()) {
      App app = traffic.app();
      List<App> sources = traffic.ingress().stream().map(TrafficRule::peer)
          .flatMap(peer -> peer instanceof Peer.OfApp source ? Stream.of(source.app())
              : Stream.empty()).toList();
      List<String> shared = Stream.concat(Stream.of(app), sources.stream())
          .filter(a -> !EffectivePractices.of(stack, a).dedicatedServiceAccount()).map(App::name).distinct().toList();
      if (!sources.isEmpty() && !shared.isEmpty()) {
        findings.report(IDENTITY, Where.app(stack, app, "allowFrom"), "'" + app.name() + "' admits apps by "
                + "their identity, but " + shared + " run as ServiceAccount 'default', which every pod of the "
                + "namespace without its own account shares",
            "keep the dedicatedServiceAccount practice on for meshed stacks");
      }
      for (TrafficRule rule : traffic.ingress()) {
        if (!rule.plumbing() && refusesPlainText(mesh, rule.peer())) {
          findings.report(PLAINTEXT, Where.app(stack, app, "mtls"), mesh.kind().displayName() + " admits only "
                  + "meshed clients to '" + app.name() + "', so " + rule.peer().label()
                  + " reaches it only if those clients are in the mesh",
              "mesh those clients (label or annotate their namespace for injection, or use the mesh's ingress "
                  + "gateway) and suppress MESH-PLAINTEXT-CLIENT with that reason"
                  + (mesh.kind().istio() ? ", or use .mtls(MtlsMode.PERMISSIVE)" : ""));
        }
      }
    }
  }
}
