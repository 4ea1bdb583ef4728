package dev.shipshape.generator.syntax;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Host names for ExternalName targets, and telling IP literals apart from them. */
class HostnameTest {

  @Test
  void lowercaseDnsNamesAreHostnames() {
    assertTrue(Hostname.isHostname("api.example.com"));
    assertTrue(Hostname.isHostname("localhost"));
    assertFalse(Hostname.isHostname("API.example.com"));
    assertFalse(Hostname.isHostname("api.example.com."));
    assertFalse(Hostname.isHostname("https://api.example.com"));
    assertFalse(Hostname.isHostname("api_internal.example.com"));
  }

  @Test
  void recognisesIpLiterals() {
    assertTrue(Hostname.looksLikeIpAddress("10.0.0.7"));
    assertTrue(Hostname.looksLikeIpAddress("2001:db8::1"));
    assertFalse(Hostname.looksLikeIpAddress("api.example.com"));
    assertFalse(Hostname.looksLikeIpAddress("10.0.0.7.nip.io"));
  }
}
