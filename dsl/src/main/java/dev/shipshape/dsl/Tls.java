package dev.shipshape.dsl;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the certificate of an Ingress comes from: cert-manager (the default choice), an existing
 * {@code kubernetes.io/tls} Secret, an AWS ACM certificate (ALB only), or — with a written reason —
 * no TLS at all.
 *
 * <pre>{@code
 * Routes.host("shop.example.com").tls(Tls.certManager());              // the stack's Let's Encrypt issuer
 * Routes.host("shop.example.com").tls(Tls.certManager("corp-ca"));     // an existing ClusterIssuer
 * Routes.host("shop.example.com").tls(Tls.secret("shop-wildcard-tls"));
 * Routes.host("shop.example.com").tls(Tls.acm("arn:aws:acm:eu-central-1:111122223333:certificate/abc"));
 * Routes.host("lab.example.com").tls(Tls.none("TLS terminates at the corporate proxy"));
 * }</pre>
 */
public sealed interface Tls permits Tls.CertManager, Tls.ExistingSecret, Tls.Acm, Tls.None {

  /** A certificate issued by cert-manager from the stack's {@link LetsEncrypt} issuer. */
  static Tls certManager() {
    return new CertManager(Optional.empty());
  }

  /** A certificate issued by cert-manager from the existing ClusterIssuer {@code clusterIssuer}. */
  static Tls certManager(String clusterIssuer) {
    return new CertManager(Optional.of(clusterIssuer));
  }

  /** A certificate already stored in the TLS Secret {@code name} of the stack's namespace. */
  static Tls secret(String name) {
    return new ExistingSecret(name);
  }

  /** One or more AWS ACM certificates, for the AWS Load Balancer Controller (ALB). */
  static Tls acm(String... certificateArns) {
    return new Acm(List.of(certificateArns));
  }

  /** No TLS, on purpose; {@code reason} is mandatory and shown to reviewers. */
  static Tls none(String reason) {
    return new None(reason);
  }

  /**
   * cert-manager TLS through ingress-shim: the issuer annotation and a {@code tls} entry whose hosts
   * are the route hosts, stored in a Secret with a stable name.
   *
   * @param clusterIssuer an existing ClusterIssuer; empty means the stack's {@link LetsEncrypt} one
   */
  record CertManager(Optional<String> clusterIssuer) implements Tls {
    public CertManager {
      Objects.requireNonNull(clusterIssuer, "clusterIssuer");
    }
  }

  /**
   * An existing {@code kubernetes.io/tls} Secret.
   *
   * @param name the Secret's name in the stack's namespace
   */
  record ExistingSecret(String name) implements Tls {
    public ExistingSecret {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * ACM certificates the ALB terminates TLS with (cert-manager Secrets are not used by ALB).
   *
   * @param certificateArns the certificates' ARNs; the first is the default certificate
   */
  record Acm(List<String> certificateArns) implements Tls {
    public Acm {
      certificateArns = List.copyOf(certificateArns);
    }
  }

  /**
   * No TLS, with the reason written down.
   *
   * @param reason why plain HTTP is acceptable
   */
  record None(String reason) implements Tls {
    public None {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
