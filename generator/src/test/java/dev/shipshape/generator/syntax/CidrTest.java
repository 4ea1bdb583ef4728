package dev.shipshape.generator.syntax;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IPv4 and IPv6 CIDR blocks as load balancer source ranges. */
class CidrTest {

  @ParameterizedTest(name = "{0} is a CIDR block")
  @ValueSource(strings = {
      "203.0.113.0/24", "10.0.0.0/8", "0.0.0.0/0", "192.168.1.1/32", "255.255.255.255/32",
      "2001:db8::/32", "::/0", "fe80::1/128", "2001:0db8:85a3:0000:0000:8a2e:0370:7334/64",
  })
  void acceptsIpv4AndIpv6Blocks(String cidr) {
    assertTrue(Cidr.isValid(cidr), cidr);
  }

  @ParameterizedTest(name = "{0} is not a CIDR block")
  @ValueSource(strings = {
      "10.0.0.0",            // missing prefix
      "2001:db8::",          // missing prefix
      "10.0.0.0/",           // empty prefix
      "10.0.0.0/33",         // prefix too long for IPv4
      "2001:db8::/129",      // prefix too long for IPv6
      "10.0.0.0/-1",
      "10.0.0.0/1234",
      "256.0.0.0/8",
      "10.0.0/8",
      "010.0.0.0/8",
      "example.com/24",
      "1:2/64",              // not enough colons for an IPv6 address
      "",
  })
  void rejectsMalformedBlocks(String cidr) {
    assertFalse(Cidr.isValid(cidr), cidr);
  }

  @Test
  void ipv6BlocksAreCheckedLikeTheApiserverDoes() {
    for (String malformed : new String[] {"2001:db8:::/48", "1::2::3/64", "12345::/64", ":::::::::/64"}) {
      assertFalse(Cidr.isValid(malformed), malformed);
    }
    assertTrue(Cidr.isValid("::ffff:192.0.2.0/120"));
  }
}
