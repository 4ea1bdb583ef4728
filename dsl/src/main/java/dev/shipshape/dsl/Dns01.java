package dev.shipshape.dsl;

import java.util.List;
import java.util.Objects;

/**
 * A cert-manager DNS-01 solver: proves domain ownership with a TXT record, so it can issue wildcard
 * certificates. Used for the zones it names; other names use HTTP-01.
 *
 * <pre>{@code
 * LetsEncrypt.email("ops@example.com").dns01(Dns01.route53("eu-central-1", "example.com"));
 * LetsEncrypt.email("ops@example.com")
 *     .dns01(Dns01.cloudflare(SecretRef.of("cloudflare-api", "token"), "example.org"));
 * }</pre>
 */
public sealed interface Dns01 permits Dns01.Route53, Dns01.Cloudflare {

  /** The DNS zones this solver answers for, e.g. {@code example.com}. */
  List<String> zones();

  /** AWS Route 53 in {@code region} (credentials from the cert-manager pod's IAM role). */
  static Dns01 route53(String region, String... zones) {
    return new Route53(region, List.of(zones));
  }

  /** Cloudflare, with an API token kept in a Secret of cert-manager's namespace. */
  static Dns01 cloudflare(SecretRef apiToken, String... zones) {
    return new Cloudflare(apiToken, List.of(zones));
  }

  /**
   * Route 53.
   *
   * @param region the AWS region
   * @param zones the zones it answers for
   */
  record Route53(String region, List<String> zones) implements Dns01 {
    public Route53 {
      Objects.requireNonNull(region, "region");
      zones = List.copyOf(zones);
    }
  }

  /**
   * Cloudflare.
   *
   * @param apiToken the Secret key holding the API token
   * @param zones the zones it answers for
   */
  record Cloudflare(SecretRef apiToken, List<String> zones) implements Dns01 {
    public Cloudflare {
      Objects.requireNonNull(apiToken, "apiToken");
      zones = List.copyOf(zones);
    }
  }
}
