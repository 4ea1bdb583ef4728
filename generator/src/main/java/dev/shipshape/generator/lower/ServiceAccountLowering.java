package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** A ServiceAccount per app, so each workload has its own identity and no API token by default. */
final class ServiceAccountLowering {

  private ServiceAccountLowering() {}

  static Optional<Manifest> lower(AppContext context) {
    if (!context.practices().dedicatedServiceAccount()) {
      return Optional.empty();
    }
    ObjectNode account = Nodes.resource("v1", "ServiceAccount", context.metadata(context.app().name()));
    account.put("automountServiceAccountToken", false);
    return Optional.of(new Manifest(context.owner(), account));
  }
}
