package dev.shipshape.dsl;

import java.util.Objects;

/**
 * A named port a container listens on.
 *
 * <pre>{@code
 * App.deployment("dns").image("coredns/coredns:1.12.0").port(Port.udp("dns", 5353));
 * }</pre>
 *
 * @param name an IANA service name (lowercase letters, digits and '-', at most 15 characters)
 * @param number the port number, 1-65535
 * @param protocol the transport protocol
 */
public record Port(String name, int number, Protocol protocol) {

  public Port {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(protocol, "protocol");
  }

  /** A TCP port, e.g. {@code Port.tcp("http", 8080)}. */
  public static Port tcp(String name, int number) {
    return new Port(name, number, Protocol.TCP);
  }

  /** A UDP port, e.g. {@code Port.udp("dns", 5353)}. */
  public static Port udp(String name, int number) {
    return new Port(name, number, Protocol.UDP);
  }
}
