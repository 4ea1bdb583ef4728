package dev.shipshape.generator.helm;

import java.util.Locale;
import java.util.Set;

/**
 * Keys of a chart's values: camelCase Go template identifiers made from Kubernetes names, so that
 * {@code .Values.<key>} works in a template ({@code tenant-site} → {@code tenantSite},
 * {@code LOG_LEVEL} → {@code logLevel}).
 *
 * <pre>{@code
 * ValuesKeys.of("tenant-site");   // "tenantSite"
 * ValuesKeys.RESERVED;            // keys of the chart itself, which no app may take
 * }</pre>
 */
public final class ValuesKeys {

  /** Top-level keys the chart uses itself (and Helm's {@code global}). */
  public static final Set<String> RESERVED =
      Set.of("namespace", "stack", "backups", "global", "nameOverride", "fullnameOverride");

  private ValuesKeys() {}

  /** The camelCase identifier of {@code name}: words split at every non-alphanumeric character. */
  public static String of(String name) {
    StringBuilder key = new StringBuilder();
    for (String word : name.split("[^A-Za-z0-9]+")) {
      if (word.isEmpty()) {
        continue;
      }
      String lower = word.equals(word.toUpperCase(Locale.ROOT)) ? word.toLowerCase(Locale.ROOT) : word;
      key.append(key.length() == 0
          ? Character.toLowerCase(lower.charAt(0)) + lower.substring(1)
          : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
    }
    if (key.length() == 0 || Character.isDigit(key.charAt(0))) {
      key.insert(0, "v");
    }
    return key.toString();
  }
}
