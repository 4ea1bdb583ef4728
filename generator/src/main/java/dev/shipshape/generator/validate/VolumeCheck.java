package dev.shipshape.generator.validate;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.PersistentVolume;
import dev.shipshape.dsl.Persistence;
import dev.shipshape.dsl.PodVolume;
import dev.shipshape.dsl.Profile;
import dev.shipshape.dsl.Projection;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.Volume;
import dev.shipshape.dsl.VolumeMount;
import dev.shipshape.generator.diagnostics.Rule;
import dev.shipshape.generator.practices.EffectivePractices;
import dev.shipshape.generator.storage.StorageModel;
import dev.shipshape.generator.syntax.Names;
import dev.shipshape.generator.syntax.Quantity;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pod volumes and mounts: valid unique names, mounts of declared volumes at distinct absolute
 * paths, valid references, sized tmpfs, and hostPath only with a reason, outside production and
 * outside namespaces that enforce Pod Security "restricted".
 */
final class VolumeCheck implements Check {

  static final Rule NAME = Rule.error("VOL-NAME", "a pod volume name is invalid or used twice");
  static final Rule MOUNT_UNDECLARED =
      Rule.error("VOL-MOUNT-UNDECLARED", "a mount names a volume the app does not declare");
  static final Rule MOUNT_PATH =
      Rule.error("VOL-MOUNT-PATH", "a mount path is not absolute or is mounted twice");
  static final Rule REFERENCE =
      Rule.error("VOL-REFERENCE", "a volume references an invalid or undeclared object");
  static final Rule HOST_PATH =
      Rule.error("VOL-HOSTPATH", "a hostPath volume without a written reason");
  static final Rule HOST_PATH_PRODUCTION =
      Rule.mandatory("VOL-HOSTPATH-PRODUCTION", "a hostPath volume in a production stack");
  static final Rule HOST_PATH_RESTRICTED =
      Rule.error("VOL-HOSTPATH-PSS", "a hostPath pod volume in a namespace enforcing Pod Security restricted");
  static final Rule MEMORY =
      Rule.warning("VOL-EMPTYDIR-MEMORY", "a tmpfs emptyDir without a size limit, or above the memory limit");

  private static final int MIN_TOKEN_SECONDS = 600;

  @Override
  public List<Rule> rules() {
    return List.of(NAME, MOUNT_UNDECLARED, MOUNT_PATH, REFERENCE, HOST_PATH, HOST_PATH_PRODUCTION,
        HOST_PATH_RESTRICTED, MEMORY);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    StorageModel storage = StorageModel.of(stack);
    for (App app : stack.apps()) {
      checkApp(stack, app, storage, findings);
    }
    for (PersistentVolume volume : stack.persistentVolumes()) {
      if (volume.volumeSource() instanceof Volume.HostPath hostPath) {
        checkHostPath(stack, hostPath, false,
            Where.stack(stack, "persistentVolume/" + volume.name()).at(volume.source()), findings);
      }
    }
  }

  private static void checkApp(Stack stack, App app, StorageModel storage, Findings findings) {
    EffectivePractices practices = EffectivePractices.of(stack, app);
    Set<String> names = new HashSet<>();
    Set<String> paths = new HashSet<>();
    if (practices.readOnlyRootFilesystem()) {
      names.add("tmp");
      paths.add("/tmp");
    }
    for (PodVolume volume : app.volumes()) {
      Where where = Where.app(stack, app, "volume/" + volume.name()).at(volume.source());
      checkName(volume.name(), names, where, findings);
      checkSource(stack, app, volume.volume(), storage, where, findings);
    }
    for (Persistence persistence : app.persistence()) {
      Where where = Where.app(stack, app, "persist/" + persistence.name()).at(persistence.source());
      checkName(persistence.name(), names, where, findings);
      checkPath(persistence.mountPath(), paths, where, findings);
    }
    Set<String> declared = new TreeSet<>();
    app.volumes().forEach(v -> declared.add(v.name()));
    app.persistence().forEach(p -> declared.add(p.name()));
    for (VolumeMount mount : app.mounts()) {
      Where where = Where.app(stack, app, "mount" + mount.path()).at(mount.source());
      if (!declared.contains(mount.volume())) {
        findings.report(MOUNT_UNDECLARED, where, "the mount at " + mount.path() + " names volume '"
                + mount.volume() + "', which app '" + app.name() + "' does not declare"
                + (declared.isEmpty() ? "" : " (it declares " + declared + ")"),
            DidYouMean.closest(mount.volume(), declared).map(n -> "did you mean '" + n + "'?")
                .orElse("declare it first, e.g. .volume(\"" + mount.volume()
                    + "\", Volume.emptyDir(\"1Gi\")), or keep data with .persist(\"" + mount.path()
                    + "\", \"1Gi\")"));
      }
      checkPath(mount.path(), paths, where, findings);
    }
  }

