package dev.shipshape.generator.lower;

import dev.shipshape.generator.network.ServicePorts;
import dev.shipshape.generator.practices.EffectivePractices;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Cloud;
import dev.shipshape.dsl.ExternalService;
import dev.shipshape.dsl.MeshKind;
import dev.shipshape.dsl.Rollout;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.ServiceType;
import dev.shipshape.dsl.Stack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Services: an app's ClusterIP, NodePort, LoadBalancer or headless Service with named target ports,
 * and the stack's ExternalName aliases.
 */
final class ServiceLowering {

  private ServiceLowering() {}

  static Optional<Manifest> lower(AppContext context) {
    return ServicePorts.serviceOf(context.app()).map(service -> new Manifest(context.owner(),
        node(context, service, ServicePorts.nameOf(context.app(), service))));
  }

  /**
   * The headless Service that governs a StatefulSet's pod DNS names ({@code <pod>.<service>}), when
   * the app's own Service is not already headless. Addresses are published before pods are ready,
   * so replicas can find each other while they start.
   */
  static Optional<Manifest> governing(AppContext context) {
    App app = context.app();
    boolean needsGoverningService = switch (app.kind()) {
      case STATEFUL_SET -> true;
      case DEPLOYMENT -> false;
    };
    if (!needsGoverningService || ownHeadlessService(app).isPresent()) {
      return Optional.empty();
    }
    ObjectNode node = node(context, Service.headless().build(), governingServiceName(app));
    ((ObjectNode) node.get("spec")).put("publishNotReadyAddresses", true);
    return Optional.of(new Manifest(context.owner(), node));
  }

  /**
   * For a rollout under Linkerd, one ClusterIP Service per version ({@code <service>-stable},
   * {@code <service>-canary}) selecting only that version's pods: the backends its HTTPRoutes weigh.
   * The app's own Service keeps selecting both versions.
   */
  static List<Manifest> perVersion(AppContext context) {
    App app = context.app();
    if (context.stack().mesh().filter(mesh -> mesh.kind() == MeshKind.LINKERD).isEmpty()
        || app.rollout().isEmpty() || ServicePorts.serviceOf(app).isEmpty()) {
      return List.of();
    }
    Service service = ServicePorts.serviceOf(app).get();
    Service perVersion = service.asClusterIp();
    Rollout rollout = app.rollout().get();
    List<Manifest> manifests = new ArrayList<>();
    for (String track : List.of(rollout.primaryTrack(), rollout.secondaryTrack())) {
      ObjectNode node = node(context, perVersion, MeshTarget.versionService(ServicePorts.nameOf(app, service), track));
      ((ObjectNode) node.get("spec")).set("selector", Nodes.map(context.trackSelector(track)));
      manifests.add(new Manifest(context.owner(), node));
    }
    return manifests;
  }

  /** The StatefulSet's {@code serviceName}: its own headless Service, else {@code <app>-headless}. */
  static String governingServiceName(App app) {
    return ownHeadlessService(app).map(service -> ServicePorts.nameOf(app, service))
        .orElse(app.name() + "-headless");
  }

  private static Optional<Service> ownHeadlessService(App app) {
    return app.service().filter(s -> s.type() == ServiceType.HEADLESS);
  }

  static Manifest lower(Stack stack, ExternalService alias) {
    ObjectNode service = Nodes.resource("v1", "Service", ObjectMetadata.of(alias.name(),
        stack.namespaceName(), Labels.ofStack(stack, EffectivePractices.of(stack).recommendedLabels())));
    ObjectNode spec = service.putObject("spec");
    spec.put("type", "ExternalName");
    spec.put("externalName", alias.externalName());
    return new Manifest(Optional.of(alias.name()), service);
  }

