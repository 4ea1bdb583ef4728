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

  /** Implemented only by the code Immutables generates for the DSL; built through the factories. */
  Routes() {}

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
    return start().host(host);
  }

  /** Routes {@code path} (Prefix) on {@code host}. */
  public static Builder host(String host, String path) {
    return start().route(host, path);
  }

  private static Builder start() {
    return new Builder(new ImmutableRoutes.Builder().source(SourceLocation.ofCaller()));
  }

  /**
   * Fluent builder of {@link Routes}: hand-written verbs over the generated builder (see
   * {@link App.Builder} for the pattern).
   */
  public static final class Builder {

    private final ImmutableRoutes.Builder routes;

    Builder(ImmutableRoutes.Builder routes) {
      this.routes = routes;
    }

    /**
     * Adds {@code host} with path {@code /} (Prefix), e.g. {@code .host("www.shop.example.com")}.
     */
    public Builder host(String host) {
      return route(host, "/", PathType.PREFIX);
    }

    /**
     * Adds {@code path} (Prefix) on {@code host}, e.g. {@code .route("shop.example.com", "/api")}.
     */
    public Builder route(String host, String path) {
      return route(host, path, PathType.PREFIX);
    }

    /**
     * Adds {@code path} on {@code host}, matched as {@code pathType}, e.g.
     * {@code .route("shop.example.com", "/healthz", PathType.EXACT)}.
     */
    public Builder route(String host, String path, PathType pathType) {
      routes.addRoutes(new Route(host, path, pathType, SourceLocation.ofCaller()));
      return this;
    }

    /**
     * Serves the routes over HTTPS with a certificate from {@code tls}, e.g.
     * {@code .tls(Tls.certManager())}.
     */
    public Builder tls(Tls tls) {
      routes.tls(tls);
      return this;
    }

    /**
     * Sends requests to the Service port named {@code portName} instead of the first one, e.g.
     * {@code .backendPort("http")}.
     */
    public Builder backendPort(String portName) {
      routes.backendPort(portName);
      return this;
    }

    /**
     * Keeps plain HTTP working instead of redirecting it to HTTPS, e.g.
     * {@code .withoutHttpsRedirect()}.
     */
    public Builder withoutHttpsRedirect() {
      routes.httpsRedirect(false);
      return this;
    }

    /**
     * Makes the routes reachable only from inside the network (no TLS required), e.g.
     * {@code .internal()}.
     */
    public Builder internal() {
      routes.internal(true);
      return this;
    }

    /** The routes as declared. */
    public Routes build() {
      return routes.build();
    }
  }
}
