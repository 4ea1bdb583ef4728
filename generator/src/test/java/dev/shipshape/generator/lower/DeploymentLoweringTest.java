package dev.shipshape.generator.lower;

import static dev.shipshape.generator.lower.Trees.app;
import static dev.shipshape.generator.lower.Trees.container;
import static dev.shipshape.generator.lower.Trees.deployment;
import static dev.shipshape.generator.lower.Trees.fieldNames;
import static dev.shipshape.generator.lower.Trees.get;
import static dev.shipshape.generator.lower.Trees.has;
import static dev.shipshape.generator.lower.Trees.kinds;
import static dev.shipshape.generator.lower.Trees.lower;
import static dev.shipshape.generator.lower.Trees.podSpec;
import static dev.shipshape.generator.lower.Trees.stack;
import static dev.shipshape.generator.lower.Trees.strings;
import static dev.shipshape.generator.lower.Trees.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipshape.dsl.ConfigMapRef;
import dev.shipshape.dsl.Port;
import dev.shipshape.dsl.Probe;
import dev.shipshape.dsl.Resources;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Service;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Deployment, its pod template and container, and the objects that come with an app. */
class DeploymentLoweringTest {

  private static final Map<String, String> SELECTOR =
      Map.of("app.kubernetes.io/name", "web", "app.kubernetes.io/instance", "web");

  @Test
  void recommendedLabelsOnEveryObjectAndAStableSelector() {
    List<Manifest> manifests = lower(stack(app("web").component("frontend").replicas(2).expose()));
    Map<String, String> expected = Map.of(
        "app.kubernetes.io/name", "web",
        "app.kubernetes.io/instance", "web",
        "app.kubernetes.io/version", "1.4.2",
        "app.kubernetes.io/component", "frontend",
        "app.kubernetes.io/part-of", "shop",
        "app.kubernetes.io/managed-by", "shipshape");
    for (String kind : List.of("ServiceAccount", "Deployment", "Service", "PodDisruptionBudget")) {
      JsonNode metadata = get(manifests, kind, "web").path("metadata");
      assertEquals(expected, strings(metadata.path("labels")), kind);
      assertEquals("shop", metadata.path("namespace").asText(), kind);
    }
    JsonNode deployment = get(manifests, "Deployment", "web");
    assertEquals(expected, strings(deployment.path("spec").path("template").path("metadata").path("labels")));
    assertEquals(SELECTOR, strings(deployment.path("spec").path("selector").path("matchLabels")));
    assertEquals(SELECTOR, strings(get(manifests, "Service", "web").path("spec").path("selector")));
    assertEquals(SELECTOR,
        strings(get(manifests, "PodDisruptionBudget", "web").path("spec").path("selector").path("matchLabels")));
  }

  @Test
  void versionLabelOnlyFromATag() {
    JsonNode labels = deployment(stack(app("web").image("ghcr.io/acme/web@sha256:" + "ab".repeat(32))), "web")
        .path("metadata").path("labels");
    assertFalse(labels.has("app.kubernetes.io/version"));
    assertFalse(labels.has("app.kubernetes.io/component"));
  }

  @Test
  void namespaceOverrideIsUsedForAppObjects() {
    JsonNode deployment = deployment(stack(app("web")).namespace("shop-prod"), "web");
    assertEquals("shop-prod", deployment.path("metadata").path("namespace").asText());
    assertEquals("shop", deployment.path("metadata").path("labels").path("app.kubernetes.io/part-of").asText());
  }

  @Test
  void deploymentRollsOutWithoutLosingCapacity() {
    JsonNode spec = deployment(stack(app("web").replicas(3)), "web").path("spec");
    assertEquals(3, spec.path("replicas").asInt());
    assertEquals(5, spec.path("revisionHistoryLimit").asInt());
    assertEquals("RollingUpdate", spec.path("strategy").path("type").asText());
    assertEquals(0, spec.path("strategy").path("rollingUpdate").path("maxUnavailable").asInt());
    assertEquals("25%", spec.path("strategy").path("rollingUpdate").path("maxSurge").asText());
  }

