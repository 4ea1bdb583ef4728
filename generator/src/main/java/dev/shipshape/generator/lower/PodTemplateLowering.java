package dev.shipshape.generator.lower;

import dev.shipshape.generator.practices.EffectivePractices;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.generator.backup.BackupModel;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pod template shared by every workload kind: labels, annotations (Velero's backup hooks and
 * file-system volumes, then the user's), identity, pod security, the container, its volumes, and
 * spreading across nodes and zones from two replicas on.
 */
final class PodTemplateLowering {

  /** An unprivileged user and group that no image's root maps to. */
  static final int NON_ROOT_ID = 10001;

  private PodTemplateLowering() {}

  static ObjectNode lower(AppContext context, BackupModel backups) {
    ObjectNode template = Nodes.object();
    ObjectNode metadata = template.putObject("metadata");
    metadata.set("labels", Nodes.map(context.podLabels()));
    Map<String, String> annotations = new TreeMap<>(backups.podAnnotations(context.app()));
    annotations.putAll(context.app().podAnnotations());
    if (!annotations.isEmpty()) {
      metadata.set("annotations", Nodes.map(annotations));
    }
    ObjectNode spec = template.putObject("spec");
    EffectivePractices practices = context.practices();
    if (practices.dedicatedServiceAccount()) {
      spec.put("serviceAccountName", context.app().name());
    }
    spec.put("automountServiceAccountToken", false);
    if (practices.restrictedPodSecurity()) {
      ObjectNode security = spec.putObject("securityContext");
      security.put("runAsNonRoot", true);
      security.put("runAsUser", NON_ROOT_ID);
      security.put("runAsGroup", NON_ROOT_ID);
      security.put("fsGroup", NON_ROOT_ID);
      security.putObject("seccompProfile").put("type", "RuntimeDefault");
    }
    spec.putArray("containers").add(ContainerLowering.lower(context));
    ArrayNode volumes = VolumeLowering.podVolumes(context);
    if (!volumes.isEmpty()) {
      spec.set("volumes", volumes);
    }
    boolean replicated = context.app().replicas() >= 2;
    if (replicated && practices.podAntiAffinity()) {
      ObjectNode term = spec.putObject("affinity").putObject("podAntiAffinity")
          .putArray("preferredDuringSchedulingIgnoredDuringExecution").addObject();
      term.put("weight", 100);
      ObjectNode affinityTerm = term.putObject("podAffinityTerm");
      affinityTerm.set("labelSelector", context.selector());
      affinityTerm.put("topologyKey", "kubernetes.io/hostname");
    }
    if (replicated && practices.topologySpread()) {
      ObjectNode constraint = spec.putArray("topologySpreadConstraints").addObject();
      constraint.put("maxSkew", 1);
      constraint.put("topologyKey", "topology.kubernetes.io/zone");
      constraint.put("whenUnsatisfiable", "ScheduleAnyway");
      constraint.set("labelSelector", context.selector());
    }
    return template;
  }
}
