package dev.shipshape.generator.syntax;

import java.util.regex.Pattern;

/**
 * Checks for DNS host names as Kubernetes fields expect them (ExternalName targets, Ingress hosts).
 *
 * <pre>{@code
 * Hostname.isHostname("api.example.com"); // true
 * Hostname.looksLikeIpAddress("10.0.0.7"); // true: never a valid ExternalName
 * }</pre>
 */
public final class Hostname {

  private static final Pattern DOTTED_QUAD = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private Hostname() {}

  /** A lowercase RFC 1123 host name such as {@code api.example.com}. */
  public static boolean isHostname(String host) {
    return Names.isDns1123Subdomain(host);
  }

  /** Whether {@code text} is an IPv4 or IPv6 literal rather than a name. */
  public static boolean looksLikeIpAddress(String text) {
    return DOTTED_QUAD.matcher(text).matches() || IpAddress.isIpv6(text);
  }
}
