package dev.shipshape.dsl;

import java.util.Objects;
import java.util.Optional;

/**
 * A stack-level alias for a DNS name outside the cluster, rendered as an ExternalName Service, so
 * apps call {@code payments} and operators can repoint it without touching the apps.
 *
 * <pre>{@code
 * Stack.named("shop").externalName("payments", "api.payments.example.com");
 * }</pre>
 *
 * @param name the Service name apps use
 * @param externalName the lowercase DNS name the alias points at (never an IP address)
 * @param source where the user declared it, when known
 */
public record ExternalService(String name, String externalName, Optional<SourceLocation> source) {

  public ExternalService {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(externalName, "externalName");
    Objects.requireNonNull(source, "source");
  }
}
