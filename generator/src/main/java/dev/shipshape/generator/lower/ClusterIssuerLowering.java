package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.Dns01;
import dev.shipshape.dsl.Gateway;
import dev.shipshape.dsl.LetsEncrypt;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.network.ControllerProfile;
import dev.shipshape.generator.practices.EffectivePractices;
import java.util.List;
import java.util.Optional;

/**
 * The Let's Encrypt ClusterIssuers (staging and production), cluster-scoped platform objects: an
 * HTTP-01 solver bound to the stack's ingress class (or to its Gateway), and a DNS-01 solver for the
 * zones the user names.
 */
final class ClusterIssuerLowering {

  static final String STAGING = "letsencrypt-staging";
  static final String PRODUCTION = "letsencrypt-production";

  private ClusterIssuerLowering() {}

  static List<Manifest> lower(Stack stack) {
    return stack.tlsIssuer().map(issuer -> List.of(
        issuer(stack, issuer, STAGING, LetsEncrypt.STAGING_SERVER),
        issuer(stack, issuer, PRODUCTION, LetsEncrypt.PRODUCTION_SERVER))).orElse(List.of());
  }

  /** The name of the issuer Ingresses use: staging while testing, else production. */
  static String activeName(LetsEncrypt issuer) {
    return issuer.useStaging() ? STAGING : PRODUCTION;
  }

  private static Manifest issuer(Stack stack, LetsEncrypt issuer, String name, String server) {
    ObjectNode metadata = ObjectMetadata.of(name, null,
        Labels.ofStack(stack, EffectivePractices.of(stack).recommendedLabels()));
    ObjectNode node = Nodes.resource("cert-manager.io/v1", "ClusterIssuer", metadata);
    ObjectNode acme = node.putObject("spec").putObject("acme");
    acme.put("email", issuer.contactEmail());
    acme.put("server", server);
    acme.putObject("privateKeySecretRef").put("name", name + "-account");
    ArrayNode solvers = acme.putArray("solvers");
    solvers.add(http01(stack));
    issuer.dns01().ifPresent(dns01 -> solvers.add(dns01(dns01)));
    return new Manifest(Optional.empty(), node);
  }

  private static ObjectNode http01(Stack stack) {
    ObjectNode solver = Nodes.object();
    ObjectNode http01 = solver.putObject("http01");
    if (stack.ingressController().isPresent()) {
      http01.putObject("ingress").put("ingressClassName",
          ControllerProfile.of(stack.ingressController().get()).className());
    } else if (stack.gateway().isPresent()) {
      Gateway gateway = stack.gateway().get();
      http01.putObject("gatewayHTTPRoute").putArray("parentRefs").addObject()
          .put("name", gateway.name()).put("namespace", gateway.namespace())
          .put("kind", "Gateway").put("sectionName", gateway.httpListener());
    } else {
      http01.putObject("ingress");
    }
    return solver;
  }

  private static ObjectNode dns01(Dns01 dns01) {
    ObjectNode solver = Nodes.object();
    solver.putObject("selector").set("dnsZones", Nodes.strings(dns01.zones()));
    ObjectNode provider = solver.putObject("dns01");
    if (dns01 instanceof Dns01.Route53 route53) {
      provider.putObject("route53").put("region", route53.region());
    } else if (dns01 instanceof Dns01.Cloudflare cloudflare) {
      provider.putObject("cloudflare").putObject("apiTokenSecretRef")
          .put("name", cloudflare.apiToken().name()).put("key", cloudflare.apiToken().key());
    }
    return solver;
  }
}
