package dev.shipshape.samples.storage;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Claim;
import dev.shipshape.dsl.Cloud;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.PersistOption;
import dev.shipshape.dsl.Snapshot;
import dev.shipshape.dsl.SnapshotClass;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.StorageClass;
import dev.shipshape.dsl.Volume;

/**
 * CSI snapshots and clones: {@code uploads} keeps its files in its own claim {@code uploads-data};
 * an on-demand snapshot of it is restored into {@code uploads-restore}, and {@code uploads-clone}
 * copies the live claim for a test run that {@code uploads-preview} mounts. The snapshot class is
 * the EBS driver's default and the one Velero picks.
 */
public final class SnapshotAndClone implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("snapshots")
        .cloud(Cloud.AWS)
        .storageClass(StorageClass.awsEbs("gp3-encrypted").defaultClass())
        .snapshotClass(SnapshotClass.of("ebs-snapshots", StorageClass.AWS_EBS))
        .app(App.deployment("uploads")
            .image("ghcr.io/acme/uploads:2.0.1")
            .port(8080)
            .persist("/srv/uploads", "20Gi", PersistOption.storageClass("gp3-encrypted")))
        .snapshot(Snapshot.of("uploads-snap-1", "uploads-data"))
        .claim(Claim.named("uploads-restore").size("20Gi").restoredFrom("uploads-snap-1"))
        .claim(Claim.named("uploads-clone").size("25Gi").clonedFrom("uploads-data"))
        .app(App.deployment("uploads-preview")
            .image("ghcr.io/acme/uploads:2.1.0-rc.1")
            .port(8080)
            .volume("files", Volume.claim("uploads-clone"))
            .mount("/srv/uploads", "files"))
        .build();
  }
}
