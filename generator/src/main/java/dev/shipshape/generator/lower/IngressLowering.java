package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.IngressController;
import dev.shipshape.dsl.PathType;
import dev.shipshape.dsl.Route;
import dev.shipshape.dsl.Routes;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.Tls;
import dev.shipshape.generator.network.ControllerProfile;
import dev.shipshape.generator.network.ServicePorts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An app's Ingress for the stack's controller: rules grouped by host, the backend Service port by
 * name, TLS from cert-manager (issuer annotation, a {@code tls} entry for the rule hosts, stored in
 * the stable Secret {@code <app>-tls}), an existing Secret or ACM, and the controller's annotations
 * for the HTTP to HTTPS redirect.
 */
final class IngressLowering {

  private static final String NGINX = "nginx.ingress.kubernetes.io/";
  private static final String TRAEFIK = "traefik.ingress.kubernetes.io/";
  private static final String HAPROXY = "haproxy.org/";
  private static final String ALB = "alb.ingress.kubernetes.io/";

  private IngressLowering() {}

  static Optional<Manifest> lower(AppContext context) {
    App app = context.app();
    return app.ingress().flatMap(routes -> context.stack().ingressController().map(controller ->
        new Manifest(context.owner(), node(context, routes, controller))));
  }

  /** The stable name of the Secret cert-manager stores an app's certificate in. */
  static String secretName(App app) {
    return app.name() + "-tls";
  }

  private static ObjectNode node(AppContext context, Routes routes, IngressController controller) {
    App app = context.app();
    ControllerProfile profile = ControllerProfile.of(controller);
    Optional<Tls> tls = routes.tls().filter(t -> !(t instanceof Tls.None));
    ObjectNode metadata = context.metadata(app.name());
    Map<String, String> annotations = annotations(context, routes, controller, tls);
    if (!annotations.isEmpty()) {
      metadata.set("annotations", Nodes.map(annotations));
    }
    ObjectNode ingress = Nodes.resource("networking.k8s.io/v1", "Ingress", metadata);
    ObjectNode spec = ingress.putObject("spec");
    spec.put("ingressClassName", profile.className());
    List<String> hosts = routes.routes().stream().map(Route::host).distinct().toList();
    tls.ifPresent(certificate -> {
      ObjectNode entry = spec.putArray("tls").addObject();
      entry.set("hosts", Nodes.strings(hosts));
      secret(app, certificate).ifPresent(secret -> entry.put("secretName", secret));
      context.marks().mark(spec, "tls", Parameters.ingressTls(app.name()));
    });
    ArrayNode rules = spec.putArray("rules");
    Parameter hostNames = Parameters.ingressHosts(app.name());
    Service service = ServicePorts.serviceOf(app).orElseThrow();
    String backendPort = backendPortName(app, service, routes);
    for (String host : hosts) {
      ObjectNode rule = rules.addObject().put("host", host);
      context.marks().markItem(rule, "host", hostNames, rules.size() - 1);
      ArrayNode paths = rule.putObject("http").putArray("paths");
      routes.routes().stream().filter(route -> route.host().equals(host)).forEach(route -> {
        ObjectNode path = paths.addObject();
        path.put("path", route.path());
        path.put("pathType", pathType(route.pathType()));
        path.putObject("backend").putObject("service")
            .put("name", ServicePorts.nameOf(app, service))
            .putObject("port").put("name", backendPort);
      });
    }
    return ingress;
  }

  /** The Service port name requests go to: the chosen one, else the Service's first. */
  static String backendPortName(App app, Service service, Routes routes) {
    List<ServicePorts.ResolvedPort> ports = ServicePorts.resolve(app, service);
    return routes.backendPort().filter(name -> ports.stream().anyMatch(p -> p.name().equals(name)))
        .orElse(ports.get(0).name());
  }

