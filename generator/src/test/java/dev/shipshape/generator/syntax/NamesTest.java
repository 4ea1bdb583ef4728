package dev.shipshape.generator.syntax;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Kubernetes name predicates, at their length and character boundaries. */
class NamesTest {

  @Test
  void dns1123LabelAllowsAtMost63Characters() {
    assertTrue(Names.isDns1123Label("a".repeat(63)));
    assertFalse(Names.isDns1123Label("a".repeat(64)));
  }

  @Test
  void dns1123LabelCharacters() {
    assertTrue(Names.isDns1123Label("orders-api"));
    assertTrue(Names.isDns1123Label("a"));
    assertTrue(Names.isDns1123Label("1st"), "a DNS-1123 label may start with a digit");
    assertTrue(Names.isDns1123Label("a--b"), "DNS-1123 labels allow consecutive dashes");
    assertFalse(Names.isDns1123Label(""));
    assertFalse(Names.isDns1123Label("Orders_API"));
    assertFalse(Names.isDns1123Label("-api"));
    assertFalse(Names.isDns1123Label("api-"));
    assertFalse(Names.isDns1123Label("api.v1"));
  }

  @Test
  void dns1035LabelMustStartWithALetter() {
    assertTrue(Names.isDns1035Label("web"));
    assertTrue(Names.isDns1035Label("w" + "1".repeat(62)));
    assertFalse(Names.isDns1035Label("w" + "1".repeat(63)));
    assertFalse(Names.isDns1035Label("1st"));
    assertFalse(Names.isDns1035Label("web-"));
    assertFalse(Names.isDns1035Label("Web"));
  }

  @Test
  void dns1123SubdomainIsDotSeparatedLabelsUpTo253Characters() {
    assertTrue(Names.isDns1123Subdomain("api.example.com"));
    assertTrue(Names.isDns1123Subdomain("db-credentials"));
    String label = "a".repeat(63);
    String at253 = label + "." + label + "." + label + "." + "a".repeat(61);
    assertTrue(at253.length() == 253);
    assertTrue(Names.isDns1123Subdomain(at253));
    assertFalse(Names.isDns1123Subdomain(at253 + "a"));
    assertFalse(Names.isDns1123Subdomain(""));
    assertFalse(Names.isDns1123Subdomain("a..b"));
    assertFalse(Names.isDns1123Subdomain("example.com."));
    assertFalse(Names.isDns1123Subdomain(".example.com"));
    assertFalse(Names.isDns1123Subdomain("API.example.com"));
  }

  @Test
  void labelValueBoundaries() {
    assertTrue(Names.isLabelValue(""), "an empty label value is allowed");
    assertTrue(Names.isLabelValue("1.4.2"));
    assertTrue(Names.isLabelValue("Api_v2.x"));
    assertTrue(Names.isLabelValue("a".repeat(63)));
    assertFalse(Names.isLabelValue("a".repeat(64)));
    assertFalse(Names.isLabelValue("-api"));
    assertFalse(Names.isLabelValue("api."));
    assertFalse(Names.isLabelValue("a/b"));
  }

  @Test
  void ianaServiceNameAllowsAtMost15Characters() {
    assertTrue(Names.isIanaServiceName("a".repeat(15)));
    assertFalse(Names.isIanaServiceName("a".repeat(16)));
    assertTrue(Names.isIanaServiceName("metrics-exporte"));
    assertFalse(Names.isIanaServiceName("metrics-exporter"));
  }

  @Test
  void ianaServiceNameRejectsDoubleDashesEdgeDashesAndDigitsOnly() {
    assertTrue(Names.isIanaServiceName("http"));
    assertTrue(Names.isIanaServiceName("h2c"));
    assertTrue(Names.isIanaServiceName("grpc-web"));
    assertFalse(Names.isIanaServiceName("grpc--web"));
    assertFalse(Names.isIanaServiceName("-http"));
    assertFalse(Names.isIanaServiceName("http-"));
    assertFalse(Names.isIanaServiceName("8080"), "at least one letter is required");
    assertFalse(Names.isIanaServiceName("HTTP"));
    assertFalse(Names.isIanaServiceName(""));
  }

  @Test
  void envVarNames() {
    assertTrue(Names.isEnvVarName("LOG_LEVEL"));
    assertTrue(Names.isEnvVarName("_private"));
    assertTrue(Names.isEnvVarName("spring.profiles.active"));
    assertTrue(Names.isEnvVarName("MY-VAR"));
    assertFalse(Names.isEnvVarName("1BAD"));
    assertFalse(Names.isEnvVarName("A B"));
    assertFalse(Names.isEnvVarName("A=B"));
    assertFalse(Names.isEnvVarName(""));
  }

  @Test
  void configKeys() {
    assertTrue(Names.isConfigKey("password"));
    assertTrue(Names.isConfigKey("tls.crt"));
    assertTrue(Names.isConfigKey("a".repeat(253)));
    assertFalse(Names.isConfigKey("a".repeat(254)));
    assertFalse(Names.isConfigKey("a/b"));
    assertFalse(Names.isConfigKey(""));
  }
}
