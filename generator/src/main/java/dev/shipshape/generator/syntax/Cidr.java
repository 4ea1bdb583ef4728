package dev.shipshape.generator.syntax;

/**
 * IPv4 and IPv6 CIDR blocks such as {@code 203.0.113.0/24} or {@code 2001:db8::/32}.
 *
 * <pre>{@code
 * Cidr.isValid("10.0.0.0/16"); // true
 * Cidr.isValid("10.0.0.0");    // false: the prefix length is required
 * }</pre>
 */
public final class Cidr {

  private Cidr() {}

  /** Whether {@code cidr} is an address followed by a valid prefix length. */
  public static boolean isValid(String cidr) {
    int slash = cidr.indexOf('/');
    if (slash < 0) {
      return false;
    }
    String address = cidr.substring(0, slash);
    String prefix = cidr.substring(slash + 1);
    if (!prefix.matches("\\d{1,3}")) {
      return false;
    }
    int length = Integer.parseInt(prefix);
    if (IpAddress.isIpv4(address)) {
      return length <= 32;
    }
    return IpAddress.isIpv6(address) && length <= 128;
  }
}
