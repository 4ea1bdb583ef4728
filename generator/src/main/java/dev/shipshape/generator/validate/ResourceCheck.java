package dev.shipshape.generator.validate;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Resources;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Rule;
import dev.shipshape.generator.syntax.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** CPU and memory quantities are valid, and no limit is below its request. */
final class ResourceCheck implements Check {

  static final Rule QUANTITY = Rule.error("RES-QUANTITY", "a resource amount is not a Kubernetes quantity");
  static final Rule LIMIT_BELOW_REQUEST = Rule.error("RES-LIMIT-BELOW-REQUEST", "a limit is lower than its request");

  @Override
  public List<Rule> rules() {
    return List.of(QUANTITY, LIMIT_BELOW_REQUEST);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    stack.practices().flatMap(p -> p.defaultResources()).ifPresent(resources ->
        check(resources, Where.stack(stack, "practices/defaultResources"), findings));
    for (App app : stack.apps()) {
      app.resources().ifPresent(r -> check(r, Where.app(stack, app, "resources"), findings));
      app.practices().flatMap(p -> p.defaultResources()).ifPresent(r ->
          check(r, Where.app(stack, app, "practices/defaultResources"), findings));
    }
  }

  private static void check(Resources resources, Where where, Findings findings) {
    Optional<BigDecimal> cpuRequest = quantity("cpu request", resources.cpuRequest(), where, findings);
    Optional<BigDecimal> memoryRequest =
        quantity("memory request", resources.memoryRequest(), where, findings);
    Optional<BigDecimal> cpuLimit = resources.cpuLimit()
        .flatMap(limit -> quantity("cpu limit", limit, where, findings));
    Optional<BigDecimal> memoryLimit =
        quantity("memory limit", resources.memoryLimit(), where, findings);
    compare("cpu", cpuRequest, cpuLimit, resources.cpuRequest(), resources.cpuLimit().orElse(""),
        where, findings);
    compare("memory", memoryRequest, memoryLimit, resources.memoryRequest(), resources.memoryLimit(),
        where, findings);
  }

  private static Optional<BigDecimal> quantity(String what, String text, Where where, Findings findings) {
    Optional<BigDecimal> value = Quantity.parse(text);
    if (value.isEmpty()) {
      findings.report(QUANTITY, where, what + " '" + text + "' is not a Kubernetes quantity",
          Quantity.suggestion(text).orElse(
              "write a number with an optional suffix, e.g. '250m' or '1' for CPU, '256Mi' or '1Gi' for memory"));
    } else if (value.get().signum() < 0) {
      findings.report(QUANTITY, where, what + " '" + text + "' is negative; Kubernetes rejects it",
          "use a positive amount, e.g. '" + text.substring(1) + "'");
      return Optional.empty();
    }
    return value;
  }

  private static void compare(String what, Optional<BigDecimal> request, Optional<BigDecimal> limit,
      String requestText, String limitText, Where where, Findings findings) {
    if (request.isPresent() && limit.isPresent() && limit.get().compareTo(request.get()) < 0) {
      findings.report(LIMIT_BELOW_REQUEST, where, what + " limit " + limitText
              + " is lower than the request " + requestText + "; Kubernetes rejects such a pod",
          "raise the limit to at least " + requestText + " or lower the request");
    }
  }
}
