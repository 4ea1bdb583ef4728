package dev.shipshape.generator.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Cni;
import dev.shipshape.dsl.Egress;
import dev.shipshape.dsl.Gateway;
import dev.shipshape.dsl.IngressController;
import dev.shipshape.dsl.LetsEncrypt;
import dev.shipshape.dsl.Probe;
import dev.shipshape.dsl.Routes;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.Tls;
import dev.shipshape.generator.diagnostics.Diagnostic;
import dev.shipshape.generator.diagnostics.Diagnostics;
import dev.shipshape.generator.diagnostics.Rule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A minimal stack breaking each networking rule (Ingress, TLS, traffic) and nothing else; a new
 * networking rule without a row here fails {@link #everyNetworkingRuleHasABreakingStack()}.
 */
class NetworkRulesTest {

  private static final String IMAGE = "ghcr.io/acme/web:1.4.2";
  private static final String ARN = "arn:aws:acm:eu-central-1:111122223333:certificate/abc";

  private static App.Builder app(String name) {
    return App.deployment(name).image(IMAGE).port(8080);
  }

  private static Stack.Builder stack(App.Builder... apps) {
    Stack.Builder stack = Stack.named("shop");
    for (App.Builder app : apps) {
      stack.app(app);
    }
    return stack;
  }

  private static Routes.Builder secured(String host) {
    return Routes.host(host).tls(Tls.secret("site-tls"));
  }

  /** Rule id → a stack that breaks it; {@link RuleCoverageTest} runs them with every other rule's. */
  static Map<String, Supplier<Stack>> breakingStacks() {
    Map<String, Supplier<Stack>> table = new LinkedHashMap<>();
    IngressController.Builder traefik = IngressController.traefik();
    table.put("NET-INGRESS-CONTROLLER", () -> stack(app("web").exposeViaIngress(secured("shop.example.com"))).build());
    table.put("NET-INGRESS-NGINX-RETIRED", () -> stack(app("web")).ingressController(IngressController.nginx()).build());
    table.put("NET-INGRESS-HOST", () -> stack(app("web").exposeViaIngress(secured("10.0.0.1")))
        .ingressController(traefik).build());
    table.put("NET-INGRESS-PATH", () -> stack(app("web").exposeViaIngress(Routes.host("shop.example.com", "api")
        .tls(Tls.secret("site-tls")))).ingressController(traefik).build());
    table.put("NET-INGRESS-DUPLICATE", () -> stack(app("web").exposeViaIngress(secured("shop.example.com")),
        app("next").exposeViaIngress(secured("shop.example.com"))).ingressController(traefik).build());
    table.put("NET-INGRESS-BACKEND-PORT", () -> stack(app("web").exposeViaIngress(secured("shop.example.com")
        .backendPort("htp"))).ingressController(traefik).build());
    table.put("NET-GATEWAY-MISSING", () -> stack(app("web").exposeViaGateway(Routes.host("shop.example.com"))).build());
    table.put("NET-GATEWAY-PATHS", () -> stack(app("web").exposeViaGateway(Routes.host("shop.example.com")
        .route("www.example.com", "/api"))).gateway(Gateway.named("public-gw", "infra")).build());
    table.put("NET-ALB-TARGET-TYPE", () -> stack(app("web").exposeViaIngress(Routes.host("shop.example.com")
        .tls(Tls.acm(ARN)))).ingressController(IngressController.alb().vpcCidr("10.0.0.0/16")
        .targetType(IngressController.AlbTargetType.INSTANCE)).build());
    table.put("NET-CONTROLLER-NAMESPACE", () -> Stack.named("traefik").app(app("web"))
        .ingressController(IngressController.traefik()).build());
    table.put("NET-ALB-VPC-CIDR", () -> stack(app("web")).ingressController(IngressController.alb()).build());
    table.put("NET-TLS-MISSING", () -> stack(app("web").exposeViaIngress(Routes.host("shop.example.com")))
        .ingressController(traefik).build());
    table.put("NET-TLS-ISSUER", () -> stack(app("web").exposeViaIngress(Routes.host("shop.example.com")
        .tls(Tls.certManager()))).ingressController(traefik).build());
    table.put("NET-TLS-CONTROLLER", () -> stack(app("web").exposeViaIngress(Routes.host("shop.example.com")
        .tls(Tls.acm(ARN)))).ingressController(traefik).build());
    table.put("NET-TLS-WILDCARD", () -> stack(app("web").exposeViaIngress(Routes.host("*.example.com")
        .tls(Tls.certManager()))).ingressController(traefik).tlsIssuer(LetsEncrypt.email("ops@example.com"))
        .build());
    table.put("NET-ALLOW-UNKNOWN", () -> stack(app("web"), app("api").allowFrom("webb")).build());
    table.put("NET-ALLOW-PORTS", () -> stack(app("web").allowTo("worker"), App.deployment("worker").image(IMAGE)
        .liveness(Probe.exec("/health")).readiness(Probe.exec("/health"))).build());
    table.put("NET-EGRESS-TARGET", () -> stack(app("web").allowTo(Egress.cidr("10.0.0.0"))).build());
    table.put("NET-EGRESS-FQDN", () -> stack(app("web").allowTo(Egress.host("api.stripe.com"))).build());
    table.put("NET-UNREACHABLE", () -> stack(app("web").service(Service.clusterIp().port(80))).build());
    table.put("NET-POLICY-NOT-ENFORCED", () -> stack(app("web")).cni(Cni.FLANNEL).build());
    return table;
  }

  private static final Map<String, Supplier<Stack>> BREAKING = breakingStacks();

  @Test
  void unknownAllowTargetSuggestsTheClosestApp() {
    Diagnostics diagnostics = new Validator().validate(BREAKING.get("NET-ALLOW-UNKNOWN").get());
    assertEquals("did you mean 'web'?", diagnostics.all().get(0).hint());
  }

  @Test
  void ingressHostsHaveTheFormatOfTheValuesSchema() {
    String label = "a".repeat(63);
    String longest = "*." + String.join(".", label, label, label, "a".repeat(59));   // 253 characters
    IngressController.Builder traefik = IngressController.traefik();
    for (String host : List.of("shop.example.com", "*.example.com", longest)) {
      assertEquals(List.of(), new Validator().validate(stack(app("web").exposeViaIngress(secured(host)))
          .ingressController(traefik).build()).all(), host);
    }
    for (String host : List.of("*", "*.", "a.*.example.com", "**.example.com", longest + "a", "Shop.example.com")) {
      List<Diagnostic> found = new Validator().validate(stack(app("web").exposeViaIngress(secured(host)))
          .ingressController(traefik).build()).all();
      assertEquals(List.of("NET-INGRESS-HOST"), found.stream().map(d -> d.rule().id()).toList(), host);
    }
  }

  @Test
  void flannelWarnsOncePerPolicyTheStackReliesOn() {
    Diagnostics diagnostics = new Validator().validate(stack(app("web"), app("api").allowFrom("web"))
        .cni(Cni.FLANNEL).build());
    assertEquals(List.of("shop/networkpolicy/default-deny", "shop/networkpolicy/allow-dns",
        "shop/networkpolicy/web", "shop/networkpolicy/api"),
        diagnostics.all().stream().map(Diagnostic::path).toList());
    assertTrue(new Validator().validate(stack(app("web")).cni(Cni.CALICO).build()).all().isEmpty());
  }

  @Test
  void internalIngressAndAReasonedOptOutNeedNoTls() {
    Stack stack = stack(app("admin").exposeViaIngress(Routes.host("admin.example.com").internal()),
        app("lab").exposeViaIngress(Routes.host("lab.example.com").tls(Tls.none("TLS ends at the proxy"))))
        .ingressController(IngressController.haproxy()).build();
    assertEquals(List.of(), new Validator().validate(stack).all());
    Stack blank = stack(app("lab").exposeViaIngress(Routes.host("lab.example.com").tls(Tls.none(" "))))
        .ingressController(IngressController.haproxy()).build();
    assertEquals(List.of("RULE-REASON"), new Validator().validate(blank).all().stream()
        .map(d -> d.rule().id()).toList());
  }

  @Test
  void exceptRangesMustLieInsideTheAllowedRange() {
    Stack stack = stack(app("web").allowTo(Egress.cidr("10.20.0.0/16").except("10.30.0.0/24", "10.20.99.0/24")))
        .build();
    List<Diagnostic> found = new Validator().validate(stack).all();
    assertEquals(1, found.size(), () -> new Diagnostics(found).report());
    assertTrue(found.get(0).message().contains("'10.30.0.0/24' is not inside '10.20.0.0/16'"));
  }
}
