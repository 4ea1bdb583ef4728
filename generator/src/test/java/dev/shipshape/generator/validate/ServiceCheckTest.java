package dev.shipshape.generator.validate;

import static dev.shipshape.generator.validate.Fixtures.app;
import static dev.shipshape.generator.validate.Fixtures.assertIds;
import static dev.shipshape.generator.validate.Fixtures.only;
import static dev.shipshape.generator.validate.Fixtures.stack;
import static dev.shipshape.generator.validate.Fixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shipshape.dsl.Cloud;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.SourceLocation;
import dev.shipshape.generator.diagnostics.Diagnostic;
import dev.shipshape.generator.diagnostics.Diagnostics;
import dev.shipshape.generator.diagnostics.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An app's Service: node ports, target ports and load balancers. */
class ServiceCheckTest {

  @Test
  void nodePortOutsideTheRange() {
    Diagnostic d = only(validate(stack(app("admin")
        .service(Service.nodePort().port(80).nodePort(80).because("lab")))), "NET-NODEPORT-RANGE");
    assertEquals(Severity.ERROR, d.severity());
    assertEquals("shop/admin/service", d.path());
    assertEquals("nodePort 80 is outside 30000-32767", d.message());
    assertEquals("omit nodePort to let Kubernetes pick one, or choose a port in 30000-32767", d.hint());
  }

  @Test
  void nodePortRangeBoundaries() {
    assertIds(validate(stack(app("a").service(Service.nodePort().port(80).nodePort(30000).because("lab")))));
    assertIds(validate(stack(app("a").service(Service.nodePort().port(80).nodePort(32767).because("lab")))));
    assertIds(validate(stack(app("a").service(Service.nodePort().port(80).nodePort(29999).because("lab")))),
        "NET-NODEPORT-RANGE");
    assertIds(validate(stack(app("a").service(Service.nodePort().port(80).nodePort(32768).because("lab")))),
        "NET-NODEPORT-RANGE");
  }

  @Test
  void nodePortWithoutReasonIsAWarningNotAnError() {
    Diagnostics diagnostics = validate(stack(app("admin").service(Service.nodePort().port(80))));
    Diagnostic d = only(diagnostics, "NET-NODEPORT-RISK");
    assertEquals(Severity.WARNING, d.severity());
    assertFalse(diagnostics.hasErrors());
    assertEquals(1, diagnostics.warningCount());
    assertTrue(d.hint().contains(".because("), d.hint());
  }

  @Test
  void nodePortWithAReasonHasNoFinding() {
    assertIds(validate(stack(app("admin")
        .service(Service.nodePort().port(80).nodePort(30007).because("on-prem lab without a load balancer")))));
  }

  @Test
  void nodePortWithABlankReasonNeedsAReason() {
    Diagnostic d = only(validate(stack(app("admin").service(Service.nodePort().port(80).because(" ")))),
        "RULE-REASON");
    assertEquals("shop/admin/service", d.path());
    assertEquals("the NodePort opt-in has an empty reason", d.message());
  }

  @Test
  void nodePortOnAClusterIpService() {
    Diagnostic d = only(validate(stack(app("web").service(Service.clusterIp().port(80).nodePort(30007)))),
        "NET-NODEPORT-TYPE");
    assertEquals("nodePort 30007 is set on a CLUSTER_IP Service, which opens no node ports", d.message());
  }

  @Test
  void fixedNodePortIsAllowedOnALoadBalancer() {
    assertIds(validate(stack(app("web").service(Service.loadBalancer(Cloud.GCP).port(443).nodePort(30443)))));
  }

  @Test
  void targetPortNameTheContainerDoesNotDeclare() {
    Diagnostic d = only(validate(stack(app("api").service(Service.clusterIp().port(80, "grpc")))),
        "NET-SERVICE-TARGET-PORT");
    assertEquals("shop/api/service", d.path());
    assertEquals("Service port 80 targets container port 'grpc', which the container does not declare "
        + "(it declares http=8080)", d.message());
    assertEquals("target one of the container's ports, or declare 'grpc' with .port(\"grpc\", <number>)",
        d.hint());
  }

