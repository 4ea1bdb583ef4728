package dev.shipshape.generator.validate;

import static dev.shipshape.generator.validate.Fixtures.app;
import static dev.shipshape.generator.validate.Fixtures.assertIds;
import static dev.shipshape.generator.validate.Fixtures.only;
import static dev.shipshape.generator.validate.Fixtures.stack;
import static dev.shipshape.generator.validate.Fixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Port;
import dev.shipshape.dsl.Practices;
import dev.shipshape.dsl.Probe;
import dev.shipshape.generator.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;

/** PROBE-PORT, PROBE-SHAPE and PROBE-MISSING. */
class ProbeCheckTest {

  @Test
  void probeOnAnUndeclaredPortGetsADidYouMean() {
    Diagnostic d = only(validate(stack(app("web").liveness(Probe.http("/healthz").onPort("htp")))),
        "PROBE-PORT");
    assertEquals("shop/web/liveness", d.path());
    assertEquals("the probe targets port 'htp', which the container does not declare", d.message());
    assertEquals("did you mean 'http'?", d.hint());
  }

  @Test
  void probeOnAFarOffPortListsTheDeclaredOnes() {
    Diagnostic d = only(validate(stack(app("web").port("metrics", 9090)
        .readiness(Probe.tcp().onPort("admin-console")))), "PROBE-PORT");
    assertEquals("use one of the declared port names [http, metrics]", d.hint());
  }

  @Test
  void tcpProbeWithoutPortOnAnAppWithOnlyUdpPorts() {
    Diagnostic d = only(validate(stack(App.deployment("dns").image(Fixtures.IMAGE)
        .port(Port.udp("dns", 5353)).liveness(Probe.tcp()).readiness(Probe.exec("true")))), "PROBE-PORT");
    assertEquals("the TCP probe needs a TCP port but the container declares none", d.message());
  }

  @Test
  void httpProbeWithoutAnyPort() {
    Diagnostic d = only(validate(stack(App.deployment("worker").image(Fixtures.IMAGE)
        .liveness(Probe.http("/healthz")).readiness(Probe.exec("true")))), "PROBE-PORT");
    assertEquals("the HTTP probe needs a TCP port but the container declares none", d.message());
  }

  @Test
  void relativePathEmptyCommandAndImpossibleTimings() {
    assertEquals("HTTP probe path 'healthz' does not start with '/'",
        only(validate(stack(app("web").liveness(Probe.http("healthz")))), "PROBE-SHAPE").message());
    assertEquals("the exec probe has no command",
        only(validate(stack(app("web").liveness(Probe.exec()))), "PROBE-SHAPE").message());
    assertEquals("probe timings period=0s, failures=3, timeout=1s, delay=0s are not allowed",
        only(validate(stack(app("web").startup(Probe.tcp().periodSeconds(0)))), "PROBE-SHAPE").message());
    assertIds(validate(stack(app("web").startup(Probe.tcp().initialDelaySeconds(-1)))), "PROBE-SHAPE");
    assertIds(validate(stack(app("web").startup(Probe.tcp().timeoutSeconds(0)))), "PROBE-SHAPE");
    assertIds(validate(stack(app("web").startup(Probe.tcp().failureThreshold(0)))), "PROBE-SHAPE");
  }

  @Test
  void appsWithoutATcpPortMustDeclareLivenessAndReadiness() {
    Diagnostic d = only(validate(stack(App.deployment("worker").image(Fixtures.IMAGE))), "PROBE-MISSING");
    assertEquals("shop/worker/probes", d.path());
    assertEquals("app 'worker' has no liveness or readiness probe, and none can be derived without a "
        + "TCP port", d.message());
    assertIds(validate(stack(App.deployment("dns").image(Fixtures.IMAGE).port(Port.udp("dns", 5353)))),
        "PROBE-MISSING");
    assertTrue(only(validate(stack(App.deployment("worker").image(Fixtures.IMAGE)
        .liveness(Probe.exec("true")))), "PROBE-MISSING").message().contains("no readiness probe"));
    assertIds(validate(stack(App.deployment("worker").image(Fixtures.IMAGE)
        .liveness(Probe.exec("true")).readiness(Probe.exec("true")))));
  }

  @Test
  void withDerivedProbesOffEvenTcpAppsMustDeclareThem() {
    assertIds(validate(stack(app("web").practices(Practices.builder().derivedProbes(false)))),
        "PROBE-MISSING");
    assertIds(validate(stack(app("web")).practices(Practices.builder().derivedProbes(false))),
        "PROBE-MISSING");
    assertIds(validate(stack(app("web").practices(Practices.builder().derivedProbes(true)))
        .practices(Practices.builder().derivedProbes(false))));
  }

  @Test
  void missingProbesCanBeSuppressedWithAReason() {
    assertIds(validate(stack(App.deployment("batch").image(Fixtures.IMAGE)
        .suppress("PROBE-MISSING", "one-shot job; restarts are handled by the queue"))));
  }
}
