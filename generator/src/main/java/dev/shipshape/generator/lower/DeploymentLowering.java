package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** A Deployment that rolls out without reducing capacity and keeps a short revision history. */
final class DeploymentLowering {

  static final int REVISION_HISTORY = 5;

  private DeploymentLowering() {}

  static Manifest lower(AppContext context) {
    ObjectNode metadata = context.metadata(context.app().name());
    Map<String, String> exemptions = LinterExemptions.forWorkload(context);
    if (!exemptions.isEmpty()) {
      metadata.set("annotations", Nodes.map(exemptions));
    }
    ObjectNode deployment = Nodes.resource("apps/v1", "Deployment", metadata);
    ObjectNode spec = deployment.putObject("spec");
    spec.put("replicas", context.app().replicas());
    spec.put("revisionHistoryLimit", REVISION_HISTORY);
    spec.set("selector", context.selector());
    ObjectNode strategy = spec.putObject("strategy");
    strategy.put("type", "RollingUpdate");
    strategy.putObject("rollingUpdate").put("maxSurge", "25%").put("maxUnavailable", 0);
    spec.set("template", PodTemplateLowering.lower(context));
    return new Manifest(context.owner(), deployment);
  }
}