  private static void checkName(String name, Set<String> names, Where where, Findings findings) {
    if (!Names.isDns1123Label(name)) {
      findings.report(NAME, where, "volume name '" + name + "' is not a DNS-1123 label",
          "use at most 63 lowercase letters, digits and '-', e.g. '" + NameCheck.suggestLabel(name) + "'");
    } else if (!names.add(name)) {
      findings.report(NAME, where, "volume name '" + name + "' is used twice in the pod"
              + (name.equals("tmp") ? " ('tmp' holds the writable /tmp of the read-only root file system)" : ""),
          "give every volume and persist(...) of the app its own name");
    }
  }

  private static void checkPath(String path, Set<String> paths, Where where, Findings findings) {
    if (!path.startsWith("/")) {
      findings.report(MOUNT_PATH, where, "mount path '" + path + "' is not absolute",
          "write the path in the container from '/', e.g. '/" + path + "'");
    } else if (!paths.add(path)) {
      findings.report(MOUNT_PATH, where, "path " + path + " is mounted twice"
              + (path.equals("/tmp") ? " (the read-only root file system already mounts a writable /tmp)" : ""),
          "mount each path once; mount one volume at several paths if you need to");
    }
  }

  private static void checkSource(Stack stack, App app, Volume volume, StorageModel storage, Where where,
      Findings findings) {
    if (volume instanceof Volume.EmptyDir emptyDir) {
      checkEmptyDir(stack, app, emptyDir, where, findings);
    } else if (volume instanceof Volume.ConfigMap configMap) {
      checkObject("ConfigMap", configMap.name(), configMap.items(), where, findings);
    } else if (volume instanceof Volume.Secret secret) {
      checkObject("Secret", secret.name(), secret.items(), where, findings);
    } else if (volume instanceof Volume.Projected projected) {
      checkProjected(projected, where, findings);
    } else if (volume instanceof Volume.HostPath hostPath) {
      checkHostPath(stack, hostPath, true, where, findings);
    } else if (volume instanceof Volume.Claim claim && storage.claim(claim.claimName()).isEmpty()) {
      findings.report(REFERENCE, where, "claim '" + claim.claimName() + "' is not declared in the stack",
          DidYouMean.closest(claim.claimName(), storage.claims().keySet())
              .map(n -> "did you mean '" + n + "'?")
              .orElse("declare it with .claim(Claim.named(\"" + claim.claimName()
                  + "\").size(\"1Gi\")) on the stack, or let the app own its data with .persist(path, size)"));
    }
  }

  private static void checkEmptyDir(Stack stack, App app, Volume.EmptyDir emptyDir, Where where,
      Findings findings) {
    Optional<BigDecimal> size = emptyDir.sizeLimit()
        .flatMap(limit -> StorageQuantities.check("emptyDir size limit", limit, where, findings));
    if (!emptyDir.memory()) {
      return;
    }
    String memoryLimit = app.resources().orElse(EffectivePractices.of(stack, app).defaultResources()).memoryLimit();
    if (emptyDir.sizeLimit().isEmpty()) {
      findings.report(MEMORY, where, "the tmpfs emptyDir has no size limit; what it holds counts against "
              + "the container's memory limit " + memoryLimit,
          "cap it below the memory limit, e.g. Volume.memory(\"64Mi\")");
    } else if (size.isPresent() && Quantity.parse(memoryLimit).filter(m -> size.get().compareTo(m) > 0).isPresent()) {
      findings.report(MEMORY, where, "the tmpfs emptyDir may hold " + emptyDir.sizeLimit().get()
              + ", more than the container's memory limit " + memoryLimit + "; filling it gets the pod killed",
          "lower the size limit or raise the memory limit with .resources(...)");
    }
  }