  @Test
  void restrictedPodSecurityFields() {
    JsonNode deployment = deployment(stack(app("web")), "web");
    JsonNode pod = podSpec(deployment).path("securityContext");
    assertTrue(pod.path("runAsNonRoot").asBoolean());
    assertEquals(10001, pod.path("runAsUser").asInt());
    assertEquals(10001, pod.path("runAsGroup").asInt());
    assertEquals(10001, pod.path("fsGroup").asInt());
    assertEquals("RuntimeDefault", pod.path("seccompProfile").path("type").asText());

    JsonNode container = container(deployment).path("securityContext");
    assertTrue(container.path("allowPrivilegeEscalation").isBoolean());
    assertFalse(container.path("allowPrivilegeEscalation").asBoolean());
    assertTrue(container.path("runAsNonRoot").asBoolean());
    assertEquals(List.of("ALL"), texts(container.path("capabilities").path("drop")));
    assertFalse(container.path("capabilities").has("add"));
  }

  @Test
  void readOnlyRootFilesystemWithAWritableTmp() {
    JsonNode deployment = deployment(stack(app("web")), "web");
    JsonNode container = container(deployment);
    assertTrue(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean());
    JsonNode mounts = container.path("volumeMounts");
    assertEquals(1, mounts.size());
    assertEquals("/tmp", mounts.get(0).path("mountPath").asText());
    String volume = mounts.get(0).path("name").asText();
    JsonNode volumes = podSpec(deployment).path("volumes");
    assertEquals(1, volumes.size());
    assertEquals(volume, volumes.get(0).path("name").asText());
    assertTrue(volumes.get(0).path("emptyDir").isObject(), "an emptyDir volume");
  }

  @Test
  void defaultResourcesWhenNoneAreGiven() {
    JsonNode resources = container(deployment(stack(app("web")), "web")).path("resources");
    assertEquals(Map.of("cpu", "100m", "memory", "128Mi"), strings(resources.path("requests")));
    assertEquals(Map.of("memory", "128Mi"), strings(resources.path("limits")), "no CPU limit by default");
  }

  @Test
  void declaredResourcesAreUsedAsGiven() {
    JsonNode resources = container(deployment(stack(app("web")
        .resources(Resources.requests("250m", "256Mi").cpuLimit("1"))), "web")).path("resources");
    assertEquals(Map.of("cpu", "250m", "memory", "256Mi"), strings(resources.path("requests")));
    assertEquals(Map.of("cpu", "1", "memory", "256Mi"), strings(resources.path("limits")));
  }

