package dev.shipshape.generator.lower;

import dev.shipshape.generator.practices.EffectivePractices;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.ConfigMapRef;
import dev.shipshape.dsl.EnvValue;
import dev.shipshape.dsl.EnvVar;
import dev.shipshape.dsl.Port;
import dev.shipshape.dsl.Resources;
import dev.shipshape.dsl.SecretRef;

/** The app's container: image, ports, environment, resources, probes and security context. */
final class ContainerLowering {

  private ContainerLowering() {}

  static ObjectNode lower(AppContext context) {
    App app = context.app();
    ObjectNode container = Nodes.object();
    container.put("name", app.name());
    container.put("image", app.image().orElseThrow());
    context.markAppValue(container, "image", context.image());
    container.put("imagePullPolicy", "IfNotPresent");
    if (!app.command().isEmpty()) {
      container.set("command", Nodes.strings(app.command()));
    }
    if (!app.args().isEmpty()) {
      container.set("args", Nodes.strings(app.args()));
    }
    if (!app.ports().isEmpty()) {
      ArrayNode ports = container.putArray("ports");
      for (Port port : app.ports()) {
        ports.addObject().put("name", port.name()).put("containerPort", port.number())
            .put("protocol", port.protocol().name());
      }
    }
    if (!app.env().isEmpty()) {
      ArrayNode env = container.putArray("env");
      app.env().forEach(variable -> env.add(envVar(context, variable)));
    }
    container.set("resources", resources(app.resources().orElse(context.practices().defaultResources())));
    context.markAppValue(container, "resources", Parameters.resources(app.name()));
    ProbeLowering.lower(context).forEach(container::set);
    if (context.practices().restrictedPodSecurity() || context.practices().readOnlyRootFilesystem()) {
      container.set("securityContext", securityContext(context.practices()));
    }
    ArrayNode mounts = VolumeLowering.mounts(context);
    if (!mounts.isEmpty()) {
      container.set("volumeMounts", mounts);
    }
    ArrayNode devices = VolumeLowering.devices(context);
    if (!devices.isEmpty()) {
      container.set("volumeDevices", devices);
    }
    return container;
  }

  private static ObjectNode envVar(AppContext context, EnvVar variable) {
    ObjectNode node = Nodes.object().put("name", variable.name());
    EnvValue value = variable.value();
    if (value instanceof EnvValue.Literal literal) {
      node.put("value", literal.value());
      context.markAppValue(node, "value", Parameters.env(context.app().name(), variable.name()));
    } else if (value instanceof SecretRef secret) {
      node.putObject("valueFrom").putObject("secretKeyRef")
          .put("name", secret.name()).put("key", secret.key());
    } else if (value instanceof ConfigMapRef configMap) {
      node.putObject("valueFrom").putObject("configMapKeyRef")
          .put("name", configMap.name()).put("key", configMap.key());
    }
    return node;
  }

  private static ObjectNode resources(Resources resources) {
    ObjectNode node = Nodes.object();
    node.putObject("requests").put("cpu", resources.cpuRequest()).put("memory", resources.memoryRequest());
    ObjectNode limits = node.putObject("limits");
    resources.cpuLimit().ifPresent(cpu -> limits.put("cpu", cpu));
    limits.put("memory", resources.memoryLimit());
    return node;
  }

  private static ObjectNode securityContext(EffectivePractices practices) {
    ObjectNode context = Nodes.object();
    if (practices.restrictedPodSecurity()) {
      context.put("allowPrivilegeEscalation", false);
    }
    if (practices.readOnlyRootFilesystem()) {
      context.put("readOnlyRootFilesystem", true);
    }
    if (practices.restrictedPodSecurity()) {
      context.put("runAsNonRoot", true);
      context.putObject("capabilities").putArray("drop").add("ALL");
    }
    return context;
  }
}
