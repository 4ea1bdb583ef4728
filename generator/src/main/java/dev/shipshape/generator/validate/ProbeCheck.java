package dev.shipshape.generator.validate;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Port;
import dev.shipshape.dsl.Probe;
import dev.shipshape.dsl.Protocol;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Rule;
import dev.shipshape.generator.practices.EffectivePractices;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Probes target declared ports, HTTP paths are absolute, commands are not empty, timings sane. */
final class ProbeCheck implements Check {

  static final Rule PORT = Rule.error("PROBE-PORT", "a probe targets a port the container does not declare");
  static final Rule SHAPE = Rule.error("PROBE-SHAPE", "a probe is incomplete or has impossible timings");
  static final Rule MISSING = Rule.error("PROBE-MISSING", "an app has no liveness or readiness probe");

  @Override
  public List<Rule> rules() {
    return List.of(PORT, SHAPE, MISSING);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    for (App app : stack.apps()) {
      Map<String, Optional<Probe>> probes =
          Map.of("liveness", app.liveness(), "readiness", app.readiness(), "startup", app.startup());
      for (String kind : List.of("startup", "liveness", "readiness")) {
        probes.get(kind).ifPresent(probe -> check(app, probe, Where.app(stack, app, kind), findings));
      }
      checkPresence(stack, app, findings);
    }
  }

  /** Without a TCP port to derive them from, liveness and readiness must be declared. */
  private static void checkPresence(Stack stack, App app, Findings findings) {
    boolean derivable = app.ports().stream().anyMatch(p -> p.protocol() == Protocol.TCP)
        && EffectivePractices.of(stack, app).derivedProbes();
    if (derivable) {
      return;
    }
    List<String> missing = new ArrayList<>();
    if (app.liveness().isEmpty()) {
      missing.add("liveness");
    }
    if (app.readiness().isEmpty()) {
      missing.add("readiness");
    }
    if (!missing.isEmpty()) {
      findings.report(MISSING, Where.app(stack, app, "probes"), "app '" + app.name() + "' has no "
              + String.join(" or ", missing) + " probe, and none can be derived without a TCP port",
          "declare them, e.g. .liveness(Probe.exec(\"/app/healthcheck\"))"
              + ".readiness(Probe.exec(\"/app/healthcheck\", \"--ready\"))");
    }
  }

  private static void check(App app, Probe probe, Where where, Findings findings) {
    Set<String> ports = app.ports().stream().map(Port::name).collect(Collectors.toSet());
    if (probe.type() != Probe.Type.EXEC) {
      boolean hasTcpPort = app.ports().stream().anyMatch(p -> p.protocol() == Protocol.TCP);
      if (probe.port().isEmpty() && !hasTcpPort) {
        findings.report(PORT, where, "the " + probe.type()
                + " probe needs a TCP port but the container declares none",
            "declare the TCP port with .port(8080), or probe with Probe.exec(...)");
      }
      probe.port().filter(name -> !ports.contains(name)).ifPresent(name ->
          findings.report(PORT, where, "the probe targets port '" + name
                  + "', which the container does not declare",
              DidYouMean.closest(name, ports).map(n -> "did you mean '" + n + "'?")
                  .orElse("use one of the declared port names " + ports.stream().sorted().toList())));
    }
    if (probe.type() == Probe.Type.HTTP && !probe.path().orElse("").startsWith("/")) {
      findings.report(SHAPE, where, "HTTP probe path '" + probe.path().orElse("")
          + "' does not start with '/'", "write an absolute path, e.g. '/healthz'");
    }
    if (probe.type() == Probe.Type.EXEC && probe.command().isEmpty()) {
      findings.report(SHAPE, where, "the exec probe has no command",
          "give the command to run, e.g. Probe.exec(\"pg_isready\", \"-U\", \"postgres\")");
    }
    if (probe.periodSeconds() < 1 || probe.failureThreshold() < 1 || probe.timeoutSeconds() < 1
        || probe.initialDelaySeconds() < 0) {
      findings.report(SHAPE, where, "probe timings period=" + probe.periodSeconds() + "s, failures="
              + probe.failureThreshold() + ", timeout=" + probe.timeoutSeconds() + "s, delay="
              + probe.initialDelaySeconds() + "s are not allowed",
          "period, failure threshold and timeout must be at least 1; the initial delay at least 0");
    }
  }
}
