package dev.shipshape.generator.syntax;

import java.util.regex.Pattern;

/**
 * Strict IPv4 and IPv6 address literals, checked without any name lookup.
 *
 * <pre>{@code
 * IpAddress.isIpv6("2001:db8::1");        // true
 * IpAddress.isIpv6("1::2::3");            // false: '::' at most once
 * IpAddress.isIpv6("::ffff:192.0.2.1");   // true: embedded IPv4
 * }</pre>
 */
public final class IpAddress {

  private static final Pattern IPV4 =
      Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern HEX_GROUP = Pattern.compile("[0-9a-fA-F]{1,4}");

  private IpAddress() {}

  /** A dotted-quad IPv4 address such as {@code 203.0.113.7}. */
  public static boolean isIpv4(String text) {
    return IPV4.matcher(text).matches();
  }

  /** An IPv6 address in any RFC 4291 text form, including {@code ::} and an embedded IPv4 tail. */
  public static boolean isIpv6(String text) {
    int compressed = text.indexOf("::");
    if (compressed < 0) {
      return groups(text, true) == 8;
    }
    if (text.indexOf("::", compressed + 1) >= 0) {
      return false;
    }
    String tail = text.substring(compressed + 2);
    int head = groups(text.substring(0, compressed), tail.isEmpty());
    int rest = groups(tail, true);
    return head >= 0 && rest >= 0 && head + rest <= 7;
  }

  /**
   * How many 16-bit groups {@code part} holds ("" holds none), or -1 when it is malformed. An IPv4
   * address may only stand last, as two groups.
   */
  private static int groups(String part, boolean last) {
    if (part.isEmpty()) {
      return 0;
    }
    String[] pieces = part.split(":", -1);
    int count = 0;
    for (int i = 0; i < pieces.length; i++) {
      if (last && i == pieces.length - 1 && isIpv4(pieces[i])) {
        count += 2;
      } else if (HEX_GROUP.matcher(pieces[i]).matches()) {
        count++;
      } else {
        return -1;
      }
    }
    return count;
  }
}