  private static Optional<String> secret(App app, Tls tls) {
    if (tls instanceof Tls.CertManager) {
      return Optional.of(secretName(app));
    }
    if (tls instanceof Tls.ExistingSecret existing) {
      return Optional.of(existing.name());
    }
    return Optional.empty(); // ACM: the ALB takes certificates from the annotation, hosts are informative
  }

  private static Map<String, String> annotations(AppContext context, Routes routes,
      IngressController controller, Optional<Tls> tls) {
    Map<String, String> annotations = new LinkedHashMap<>();
    tls.filter(Tls.CertManager.class::isInstance).map(Tls.CertManager.class::cast).ifPresent(certManager ->
        annotations.put("cert-manager.io/cluster-issuer", certManager.clusterIssuer()
            .orElseGet(() -> ClusterIssuerLowering.activeName(context.stack().tlsIssuer().orElseThrow()))));
    if (tls.isEmpty()) {
      annotations.putAll(LinterExemptions.forPlainHttp(routes.tls().filter(Tls.None.class::isInstance)
          .map(none -> ((Tls.None) none).reason())
          .orElse("internal Ingress, reachable only from inside the network")));
    }
    tls.filter(Tls.ExistingSecret.class::isInstance).ifPresent(secret ->
        annotations.putAll(LinterExemptions.forExternalTlsSecret(((Tls.ExistingSecret) secret).name())));
    boolean redirect = tls.isPresent() && routes.httpsRedirect();
    switch (controller.kind()) {
      case NGINX -> {
        if (tls.isPresent()) {
          annotations.put(NGINX + "ssl-redirect", Boolean.toString(redirect));
        }
        if (routes.routes().stream().anyMatch(r -> r.pathType() == PathType.IMPLEMENTATION_SPECIFIC)) {
          annotations.put(NGINX + "use-regex", "true"); // ingress-nginx reads these paths as regexes
        }
      }
      case TRAEFIK -> {
        // Only the websecure router is created when redirecting; the web entrypoint's redirect to
        // websecure is Traefik's static configuration (see README), as the oracle knows no Traefik CRD.
        annotations.put(TRAEFIK + "router.entrypoints",
            tls.isEmpty() ? "web" : redirect ? "websecure" : "web,websecure");
        if (tls.isPresent()) {
          annotations.put(TRAEFIK + "router.tls", "true");
        }
      }
      case HAPROXY -> {
        if (tls.isPresent()) {
          annotations.put(HAPROXY + "ssl-redirect", Boolean.toString(redirect));
          if (redirect) {
            annotations.put(HAPROXY + "ssl-redirect-code", "301");
          }
        }
      }
      case ALB -> annotations.putAll(albAnnotations(routes, controller, tls, redirect));
    }
    return annotations;
  }

  private static Map<String, String> albAnnotations(Routes routes, IngressController controller,
      Optional<Tls> tls, boolean redirect) {
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put(ALB + "scheme", routes.internal() ? "internal" : "internet-facing");
    annotations.put(ALB + "target-type", controller.targetType().name().toLowerCase(Locale.ROOT));
    ArrayNode listeners = Nodes.array();
    listeners.addObject().put("HTTP", 80);
    if (tls.isPresent()) {
      listeners.addObject().put("HTTPS", 443);
    }
    annotations.put(ALB + "listen-ports", listeners.toString());
    tls.filter(Tls.Acm.class::isInstance).map(Tls.Acm.class::cast).ifPresent(acm ->
        annotations.put(ALB + "certificate-arn", String.join(",", acm.certificateArns())));
    if (redirect) {
      annotations.put(ALB + "ssl-redirect", "443");
    }
    controller.groupName().ifPresent(group -> annotations.put(ALB + "group.name", group));
    return annotations;
  }

  private static String pathType(PathType type) {
    return switch (type) {
      case PREFIX -> "Prefix";
      case EXACT -> "Exact";
      case IMPLEMENTATION_SPECIFIC -> "ImplementationSpecific";
    };
  }
}
