package dev.shipshape.generator.syntax;

import java.util.regex.Pattern;

/**
 * The name formats Kubernetes enforces, as predicates. Each mirrors the apiserver's validation so a
 * name Shipshape accepts is a name the cluster accepts.
 *
 * <pre>{@code
 * Names.isDns1123Label("orders-api"); // true
 * Names.isDns1123Label("Orders_API"); // false
 * }</pre>
 */
public final class Names {

  private static final Pattern DNS1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern LABEL_VALUE =
      Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?");
  private static final Pattern IANA_SERVICE_NAME = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");
  private static final Pattern ENV_VAR_NAME = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");
  private static final Pattern QUALIFIED_NAME_PART =
      Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");
  private static final Pattern CONFIG_KEY = Pattern.compile("[-._a-zA-Z0-9]+");

  private Names() {}

  /** An RFC 1123 label: lowercase alphanumerics and '-', at most 63 characters (namespaces). */
  public static boolean isDns1123Label(String name) {
    return ValueFormat.DNS_LABEL.matches(name);
  }

  /** An RFC 1035 label: like a DNS-1123 label but starting with a letter (Service names). */
  public static boolean isDns1035Label(String name) {
    return name.length() <= 63 && DNS1035_LABEL.matcher(name).matches();
  }

  /** An RFC 1123 subdomain: dot-separated DNS-1123 labels, at most 253 characters (most objects). */
  public static boolean isDns1123Subdomain(String name) {
    return ValueFormat.DNS_SUBDOMAIN.matches(name);
  }

  /** A label value: empty, or at most 63 alphanumerics, '-', '_' and '.', alphanumeric at both ends. */
  public static boolean isLabelValue(String value) {
    return value.length() <= 63 && LABEL_VALUE.matcher(value).matches();
  }

  /** An IANA service name (named ports): at most 15 characters, a letter, no '--', no '-' at ends. */
  public static boolean isIanaServiceName(String name) {
    return name.length() <= 15
        && IANA_SERVICE_NAME.matcher(name).matches()
        && !name.contains("--")
        && name.chars().anyMatch(Character::isLetter);
  }

  /**
   * A label or annotation key: an optional DNS-subdomain prefix and '/', then a name of at most 63
   * alphanumerics, '-', '_' and '.', e.g. {@code app.kubernetes.io/name} or {@code team}.
   */
  public static boolean isQualifiedName(String key) {
    int slash = key.indexOf('/');
    String name = slash < 0 ? key : key.substring(slash + 1);
    if (slash >= 0 && !isDns1123Subdomain(key.substring(0, slash))) {
      return false;
    }
    return name.length() <= 63 && QUALIFIED_NAME_PART.matcher(name).matches();
  }

  /** An environment variable name Kubernetes accepts everywhere: letters, digits, '_', '-', '.'. */
  public static boolean isEnvVarName(String name) {
    return ENV_VAR_NAME.matcher(name).matches();
  }

  /** A ConfigMap or Secret key: letters, digits, '-', '_' and '.', at most 253 characters. */
  public static boolean isConfigKey(String key) {
    return key.length() <= 253 && CONFIG_KEY.matcher(key).matches();
  }
}
