package dev.shipshape.dsl;

import java.util.Optional;

/**
 * When a failed request is retried. Istio understands every condition; Linkerd retries on response
 * status only (its proxies already retry failed connection attempts by themselves).
 *
 * <pre>{@code
 * Retries.attempts(3).on(RetryOn.GATEWAY_ERROR, RetryOn.CONNECT_FAILURE);
 * }</pre>
 */
public enum RetryOn {
  /** Any 5xx response. */
  SERVER_ERROR("5xx", "5xx"),
  /** 502, 503 or 504 responses. */
  GATEWAY_ERROR("gateway-error", "gateway-error"),
  /** The connection was reset or closed before a response. */
  RESET("reset", null),
  /** The connection could not be opened. */
  CONNECT_FAILURE("connect-failure", null),
  /** The server refused the HTTP/2 stream (REFUSED_STREAM). */
  REFUSED_STREAM("refused-stream", null);

  private final String istio;
  private final String linkerd;

  RetryOn(String istio, String linkerd) {
    this.istio = istio;
    this.linkerd = linkerd;
  }

  /** The token in an Istio {@code retryOn} list. */
  public String istio() {
    return istio;
  }

  /** The token in Linkerd's {@code retry.linkerd.io/http} annotation, when Linkerd has one. */
  public Optional<String> linkerd() {
    return Optional.ofNullable(linkerd);
  }
}