  private static ObjectNode node(AppContext context, Service service, String name) {
    ObjectNode metadata = context.metadata(name);
    Map<String, String> annotations = new LinkedHashMap<>();
    if (service.type() == ServiceType.LOAD_BALANCER) {
      annotations.putAll(loadBalancerAnnotations(service.cloud().or(() -> context.stack().cloud()),
          service.internetFacing(), !service.sourceRanges().isEmpty()));
    }
    if (service.type() == ServiceType.NODE_PORT) {
      service.nodePortReason().ifPresent(reason -> annotations.putAll(LinterExemptions.forNodePort(reason)));
    }
    annotations.putAll(FailureAccrual.annotations(context));
    if (!annotations.isEmpty()) {
      metadata.set("annotations", Nodes.map(annotations));
    }
    ObjectNode node = Nodes.resource("v1", "Service", metadata);
    ObjectNode spec = node.putObject("spec");
    spec.put("type", service.type() == ServiceType.HEADLESS ? "ClusterIP" : typeName(service.type()));
    if (service.type() == ServiceType.HEADLESS) {
      spec.put("clusterIP", "None");
    }
    spec.set("selector", Nodes.map(context.labels().selector()));
    spec.set("ports", ports(context.app(), service));
    if (service.type() == ServiceType.LOAD_BALANCER && !service.sourceRanges().isEmpty()) {
      spec.set("loadBalancerSourceRanges", Nodes.strings(service.sourceRanges()));
    }
    if (service.preserveClientIp() && service.type() != ServiceType.CLUSTER_IP
        && service.type() != ServiceType.HEADLESS) {
      spec.put("externalTrafficPolicy", "Local");
    }
    return node;
  }

  private static ArrayNode ports(App app, Service service) {
    ArrayNode ports = Nodes.array();
    List<ServicePorts.ResolvedPort> resolved = ServicePorts.resolve(app, service);
    for (int i = 0; i < resolved.size(); i++) {
      ServicePorts.ResolvedPort servicePort = resolved.get(i);
      ObjectNode port = ports.addObject();
      port.put("name", servicePort.name());
      port.put("port", servicePort.port());
      port.put("targetPort", servicePort.target().name());
      port.put("protocol", servicePort.target().protocol().name());
      if (i == 0) {
        service.fixedNodePort().ifPresent(nodePort -> port.put("nodePort", nodePort));
      }
    }
    return ports;
  }

  private static String typeName(ServiceType type) {
    return switch (type) {
      case CLUSTER_IP, HEADLESS -> "ClusterIP";
      case NODE_PORT -> "NodePort";
      case LOAD_BALANCER -> "LoadBalancer";
    };
  }

  /** The annotations that make each cloud's controller build the intended load balancer. */
  private static Map<String, String> loadBalancerAnnotations(Optional<Cloud> cloud, boolean internetFacing,
      boolean restrictsSources) {
    Map<String, String> annotations = new LinkedHashMap<>();
    cloud.ifPresent(c -> {
      switch (c) {
        case AWS -> {
          annotations.put("service.beta.kubernetes.io/aws-load-balancer-type", "external");
          annotations.put("service.beta.kubernetes.io/aws-load-balancer-nlb-target-type", "ip");
          annotations.put("service.beta.kubernetes.io/aws-load-balancer-scheme",
              internetFacing ? "internet-facing" : "internal");
          if (restrictsSources) {
            // The controller enforces source ranges only when IP targets see the client's address.
            annotations.put("service.beta.kubernetes.io/aws-load-balancer-target-group-attributes",
                "preserve_client_ip.enabled=true");
          }
        }
        case AZURE -> {
          if (!internetFacing) {
            annotations.put("service.beta.kubernetes.io/azure-load-balancer-internal", "true");
          }
        }
        case GCP -> {
          if (internetFacing) {
            annotations.put("cloud.google.com/l4-rbs", "enabled");
          } else {
            annotations.put("networking.gke.io/load-balancer-type", "Internal");
          }
        }
      }
    });
    return annotations;
  }
}