  private static void checkObject(String kind, String name, Map<String, String> items, Where where,
      Findings findings) {
    if (!Names.isDns1123Subdomain(name)) {
      findings.report(REFERENCE, where, kind + " name '" + name + "' is not a valid object name",
          "use lowercase letters, digits, '-' and '.', e.g. 'web-config'");
    }
    items.forEach((key, path) -> {
      if (!Names.isConfigKey(key)) {
        findings.report(REFERENCE, where, kind + " key '" + key + "' is not a valid key",
            "use letters, digits, '-', '_' and '.'");
      }
      checkRelative(path, where, findings);
    });
  }

  private static void checkProjected(Volume.Projected projected, Where where, Findings findings) {
    if (projected.sources().isEmpty()) {
      findings.report(REFERENCE, where, "the projected volume has no sources",
          "list its sources, e.g. Volume.projected(Projection.secret(\"db-credentials\"))");
    }
    for (Projection source : projected.sources()) {
      if (source instanceof Projection.SecretKeys secret) {
        checkObject("Secret", secret.name(), Map.of(), where, findings);
      } else if (source instanceof Projection.ConfigMapKeys configMap) {
        checkObject("ConfigMap", configMap.name(), Map.of(), where, findings);
      } else if (source instanceof Projection.ServiceAccountToken token
          && (token.expirationSeconds() < MIN_TOKEN_SECONDS || token.audience().isBlank())) {
        findings.report(REFERENCE, where, "the ServiceAccount token for audience '" + token.audience()
                + "' lives " + token.expirationSeconds() + "s; Kubernetes needs an audience and at least "
                + MIN_TOKEN_SECONDS + "s",
            "e.g. Projection.serviceAccountToken(\"vault\", 3600)");
      } else if (source instanceof Projection.PodField field) {
        checkRelative(field.path(), where, findings);
      }
    }
  }

  private static void checkRelative(String path, Where where, Findings findings) {
    if (path.isEmpty() || path.startsWith("/") || List.of(path.split("/")).contains("..")) {
      findings.report(REFERENCE, where, "file path '" + path + "' is not a relative path inside the volume",
          "write a relative path without '..', e.g. 'config.yaml'");
    }
  }

  private static void checkHostPath(Stack stack, Volume.HostPath hostPath, boolean podVolume, Where where,
      Findings findings) {
    String alternative = podVolume
        ? "keep data in a claim with .persist(\"" + hostPath.path() + "\", \"1Gi\"), or use scratch space with "
            + "Volume.emptyDir(\"1Gi\")"
        : "use a CSI volume, e.g. .csi(\"ebs.csi.aws.com\", \"vol-…\"), or an NFS export with .nfs(server, path)";
    if (stack.profile() == Profile.PRODUCTION) {
      findings.report(HOST_PATH_PRODUCTION, where, "hostPath " + hostPath.path()
              + " ties data to one node and exposes the node's file system; production stacks never use it",
          alternative);
      return;
    }
    if (hostPath.reason().filter(reason -> !reason.isBlank()).isEmpty()) {
      findings.report(HOST_PATH, where, "hostPath " + hostPath.path()
              + (hostPath.reason().isPresent() ? " has an empty reason" : " is refused")
              + ": it ties data to one node and exposes the node's file system",
          alternative + "; if a node directory is really needed, say why with "
              + (podVolume ? "Volume.hostPath(\"" + hostPath.path() + "\").because(\"…\")"
                  : ".hostPath(\"" + hostPath.path() + "\", \"…\")"));
      return;
    }
    EffectivePractices practices = EffectivePractices.of(stack);
    if (podVolume && practices.namespace() && practices.restrictedPodSecurity()) {
      findings.report(HOST_PATH_RESTRICTED, where, "hostPath " + hostPath.path()
              + " is forbidden by Pod Security \"restricted\", which namespace '" + stack.namespaceName()
              + "' enforces: the pod would be rejected",
          "turn restricted Pod Security off for the stack with .practices(Practices.builder()"
              + ".restrictedPodSecurity(false)), or " + alternative);
    }
  }
}
