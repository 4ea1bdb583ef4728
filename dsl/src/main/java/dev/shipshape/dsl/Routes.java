package dev.shipshape.dsl;

import java.util.Optional;
import java.util.List;
import org.immutables.value.Value;

/**
 * The HTTP routes that lead to one app, with their TLS: what {@code exposeViaIngress} and
 * {@code exposeViaGateway} render as an Ingress or a Gateway API HTTPRoute.
 *
 * <p>Several hosts and paths may lead to the same app, and several apps may share a host with
 * different paths. Paths match as {@link PathType#PREFIX} unless chosen otherwise. Requests go to the
 * app's Service (created as ClusterIP when the app has none) on its first port, or on the Service port
 * named by {@link Builder#backendPort(String)}. Public Ingresses need TLS; HTTP is redirected to HTTPS.
 *
 * <pre>{@code
 * App.deployment("web").image("ghcr.io/acme/web:2.3.1").port(8080)
 *     .exposeViaIngress(Routes.host("shop.example.com")                 // "/" Prefix
 *         .host("www.shop.example.com")
 *         .tls(Tls.certManager()));
 * App.deployment("api").image("ghcr.io/acme/api:1.4.2").port(8080)
 *     .exposeViaIngress(Routes.host("shop.example.com", "/api")
 *         .route("shop.example.com", "/healthz", PathType.EXACT)
 *         .tls(Tls.certManager()));
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class Routes {

  /** The host and path pairs, in declaration order. */
  public abstract List<Route> routes();

  /** Where the certificate comes from; required for public Ingresses. */
  public abstract Optional<Tls> tls();

  /** The Service port (by name) requests go to; the Service's first port when empty. */
  public abstract Optional<String> backendPort();

  /** Whether only clients inside the network may use it (ALB scheme {@code internal}); public by default. */
  @Value.Default
  public boolean internal() {
    return false;
  }

  /** Whether plain HTTP is redirected to HTTPS; on by default. */
  @Value.Default
  public boolean httpsRedirect() {
    return true;
  }

  /** Where the user declared these routes. */
  @Value.Auxiliary
  public abstract Optional<SourceLocation> source();

  /** Routes {@code host} with path {@code /} (Prefix): the whole site. */
  public static Builder host(String host) {
    return new Builder().source(SourceLocation.ofCaller()).host(host);
  }

  /** Routes {@code path} (Prefix) on {@code host}. */
  public static Builder host(String host, String path) {
    return new Builder().source(SourceLocation.ofCaller()).route(host, path);
  }

  /** Fluent builder of {@link Routes}. */
  public static final class Builder extends ImmutableRoutes.Builder {

    Builder() {}

    /** Adds {@code host} with path {@code /} (Prefix). */
    public Builder host(String host) {
      return route(host, "/", PathType.PREFIX);
    }

    /** Adds {@code path} (Prefix) on {@code host}. */
    public Builder route(String host, String path) {
      return route(host, path, PathType.PREFIX);
    }

    /** Adds {@code path} on {@code host}, matched as {@code pathType}. */
    public Builder route(String host, String path, PathType pathType) {
      return addRoutes(new Route(host, path, pathType, SourceLocation.ofCaller()));
    }

    /** Keeps plain HTTP working instead of redirecting it to HTTPS. */
    public Builder withoutHttpsRedirect() {
      return httpsRedirect(false);
    }

    /** Makes the routes reachable only from inside the network (no TLS required). */
    public Builder internal() {
      return internal(true);
    }
  }
}
