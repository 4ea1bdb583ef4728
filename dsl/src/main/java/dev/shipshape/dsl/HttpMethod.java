package dev.shipshape.dsl;

/**
 * HTTP request methods, for the routes a retry policy applies to.
 *
 * <pre>{@code
 * HttpMethod.POST.idempotent(); // false: retrying it may, say, charge a card twice
 * }</pre>
 */
public enum HttpMethod {
  GET(true), HEAD(true), OPTIONS(true), PUT(true), DELETE(true), TRACE(true), POST(false), PATCH(false);

  private final boolean idempotent;

  HttpMethod(boolean idempotent) {
    this.idempotent = idempotent;
  }

  /** Whether repeating the request has the same effect as sending it once (RFC 9110, 9.2.2). */
  public boolean idempotent() {
    return idempotent;
  }
}
