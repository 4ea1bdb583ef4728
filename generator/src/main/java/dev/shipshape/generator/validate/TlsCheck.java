package dev.shipshape.generator.validate;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.IngressController;
import dev.shipshape.dsl.LetsEncrypt;
import dev.shipshape.dsl.Route;
import dev.shipshape.dsl.Routes;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.Tls;
import dev.shipshape.generator.diagnostics.Rule;
import dev.shipshape.generator.syntax.Names;
import java.util.List;
import java.util.Optional;

/**
 * TLS of HTTP exposure: public Ingresses have it (or a written reason not to), cert-manager has an
 * issuer, the certificate source fits the controller, and wildcard hosts have a DNS-01 solver.
 */
final class TlsCheck implements Check {

  static final Rule MISSING = Rule.error("NET-TLS-MISSING", "a public Ingress without TLS");
  static final Rule ISSUER = Rule.error("NET-TLS-ISSUER", "cert-manager TLS without an issuer");
  static final Rule CONTROLLER = Rule.error("NET-TLS-CONTROLLER", "a certificate source the controller cannot use");
  static final Rule WILDCARD = Rule.error("NET-TLS-WILDCARD", "a wildcard host without a DNS-01 solver");

  @Override
  public List<Rule> rules() {
    return List.of(MISSING, ISSUER, CONTROLLER, WILDCARD);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    for (App app : stack.apps()) {
      app.ingress().ifPresent(routes -> checkIngress(stack, app, routes,
          Where.app(stack, app, "ingress/tls").at(routes.source()), findings));
      app.gatewayRoutes().flatMap(Routes::tls).ifPresent(tls ->
          findings.report(CONTROLLER, Where.app(stack, app, "gateway/tls"), "TLS is set on the HTTPRoute of '"
                  + app.name() + "', but a Gateway terminates TLS on its listener",
              "remove .tls(...) and configure the certificate on the Gateway's HTTPS listener"));
    }
  }

  private static void checkIngress(Stack stack, App app, Routes routes, Where where, Findings findings) {
    Optional<Tls> tls = routes.tls();
    if (tls.isEmpty()) {
      if (!routes.internal()) {
        findings.report(MISSING, where, "the public Ingress of '" + app.name() + "' has no TLS, so "
                + "traffic and credentials travel in plain text",
            "add .tls(Tls.certManager()) (with .tlsIssuer(LetsEncrypt.email(\"…\")) on the stack), "
                + ".tls(Tls.secret(\"…\")), or opt out with .tls(Tls.none(\"<why>\"))");
      }
      return;
    }
    Optional<IngressController.Kind> kind = stack.ingressController().map(IngressController::kind);
    boolean alb = kind.filter(k -> k == IngressController.Kind.ALB).isPresent();
    Tls certificate = tls.get();
    if (certificate instanceof Tls.None none && none.reason().isBlank()) {
      findings.report(SuppressionCheck.REASON, where, "TLS is switched off without a reason",
          "write down why plain HTTP is acceptable, e.g. Tls.none(\"TLS terminates at the corporate proxy\")");
    } else if (certificate instanceof Tls.Acm acm) {
      if (kind.isPresent() && !alb) {
        findings.report(CONTROLLER, where, "ACM certificates only work with the AWS Load Balancer "
                + "Controller, but the stack uses " + kind.get(),
            "use .tls(Tls.certManager()) or .tls(Tls.secret(\"…\")) with this controller");
      }
      if (acm.certificateArns().isEmpty() || acm.certificateArns().stream().anyMatch(a -> !a.startsWith("arn:"))) {
        findings.report(CONTROLLER, where, "ACM certificate ARNs " + acm.certificateArns() + " are not ARNs",
            "copy the ARN from ACM, e.g. 'arn:aws:acm:eu-central-1:111122223333:certificate/…'");
      }
    } else if (alb) {
      findings.report(CONTROLLER, where, "the ALB terminates TLS with ACM certificates; cert-manager "
              + "and Secret certificates are not used by it",
          "use .tls(Tls.acm(\"arn:aws:acm:…\"))");
    } else if (certificate instanceof Tls.ExistingSecret secret && !Names.isDns1123Subdomain(secret.name())) {
      findings.report(NameCheck.INVALID, where, "TLS Secret name '" + secret.name() + "' is not a valid name",
          "use lowercase letters, digits, '-' and '.', e.g. 'shop-tls'");
    } else if (certificate instanceof Tls.CertManager certManager && certManager.clusterIssuer().isEmpty()) {
      checkIssuer(stack, app, routes, where, findings);
    }
  }

  private static void checkIssuer(Stack stack, App app, Routes routes, Where where, Findings findings) {
    if (stack.tlsIssuer().isEmpty()) {
      findings.report(ISSUER, where, "the Ingress of '" + app.name() + "' asks cert-manager for a "
              + "certificate but the stack declares no issuer",
          "add .tlsIssuer(LetsEncrypt.email(\"ops@example.com\")) to the stack, or name an existing "
              + "ClusterIssuer with Tls.certManager(\"<issuer>\")");
      return;
    }
    LetsEncrypt issuer = stack.tlsIssuer().get();
    List<String> zones = issuer.dns01().map(dns01 -> dns01.zones()).orElse(List.of());
    for (Route route : routes.routes()) {
      if (route.host().startsWith("*.") && zones.stream().noneMatch(zone ->
          route.host().substring(2).equals(zone) || route.host().endsWith("." + zone))) {
        findings.report(WILDCARD, where.at(route.source()), "wildcard host '" + route.host()
                + "' needs a DNS-01 solver for its zone; HTTP-01 cannot issue wildcard certificates",
            "add .dns01(Dns01.route53(\"<region>\", \"" + route.host().substring(2) + "\")) to the "
                + "stack's LetsEncrypt issuer");
      }
    }
  }
}
