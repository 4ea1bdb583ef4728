package dev.shipshape.generator.syntax;

import java.util.regex.Pattern;

/**
 * IPv4 and IPv6 CIDR blocks such as {@code 203.0.113.0/24} or {@code 2001:db8::/32}.
 *
 * <pre>{@code
 * Cidr.isValid("10.0.0.0/16"); // true
 * Cidr.isValid("10.0.0.0");    // false: the prefix length is required
 * }</pre>
 */
public final class Cidr {

  private static final Pattern IPV4 =
      Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]*:[0-9a-fA-F:]*");

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
    if (IPV4.matcher(address).matches()) {
      return length <= 32;
    }
    return IPV6.matcher(address).matches() && address.chars().filter(c -> c == ':').count() >= 2
        && length <= 128;
  }
}
