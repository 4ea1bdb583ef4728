package dev.shipshape.generator.syntax;

import java.util.regex.Pattern;

/**
 * IPv4 and IPv6 CIDR blocks such as {@code 203.0.113.0/24} or {@code 2001:db8::/32}.
 *
 * <pre>{@code
 * Cidr.isValid("10.0.0.0/16"); // true
 * Cidr.isValid("10.0.0.0");    // false: the prefix length is required
 * Cidr.contains("10.0.0.0/8", "10.20.0.0/16"); // true
 * }</pre>
 */
public final class Cidr {

  /** A prefix length's digits, compiled once (String.matches would compile it on every call). */
  private static final Pattern PREFIX_LENGTH = Pattern.compile("\\d{1,3}");

  private Cidr() {}

  /**
   * Whether the valid block {@code inner} lies inside the valid block {@code outer} (same address
   * family, a prefix at least as long, the same leading bits).
   */
  public static boolean contains(String outer, String inner) {
    int[] outerPrefix = new int[1];
    int[] innerPrefix = new int[1];
    byte[] outerBytes = bytes(outer, outerPrefix);
    byte[] innerBytes = bytes(inner, innerPrefix);
    if (outerBytes == null || innerBytes == null || outerBytes.length != innerBytes.length
        || innerPrefix[0] < outerPrefix[0]) {
      return false;
    }
    for (int bit = 0; bit < outerPrefix[0]; bit++) {
      int mask = 0x80 >>> (bit % 8);
      if ((outerBytes[bit / 8] & mask) != (innerBytes[bit / 8] & mask)) {
        return false;
      }
    }
    return true;
  }

  private static byte[] bytes(String cidr, int[] prefix) {
    if (!isValid(cidr)) {
      return null;
    }
    int slash = cidr.indexOf('/');
    prefix[0] = Integer.parseInt(cidr.substring(slash + 1));
    try {
      return java.net.InetAddress.getByName(cidr.substring(0, slash)).getAddress(); // a literal: no lookup
    } catch (java.net.UnknownHostException e) {
      return null;
    }
  }

  /** Whether {@code cidr} is an address followed by a valid prefix length. */
  public static boolean isValid(String cidr) {
    int slash = cidr.indexOf('/');
    if (slash < 0) {
      return false;
    }
    String address = cidr.substring(0, slash);
    String prefix = cidr.substring(slash + 1);
    if (!PREFIX_LENGTH.matcher(prefix).matches()) {
      return false;
    }
    int length = Integer.parseInt(prefix);
    if (IpAddress.isIpv4(address)) {
      return length <= 32;
    }
    return IpAddress.isIpv6(address) && length <= 128;
  }
}