  @Test
  void derivedTcpProbesOnTheFirstPort() {
    JsonNode container = container(deployment(stack(app("web").port("metrics", 9090)), "web"));
    assertEquals(List.of("startupProbe", "livenessProbe", "readinessProbe"),
        fieldNames(container).stream().filter(f -> f.endsWith("Probe")).toList());
    for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
      assertEquals("http", container.path(probe).path("tcpSocket").path("port").asText(), probe);
      assertEquals(1, container.path(probe).path("timeoutSeconds").asInt(), probe);
    }
    assertEquals(5, container.path("startupProbe").path("periodSeconds").asInt());
    assertEquals(30, container.path("startupProbe").path("failureThreshold").asInt());
    assertEquals(10, container.path("livenessProbe").path("periodSeconds").asInt());
    assertEquals(3, container.path("livenessProbe").path("failureThreshold").asInt());
    assertEquals(5, container.path("readinessProbe").path("periodSeconds").asInt());
  }

  @Test
  void derivedProbesSkipUdpPorts() {
    JsonNode container = container(deployment(stack(dev.shipshape.dsl.App.deployment("dns")
        .image(Trees.IMAGE).port(Port.udp("dns", 5353)).port("metrics", 9153)), "dns"));
    assertEquals("metrics", container.path("livenessProbe").path("tcpSocket").path("port").asText());
  }

  @Test
  void declaredProbesAreKeptAndOnlyTheMissingOnesDerived() {
    JsonNode container = container(deployment(stack(app("web").port("admin", 9000)
        .readiness(Probe.http("/ready"))
        .liveness(Probe.http("/healthz").onPort("admin").periodSeconds(20).initialDelaySeconds(5))), "web"));
    JsonNode readiness = container.path("readinessProbe");
    assertEquals("/ready", readiness.path("httpGet").path("path").asText());
    assertEquals("http", readiness.path("httpGet").path("port").asText());
    assertFalse(readiness.has("tcpSocket"));
    JsonNode liveness = container.path("livenessProbe");
    assertEquals("/healthz", liveness.path("httpGet").path("path").asText());
    assertEquals("admin", liveness.path("httpGet").path("port").asText());
    assertEquals(20, liveness.path("periodSeconds").asInt());
    assertEquals(5, liveness.path("initialDelaySeconds").asInt());
    assertEquals("http", container.path("startupProbe").path("tcpSocket").path("port").asText());
  }

  @Test
  void execProbes() {
    JsonNode container = container(deployment(stack(dev.shipshape.dsl.App.deployment("worker")
        .image(Trees.IMAGE)
        .liveness(Probe.exec("/app/healthcheck"))
        .readiness(Probe.exec("/app/healthcheck", "--ready"))), "worker"));
    assertEquals(List.of("/app/healthcheck", "--ready"),
        texts(container.path("readinessProbe").path("exec").path("command")));
    assertFalse(container.has("startupProbe"), "nothing to derive a startup probe from");
    assertFalse(container.has("ports"));
  }

  @Test
  void containerPortsEnvCommandAndArgs() {
    JsonNode container = container(deployment(stack(app("web")
        .port(Port.udp("stats", 8125))
        .command("/app/web").args("--port", "8080")
        .env("LOG_LEVEL", "info")
        .env("DB_PASSWORD", SecretRef.of("db-credentials", "password"))
        .env("FEATURES", ConfigMapRef.of("web-config", "features"))), "web"));
    assertEquals("web", container.path("name").asText());
    assertEquals(Trees.IMAGE, container.path("image").asText());
    assertEquals("IfNotPresent", container.path("imagePullPolicy").asText());
    assertEquals(List.of("/app/web"), texts(container.path("command")));
    assertEquals(List.of("--port", "8080"), texts(container.path("args")));
    JsonNode ports = container.path("ports");
    assertEquals(Map.of("name", "http", "containerPort", "8080", "protocol", "TCP"), strings(ports.get(0)));
    assertEquals(Map.of("name", "stats", "containerPort", "8125", "protocol", "UDP"), strings(ports.get(1)));
    JsonNode env = container.path("env");
    assertEquals(Map.of("name", "LOG_LEVEL", "value", "info"), strings(env.get(0)));
    assertEquals(Map.of("name", "db-credentials", "key", "password"),
        strings(env.get(1).path("valueFrom").path("secretKeyRef")));
    assertFalse(env.get(1).has("value"));
    assertEquals(Map.of("name", "web-config", "key", "features"),
        strings(env.get(2).path("valueFrom").path("configMapKeyRef")));
  }

  @Test
  void dedicatedServiceAccountWithoutToken() {
    List<Manifest> manifests = lower(stack(app("web")));
    JsonNode account = get(manifests, "ServiceAccount", "web");
    assertEquals("v1", account.path("apiVersion").asText());
    assertTrue(account.path("automountServiceAccountToken").isBoolean());
    assertFalse(account.path("automountServiceAccountToken").asBoolean());
    JsonNode pod = podSpec(get(manifests, "Deployment", "web"));
    assertEquals("web", pod.path("serviceAccountName").asText());
    assertFalse(pod.path("automountServiceAccountToken").asBoolean(true));
  }

  @Test
  void singleReplicaGetsNoBudgetAffinityOrSpread() {
    List<Manifest> manifests = lower(stack(app("web").replicas(1)));
    assertFalse(has(manifests, "PodDisruptionBudget", "web"), () -> kinds(manifests).toString());
    JsonNode pod = podSpec(get(manifests, "Deployment", "web"));
    assertFalse(pod.has("affinity"));
    assertFalse(pod.has("topologySpreadConstraints"));
  }

  @Test
  void twoReplicasGetBudgetAffinityAndSpread() {
    List<Manifest> manifests = lower(stack(app("web").replicas(2)));
    JsonNode budget = get(manifests, "PodDisruptionBudget", "web");
    assertEquals("policy/v1", budget.path("apiVersion").asText());
    assertEquals(1, budget.path("spec").path("maxUnavailable").asInt());
    assertFalse(budget.path("spec").has("minAvailable"));
    assertEquals("AlwaysAllow", budget.path("spec").path("unhealthyPodEvictionPolicy").asText());

    JsonNode pod = podSpec(get(manifests, "Deployment", "web"));
    JsonNode terms = pod.path("affinity").path("podAntiAffinity").path("preferredDuringSchedulingIgnoredDuringExecution");
    assertEquals(1, terms.size());
    assertEquals(100, terms.get(0).path("weight").asInt());
    JsonNode term = terms.get(0).path("podAffinityTerm");
    assertEquals("kubernetes.io/hostname", term.path("topologyKey").asText());
    assertEquals(SELECTOR, strings(term.path("labelSelector").path("matchLabels")));

    JsonNode spread = pod.path("topologySpreadConstraints");
    assertEquals(1, spread.size());
    assertEquals(1, spread.get(0).path("maxSkew").asInt());
    assertEquals("topology.kubernetes.io/zone", spread.get(0).path("topologyKey").asText());
    assertEquals("ScheduleAnyway", spread.get(0).path("whenUnsatisfiable").asText());
    assertEquals(SELECTOR, strings(spread.get(0).path("labelSelector").path("matchLabels")));
  }

  @Test
  void objectsComeInDependencyOrder() {
    List<Manifest> manifests = lower(stack(app("web").replicas(2).expose(), app("api"))
        .externalName("payments", "api.payments.example.com"));
    assertEquals(List.of("Namespace/shop", "NetworkPolicy/default-deny", "NetworkPolicy/allow-dns",
        "ServiceAccount/web", "Deployment/web", "Service/web", "PodDisruptionBudget/web", "NetworkPolicy/web",
        "ServiceAccount/api", "Deployment/api", "NetworkPolicy/api", "Service/payments"),
        kinds(manifests));
    assertEquals(Optional.empty(), manifests.get(0).owner());
    assertEquals(Optional.empty(), manifests.get(1).owner());
    assertEquals(Optional.of("web"), manifests.get(3).owner());
    assertEquals(Optional.of("payments"), manifests.get(11).owner());
  }

  @Test
  void suppressedProbeRuleIsCarriedToKubeLinter() {
    JsonNode deployment = deployment(stack(dev.shipshape.dsl.App.deployment("batch").image(Trees.IMAGE)
        .suppress("PROBE-MISSING", "one-shot worker")), "batch");
    assertEquals(Map.of(
            "ignore-check.kube-linter.io/no-liveness-probe", "one-shot worker",
            "ignore-check.kube-linter.io/no-readiness-probe", "one-shot worker"),
        strings(deployment.path("metadata").path("annotations")));
    assertFalse(deployment(stack(app("web")), "web").path("metadata").has("annotations"));
  }

  @Test
  void userLabelsAndPodAnnotations() {
    List<Manifest> manifests = lower(stack(app("web").label("team", "payments")
        .podAnnotation("prometheus.io/scrape", "true").expose()).label("cost-center", "retail"));
    for (String kind : List.of("ServiceAccount", "Deployment", "Service")) {
      JsonNode labels = get(manifests, kind, "web").path("metadata").path("labels");
      assertEquals("payments", labels.path("team").asText(), kind);
      assertEquals("retail", labels.path("cost-center").asText(), kind);
    }
    JsonNode deployment = get(manifests, "Deployment", "web");
    assertEquals(SELECTOR, strings(deployment.path("spec").path("selector").path("matchLabels")),
        "user labels stay out of the selector");
    assertEquals(Map.of("prometheus.io/scrape", "true"),
        strings(deployment.path("spec").path("template").path("metadata").path("annotations")));
    assertEquals("retail", get(manifests, "Namespace", "shop").path("metadata").path("labels")
        .path("cost-center").asText());
  }

  @Test
  void serviceIsOmittedWithoutExposure() {
    List<Manifest> manifests = lower(stack(app("web")));
    assertFalse(has(manifests, "Service", "web"));
  }

  @Test
  void clusterIpServiceTargetsTheNamedPort() {
    JsonNode port = get(lower(stack(app("web").service(Service.clusterIp().port(80)))), "Service", "web")
        .path("spec").path("ports").get(0);
    assertEquals("http", port.path("targetPort").asText());
  }
}
