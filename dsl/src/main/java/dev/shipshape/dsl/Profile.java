package dev.shipshape.dsl;

/**
 * How strict Shipshape is with a stack. Environments (added later) will pick a profile each; until
 * then a stack declares it directly.
 *
 * <pre>{@code
 * Stack.named("shop").production()   // hostPath volumes are refused even with a reason; data needs backups
 * }</pre>
 */
public enum Profile {
  /** Development, labs and test clusters: every rule applies, opt-ins with reasons are honoured. */
  STANDARD,
  /**
   * Production: risks that can be opted into elsewhere (hostPath volumes) are always errors, and
   * persistent data without a backup schedule is an error.
   */
  PRODUCTION
}
