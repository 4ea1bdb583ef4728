package dev.shipshape.dsl;

import java.util.Objects;
import java.util.Optional;

/**
 * One host and path that lead to an app. Created through {@link Routes}.
 *
 * <pre>{@code
 * Routes.host("shop.example.com", "/api");   // host shop.example.com, path /api, Prefix
 * }</pre>
 *
 * @param host the DNS name clients use; a single leading {@code *.} label is a wildcard
 * @param path the path, starting with '/' for Prefix and Exact
 * @param pathType how the path matches
 * @param source where the user declared the route, when known
 */
public record Route(String host, String path, PathType pathType, Optional<SourceLocation> source) {

  public Route {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(pathType, "pathType");
    Objects.requireNonNull(source, "source");
  }
}
