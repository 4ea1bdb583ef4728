package dev.shipshape.generator.lower;

import dev.shipshape.generator.backup.BackupModel;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.AccessMode;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.ClaimSettings;
import dev.shipshape.dsl.PodVolume;
import dev.shipshape.dsl.Volume;
import dev.shipshape.generator.storage.KnownClaim;
import dev.shipshape.generator.storage.StorageModel;
import java.util.stream.Stream;

/**
 * A Deployment that rolls out without reducing capacity and keeps a short revision history. An app
 * whose volume only one node can attach ({@code ReadWriteOnce}) is replaced instead ({@code Recreate}):
 * a surge pod on another node would wait for the volume forever.
 */
final class DeploymentLowering {

  static final int REVISION_HISTORY = 5;

  private DeploymentLowering() {}

  static Manifest lower(AppContext context, StorageModel storage, BackupModel backups) {
    ObjectNode deployment = Nodes.resource("apps/v1", "Deployment", context.workloadMetadata());
    ObjectNode spec = deployment.putObject("spec");
    spec.put("replicas", context.app().replicas());
    context.markAppValue(spec, "replicas", Parameters.replicas(context.app().name()));
    spec.put("revisionHistoryLimit", REVISION_HISTORY);
    spec.set("selector", context.workloadSelector());
    ObjectNode strategy = spec.putObject("strategy");
    if (attachesSingleWriterVolume(context.app(), storage)) {
      strategy.put("type", "Recreate");
    } else {
      strategy.put("type", "RollingUpdate");
      strategy.putObject("rollingUpdate").put("maxSurge", "25%").put("maxUnavailable", 0);
    }
    spec.set("template", PodTemplateLowering.lower(context, backups, "Deployment"));
    return new Manifest(context.owner(), deployment);
  }

  private static boolean attachesSingleWriterVolume(App app, StorageModel storage) {
    Stream<ClaimSettings> persisted = app.persistence().stream().map(ClaimSettings.class::cast);
    Stream<ClaimSettings> mounted = app.volumes().stream().map(PodVolume::volume)
        .flatMap(volume -> volume instanceof Volume.Claim claim
            ? storage.claim(claim.claimName()).map(KnownClaim::settings).stream() : Stream.empty());
    return Stream.concat(persisted, mounted)
        .anyMatch(claim -> claim.effectiveAccessModes().stream().allMatch(AccessMode::singleWriter));
  }
}
