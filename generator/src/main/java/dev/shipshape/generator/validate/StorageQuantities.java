package dev.shipshape.generator.validate;

import dev.shipshape.generator.syntax.Quantity;
import java.math.BigDecimal;
import java.util.Optional;

/** Storage sizes (claims, persistent volumes, emptyDir limits): positive quantities, binary hints. */
final class StorageQuantities {

  private StorageQuantities() {}

  /** The size in bytes, or empty after reporting STORAGE-QUANTITY at {@code where}. */
  static Optional<BigDecimal> check(String what, String text, Where where, Findings findings) {
    Optional<BigDecimal> value = Quantity.parse(text);
    if (value.isEmpty()) {
      findings.report(ClaimCheck.QUANTITY, where, what + " '" + text + "' is not a Kubernetes quantity",
          Quantity.storageSuggestion(text).orElse("write a number with a binary suffix, e.g. '500Mi' or '5Gi'"));
    } else if (value.get().signum() <= 0) {
      findings.report(ClaimCheck.QUANTITY, where, what + " '" + text + "' is not greater than zero",
          "give a positive size, e.g. '1Gi'");
      return Optional.empty();
    }
    return value;
  }
}
