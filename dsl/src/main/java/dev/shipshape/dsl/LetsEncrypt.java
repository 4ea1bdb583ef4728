package dev.shipshape.dsl;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Let's Encrypt through cert-manager: Shipshape renders the {@code letsencrypt-staging} and
 * {@code letsencrypt-production} ClusterIssuers (cluster-scoped platform objects) with an HTTP-01
 * solver bound to the stack's ingress class, and optionally a DNS-01 solver for some zones (required
 * for wildcard hosts). Ingresses with {@link Tls#certManager()} use production, or staging while you
 * test (staging has no tight rate limits).
 *
 * <pre>{@code
 * Stack.named("shop").tlsIssuer(LetsEncrypt.email("ops@example.com"));
 * Stack.named("shop").tlsIssuer(LetsEncrypt.email("ops@example.com").staging()
 *     .dns01(Dns01.route53("eu-central-1", "example.com")));
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class LetsEncrypt {

  /** Staging directory of Let's Encrypt. */
  public static final String STAGING_SERVER = "https://acme-staging-v02.api.letsencrypt.org/directory";
  /** Production directory of Let's Encrypt. */
  public static final String PRODUCTION_SERVER = "https://acme-v02.api.letsencrypt.org/directory";

  /** Implemented only by the code Immutables generates for the DSL; built through the factories. */
  LetsEncrypt() {}

  /** The ACME account's contact address (expiry warnings go there). */
  public abstract String contactEmail();

  /** Whether Ingresses use the staging issuer (untrusted certificates, generous limits). */
  @Value.Default
  public boolean useStaging() {
    return false;
  }

  /** A DNS-01 solver for the zones it names, next to the HTTP-01 solver. */
  public abstract Optional<Dns01> dns01();

  /** Where the user declared the issuer. */
  @Value.Auxiliary
  public abstract Optional<SourceLocation> source();

  /** Let's Encrypt with the contact address {@code email}; Ingresses use production. */
  public static Builder email(String email) {
    return new Builder(new ImmutableLetsEncrypt.Builder().contactEmail(email)
        .source(SourceLocation.ofCaller()));
  }

  /**
   * Fluent builder of {@link LetsEncrypt}: hand-written verbs over the generated builder (see
   * {@link App.Builder} for the pattern).
   */
  public static final class Builder {

    private final ImmutableLetsEncrypt.Builder issuer;

    Builder(ImmutableLetsEncrypt.Builder issuer) {
      this.issuer = issuer;
    }

    /** Makes Ingresses use the staging issuer while testing, e.g. {@code .staging()}. */
    public Builder staging() {
      issuer.useStaging(true);
      return this;
    }

    /**
     * Adds a DNS-01 solver for the zones it names (needed for wildcard hosts), e.g.
     * {@code .dns01(Dns01.route53("eu-central-1", "example.com"))}.
     */
    public Builder dns01(Dns01 solver) {
      issuer.dns01(solver);
      return this;
    }

    /** The issuers as declared. */
    public LetsEncrypt build() {
      return issuer.build();
    }
  }
}