  @Test
  void misspeltTargetPortGetsADidYouMean() {
    Diagnostic d = only(validate(stack(app("api").service(Service.clusterIp().port(80, "htp")))),
        "NET-SERVICE-TARGET-PORT");
    assertEquals("did you mean 'http'?", d.hint());
  }

  @Test
  void targetPortNumberTheContainerDoesNotDeclare() {
    Diagnostic d = only(validate(stack(app("api").service(Service.clusterIp().port(80, 9090)))),
        "NET-SERVICE-TARGET-PORT");
    assertTrue(d.message().startsWith("Service port 80 targets container port 9090"), d.message());
    assertEquals("target a declared container port by name, e.g. .port(80, \"http\")", d.hint());
    assertIds(validate(stack(app("api").service(Service.clusterIp().port(80, 8080)))));
  }

  @Test
  void servicePortsAreChecked() {
    assertEquals("Service port 70000 is outside 1-65535", only(validate(stack(app("api")
        .service(Service.clusterIp().port(70000)))), "NET-SERVICE-PORT-RANGE").message());
    assertEquals("Service port 80 is declared twice", only(validate(stack(app("api")
        .service(Service.clusterIp().port(80).port(80, "http")))), "NET-SERVICE-PORT-DUPLICATE").message());
  }

  @Test
  void internetFacingLoadBalancerWithoutSourceRangesIsAWarning() {
    Diagnostic d = only(validate(stack(app("shop")
        .service(Service.loadBalancer(Cloud.AWS).internetFacing().port(443)))), "NET-LB-OPEN");
    assertEquals(Severity.WARNING, d.severity());
    assertTrue(d.hint().contains(".sourceRanges("), d.hint());
    assertIds(validate(stack(app("shop")
        .service(Service.loadBalancer(Cloud.AWS).internetFacing().port(443).sourceRanges("203.0.113.0/24")))));
  }

  @Test
  void invalidSourceRange() {
    Diagnostic d = only(validate(stack(app("shop")
        .service(Service.loadBalancer(Cloud.AWS).port(443).sourceRanges("203.0.113.0/24", "203.0.113.7")))),
        "NET-LB-SOURCE-RANGE");
    assertEquals("source range '203.0.113.7' is not a CIDR block", d.message());
  }

  @Test
  void loadBalancerCloudComesFromTheServiceOrTheStack() {
    Diagnostic d = only(validate(stack(app("shop").service(Service.loadBalancer().port(443)))), "NET-LB-CLOUD");
    assertEquals(Severity.WARNING, d.severity());
    assertIds(validate(stack(app("shop").service(Service.loadBalancer().port(443))).cloud(Cloud.AZURE)));
    assertIds(validate(stack(app("shop").service(Service.loadBalancer(Cloud.GCP).port(443)))));
  }

  @Test
  void serviceOnAnAppWithoutPorts() {
    Diagnostic d = only(validate(stack(dev.shipshape.dsl.App.deployment("worker").image(Fixtures.IMAGE)
        .liveness(dev.shipshape.dsl.Probe.exec("true")).readiness(dev.shipshape.dsl.Probe.exec("true"))
        .expose())), "NET-SERVICE-NO-PORTS");
    assertEquals("app 'worker' has a Service but its container declares no ports", d.message());
  }

  @Test
  void findingsPointAtTheServiceDeclaration() {
    int line = new Throwable().getStackTrace()[0].getLineNumber() + 2;
    Diagnostics diagnostics = validate(stack(app("admin")
        .service(Service.nodePort().port(80).nodePort(80))));
    assertEquals(Optional.of(new SourceLocation("ServiceCheckTest.java", line)),
        only(diagnostics, "NET-NODEPORT-RANGE").source());
  }
}
