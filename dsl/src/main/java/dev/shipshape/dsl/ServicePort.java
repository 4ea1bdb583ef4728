package dev.shipshape.dsl;

import java.util.Objects;
import java.util.Optional;

/**
 * One port of a Service and the container port it forwards to.
 *
 * <p>The target is a container port name (preferred: it survives port renumbering) or a number. With
 * neither, the app's first container port is the target.
 *
 * @param port the port clients connect to
 * @param targetName the named container port to forward to, if given by name
 * @param targetNumber the container port number to forward to, if given by number
 * @param nodePort the fixed node port, for NodePort and LoadBalancer Services
 */
public record ServicePort(
    int port, Optional<String> targetName, Optional<Integer> targetNumber, Optional<Integer> nodePort) {

  public ServicePort {
    Objects.requireNonNull(targetName, "targetName");
    Objects.requireNonNull(targetNumber, "targetNumber");
    Objects.requireNonNull(nodePort, "nodePort");
  }
}
