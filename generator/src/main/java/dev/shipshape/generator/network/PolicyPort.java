package dev.shipshape.generator.network;

import dev.shipshape.dsl.Port;
import dev.shipshape.dsl.Protocol;
import java.util.Objects;
import java.util.Optional;

/**
 * A port of a NetworkPolicy rule: a named container port of the destination pods, or a number.
 *
 * <pre>{@code
 * PolicyPort.named(Port.tcp("http", 8080)).describe(); // "http (8080/TCP)"
 * PolicyPort.tcp(443).describe();                      // "443/TCP"
 * }</pre>
 *
 * @param name the container port's name, when the destination is a pod of the stack
 * @param number the port number
 * @param protocol the transport protocol
 */
public record PolicyPort(Optional<String> name, int number, Protocol protocol) {

  public PolicyPort {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(protocol, "protocol");
  }

  /** The container port {@code port}, referenced by its name. */
  public static PolicyPort named(Port port) {
    return new PolicyPort(Optional.of(port.name()), port.number(), port.protocol());
  }

  /** TCP port {@code number}. */
  public static PolicyPort tcp(int number) {
    return new PolicyPort(Optional.empty(), number, Protocol.TCP);
  }

  /** A short description for people, e.g. {@code http (8080/TCP)}. */
  public String describe() {
    String numbered = number + "/" + protocol.name();
    return name.map(n -> n + " (" + numbered + ")").orElse(numbered);
  }
}
