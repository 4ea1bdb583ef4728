package dev.shipshape.dsl;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Traffic an app may send outside the stack: to address ranges, or to external host names.
 *
 * <p>Core NetworkPolicy cannot filter by host name. {@link #host(String)} is recorded as intent (in
 * the traffic picture and an annotation) and rendered as egress to public addresses — everything but
 * private, link-local and loopback ranges — on the given ports; Shipshape warns about that.
 *
 * <pre>{@code
 * App.deployment("api")
 *     .allowTo(Egress.cidr("10.20.0.0/16").except("10.20.99.0/24").port(5432))   // managed database
 *     .allowTo(Egress.host("api.stripe.com").port(443));
 * }</pre>
 */
public sealed interface Egress permits Egress.ToCidr, Egress.ToHost {

  /** The TCP ports allowed; empty means every port. */
  List<Integer> ports();

  /** Where the user declared it. */
  Optional<SourceLocation> source();

  /** Egress to the address range {@code cidr}, e.g. {@code 10.20.0.0/16}. */
  static ToCidr cidr(String cidr) {
    return new ToCidr(cidr, List.of(), List.of(), SourceLocation.ofCaller());
  }

  /** Egress to the external host {@code host}, e.g. {@code api.stripe.com} (HTTPS unless ports are given). */
  static ToHost host(String host) {
    return new ToHost(host, List.of(), SourceLocation.ofCaller());
  }

  /**
   * Egress to an address range, minus some sub-ranges.
   *
   * @param cidr the range
   * @param except sub-ranges of {@code cidr} that stay forbidden
   * @param ports the TCP ports; empty means all
   * @param source where it was declared
   */
  record ToCidr(String cidr, List<String> except, List<Integer> ports, Optional<SourceLocation> source)
      implements Egress {

    public ToCidr {
      Objects.requireNonNull(cidr, "cidr");
      except = List.copyOf(except);
      ports = List.copyOf(ports);
      Objects.requireNonNull(source, "source");
    }

    /** The same range without {@code cidrs}. */
    public ToCidr except(String... cidrs) {
      return new ToCidr(cidr, List.of(cidrs), ports, source);
    }

    /** The same range, on TCP {@code port} only (may be repeated). */
    public ToCidr port(int port) {
      return new ToCidr(cidr, except, append(ports, port), source);
    }
  }

  /**
   * Egress to a host name outside the cluster.
   *
   * @param host the DNS name
   * @param ports the TCP ports; 443 when empty
   * @param source where it was declared
   */
  record ToHost(String host, List<Integer> ports, Optional<SourceLocation> source) implements Egress {

    public ToHost {
      Objects.requireNonNull(host, "host");
      ports = List.copyOf(ports);
      Objects.requireNonNull(source, "source");
    }

    /** The ports actually allowed: the declared ones, or 443 (HTTPS) when none are declared. */
    public List<Integer> effectivePorts() {
      return ports.isEmpty() ? List.of(443) : ports;
    }

    /** The same host, on TCP {@code port} (may be repeated). */
    public ToHost port(int port) {
      return new ToHost(host, append(ports, port), source);
    }
  }

  private static List<Integer> append(List<Integer> list, int value) {
    java.util.ArrayList<Integer> copy = new java.util.ArrayList<>(list);
    copy.add(value);
    return List.copyOf(copy);
  }
}
