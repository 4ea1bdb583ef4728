package dev.shipshape.dsl;

/**
 * How strict validation is for a stack or one of its environments. {@link #PRODUCTION} turns risky
 * choices into errors: a NodePort without a written reason, a single replica of a stateless app, an
 * image not pinned by digest, hostPath volumes even with a reason (and, as the features arrive,
 * public endpoints without TLS and persistent data without backups).
 *
 * <pre>{@code
 * Stack.named("shop")
 *     .environment(Environment.named("dev"))                       // STANDARD
 *     .environment(Environment.named("prod").production());        // PRODUCTION
 * }</pre>
 */
public enum Profile {
  /** Shipshape's normal rules: errors stop generation, risks are warnings. */
  STANDARD,
  /**
   * Production: rules marked "error in production" stop generation, plus production-only rules
   * (hostPath volumes even with a reason, persistent data without a backup schedule…).
   */
  PRODUCTION
}
