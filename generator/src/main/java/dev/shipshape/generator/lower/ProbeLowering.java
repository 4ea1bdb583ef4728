package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Port;
import dev.shipshape.dsl.Probe;
import dev.shipshape.dsl.Protocol;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The container's probes: the ones the user declared and — with the practice on — TCP probes on the
 * first TCP port for the ones missing: a patient startup probe, a liveness probe and a readiness probe.
 */
final class ProbeLowering {

  private static final Probe DERIVED_STARTUP = Probe.tcp().periodSeconds(5).failureThreshold(30);
  private static final Probe DERIVED_LIVENESS = Probe.tcp();
  private static final Probe DERIVED_READINESS = Probe.tcp().periodSeconds(5);

  private ProbeLowering() {}

  /**
   * Probe field name ({@code startupProbe}, …) to probe node, in conventional order. Each probe the
   * user declared is used as is; with derived probes on, each missing one is a TCP probe on the first
   * TCP port.
   */
  static Map<String, ObjectNode> lower(AppContext context) {
    App app = context.app();
    Optional<String> derivedPort = context.practices().derivedProbes()
        ? app.ports().stream().filter(p -> p.protocol() == Protocol.TCP).map(Port::name).findFirst()
        : Optional.empty();
    Map<String, ObjectNode> probes = new LinkedHashMap<>();
    put(probes, "startupProbe", app.startup(), DERIVED_STARTUP, derivedPort, app);
    put(probes, "livenessProbe", app.liveness(), DERIVED_LIVENESS, derivedPort, app);
    put(probes, "readinessProbe", app.readiness(), DERIVED_READINESS, derivedPort, app);
    return probes;
  }

  private static void put(Map<String, ObjectNode> probes, String field, Optional<Probe> declared,
      Probe derived, Optional<String> derivedPort, App app) {
    declared.or(() -> derivedPort.map(derived::onPort))
        .ifPresent(probe -> probes.put(field, node(probe, app)));
  }

  private static ObjectNode node(Probe probe, App app) {
    ObjectNode node = Nodes.object();
    switch (probe.type()) {
      case HTTP -> {
        ObjectNode get = node.putObject("httpGet");
        get.put("path", probe.path().orElseThrow());
        get.put("port", portName(probe, app));
      }
      case TCP -> node.putObject("tcpSocket").put("port", portName(probe, app));
      case EXEC -> node.putObject("exec").set("command", Nodes.strings(probe.command()));
    }
    if (probe.initialDelaySeconds() > 0) {
      node.put("initialDelaySeconds", probe.initialDelaySeconds());
    }
    node.put("periodSeconds", probe.periodSeconds());
    node.put("timeoutSeconds", probe.timeoutSeconds());
    node.put("failureThreshold", probe.failureThreshold());
    return node;
  }

  /** The probe's port, or the app's first TCP port (validation guarantees there is one). */
  private static String portName(Probe probe, App app) {
    return probe.port().orElseGet(() -> app.ports().stream()
        .filter(p -> p.protocol() == Protocol.TCP).findFirst().orElseThrow().name());
  }
}
