package dev.shipshape.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The App builder produces the model values its methods promise. */
class AppTest {

  @Test
  void deploymentWithDefaults() {
    App app = App.deployment("web").build();
    assertEquals("web", app.name());
    assertEquals(WorkloadKind.DEPLOYMENT, app.kind());
    assertEquals(Optional.empty(), app.image());
    assertEquals(1, app.replicas());
    assertEquals(List.of(), app.ports());
    assertEquals(List.of(), app.command());
    assertEquals(List.of(), app.args());
    assertEquals(List.of(), app.env());
    assertEquals(Optional.empty(), app.resources());
    assertEquals(Optional.empty(), app.liveness());
    assertEquals(Optional.empty(), app.readiness());
    assertEquals(Optional.empty(), app.startup());
    assertEquals(Optional.empty(), app.service());
    assertEquals(Optional.empty(), app.component());
    assertEquals(Optional.empty(), app.practices());
    assertEquals(List.of(), app.suppressions());
    assertEquals(Map.of(), app.labels());
    assertEquals(Map.of(), app.podAnnotations());
    assertTrue(app.source().isPresent());
  }

  @Test
  void portsInDeclarationOrder() {
    App app = App.deployment("web").port(8080).port("metrics", 9090).port(Port.udp("stats", 8125)).build();
    assertEquals(List.of(Port.tcp("http", 8080), Port.tcp("metrics", 9090),
        new Port("stats", 8125, Protocol.UDP)), app.ports());
  }

  @Test
  void imageReplicasCommandArgsAndComponent() {
    App app = App.deployment("web").image("ghcr.io/acme/web:2.3.1").replicas(3)
        .command("/app/web", "serve").args("--port", "8080").component("frontend").build();
    assertEquals(Optional.of("ghcr.io/acme/web:2.3.1"), app.image());
    assertEquals(3, app.replicas());
    assertEquals(List.of("/app/web", "serve"), app.command());
    assertEquals(List.of("--port", "8080"), app.args());
    assertEquals(Optional.of("frontend"), app.component());
  }

  @Test
  void environmentFromLiteralsSecretsAndConfigMaps() {
    App app = App.deployment("api")
        .env("LOG_LEVEL", "info")
        .env("DB_PASSWORD", SecretRef.of("db-credentials", "password"))
        .env("FEATURES", ConfigMapRef.of("web-config", "features"))
        .build();
    List<EnvVar> env = app.env();
    assertEquals(3, env.size());
    assertEquals("LOG_LEVEL", env.get(0).name());
    assertEquals(new EnvValue.Literal("info"), env.get(0).value());
    assertEquals(new SecretRef("db-credentials", "password"), env.get(1).value());
    assertEquals(new ConfigMapRef("web-config", "features"), env.get(2).value());
    env.forEach(variable -> assertTrue(variable.source().isPresent(), "captured call site"));
  }

  @Test
  void exposeMakesAClusterIpServiceOnEveryPort() {
    Service service = App.deployment("web").port(8080).expose().build().service().orElseThrow();
    assertEquals(ServiceType.CLUSTER_IP, service.type());
    assertEquals(List.of(), service.ports());
  }

  @Test
  void serviceAndPracticesTakeBuilders() {
    App app = App.deployment("web")
        .service(Service.nodePort().port(80).because("lab"))
        .practices(Practices.builder().podDisruptionBudget(false))
        .build();
    assertEquals(ServiceType.NODE_PORT, app.service().orElseThrow().type());
    assertEquals(Optional.of(false), app.practices().orElseThrow().podDisruptionBudget());
  }

  @Test
  void probesAndResources() {
    App app = App.deployment("web")
        .liveness(Probe.http("/healthz"))
        .readiness(Probe.tcp())
        .startup(Probe.exec("true"))
        .resources(Resources.requests("250m", "256Mi"))
        .build();
    assertEquals(Probe.http("/healthz"), app.liveness().orElseThrow());
    assertEquals(Probe.Type.TCP, app.readiness().orElseThrow().type());
    assertEquals(Probe.Type.EXEC, app.startup().orElseThrow().type());
    assertEquals(Resources.requests("250m", "256Mi"), app.resources().orElseThrow());
  }

  @Test
  void suppressionsKeepTheirReason() {
    Suppression suppression = App.deployment("web").suppress("PROBE-MISSING", "batch job")
        .build().suppressions().get(0);
    assertEquals("PROBE-MISSING", suppression.ruleId());
    assertEquals("batch job", suppression.reason());
  }

  @Test
  void labelsAndPodAnnotations() {
    App app = App.deployment("web").label("team", "payments").podAnnotation("prometheus.io/scrape", "true")
        .build();
    assertEquals(Map.of("team", "payments"), app.labels());
    assertEquals(Map.of("prometheus.io/scrape", "true"), app.podAnnotations());
  }

  @Test
  void theModelIsImmutable() {
    App app = App.deployment("web").port(8080).build();
    assertThrows(UnsupportedOperationException.class, () -> app.ports().add(Port.tcp("x", 1)));
    assertThrows(UnsupportedOperationException.class,
        () -> app.env().add(new EnvVar("A", new EnvValue.Literal("1"), Optional.empty())));
  }

  @Test
  void equalityIgnoresTheSourceLocation() {
    App first = App.deployment("web").image("nginx:1.27.3").build();
    App second = App.deployment("web").image("nginx:1.27.3").build();
    assertEquals(first, second);
    assertEquals(first.hashCode(), second.hashCode());
  }
}
