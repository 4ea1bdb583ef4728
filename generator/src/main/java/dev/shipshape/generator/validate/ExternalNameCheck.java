package dev.shipshape.generator.validate;

import dev.shipshape.dsl.ExternalService;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Rule;
import dev.shipshape.generator.syntax.Hostname;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** ExternalName aliases point at lowercase DNS names, never at IP addresses. */
final class ExternalNameCheck implements Check {

  static final Rule HOST = Rule.error("NET-EXTERNALNAME-HOST", "an ExternalName target is not a DNS name");

  @Override
  public List<Rule> rules() {
    return List.of(HOST);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    for (ExternalService alias : stack.externalServices()) {
      String host = alias.externalName();
      Where where = new Where(stack.name() + "/" + alias.name() + "/externalName", Optional.empty(),
          alias.source());
      if (Hostname.looksLikeIpAddress(host)) {
        findings.report(HOST, where, "externalName '" + host
                + "' is an IP address; DNS would look it up as a name and never resolve it",
            "point at a DNS name; for a fixed IP use a headless Service without selector and an "
                + "EndpointSlice");
      } else if (!Hostname.isHostname(host)) {
        String lower = host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        findings.report(HOST, where, "externalName '" + host + "' is not a lowercase RFC 1123 host name",
            Hostname.isHostname(lower) ? "did you mean '" + lower + "'?"
                : "use a host name such as 'api.example.com' (no scheme, port or path)");
      }
    }
  }
}
