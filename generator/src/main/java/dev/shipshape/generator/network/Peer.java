package dev.shipshape.generator.network;

import dev.shipshape.dsl.App;
import java.util.List;
import java.util.Objects;

/**
 * The other end of an allowed connection: an app of the stack, a user workload declared as a peer,
 * the pods of a namespace, or an
 * address range (a CIDR, the public internet standing in for a host name, a load balancer's VPC).
 *
 * <pre>{@code
 * new Peer.OfApp(frontend).label();                                  // "frontend"
 * new Peer.OfNamespace("monitoring", "namespace monitoring").label(); // "namespace monitoring"
 * }</pre>
 */
public sealed interface Peer permits Peer.OfApp, Peer.OfWorkload, Peer.OfNamespace, Peer.OfAddresses {

  /** How people call this peer, for the traffic picture. */
  String label();

  /**
   * The pods of an app of the same stack.
   *
   * @param app the app
   */
  record OfApp(App app) implements Peer {
    public OfApp {
      Objects.requireNonNull(app, "app");
    }

    @Override
    public String label() {
      return app.name();
    }
  }

  /**
   * The pods of a workload the user added as it is and declared as a peer
   * ({@code Stack.Builder.peer}), selected by its pod labels.
   *
   * @param declared the peer as declared
   */
  record OfWorkload(dev.shipshape.dsl.Peer declared) implements Peer {
    public OfWorkload {
      Objects.requireNonNull(declared, "declared");
    }

    @Override
    public String label() {
      return declared.name();
    }
  }

  /**
   * Every pod of a namespace, selected by its immutable {@code kubernetes.io/metadata.name} label.
   *
   * @param namespace the namespace's name
   * @param label how people call it (e.g. "Traefik (namespace traefik)")
   */
  record OfNamespace(String namespace, String label) implements Peer {
    public OfNamespace {
      Objects.requireNonNull(namespace, "namespace");
      Objects.requireNonNull(label, "label");
    }
  }

  /**
   * An address range, as an {@code ipBlock}.
   *
   * @param cidr the range
   * @param except sub-ranges that stay forbidden
   * @param label what the range stands for (a CIDR, a host name, "the ALB (VPC 10.0.0.0/16)")
   * @param hostName whether it stands in for an external host name, which core policies cannot express
   */
  record OfAddresses(String cidr, List<String> except, String label, boolean hostName) implements Peer {
    public OfAddresses {
      Objects.requireNonNull(cidr, "cidr");
      except = List.copyOf(except);
      Objects.requireNonNull(label, "label");
    }
  }
}
