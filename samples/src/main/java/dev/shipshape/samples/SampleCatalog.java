package dev.shipshape.samples;

import dev.shipshape.samples.backup.BackupPolicyStack;
import dev.shipshape.samples.backup.PostgresBackups;
import dev.shipshape.samples.negative.BackupCronWithSeconds;
import dev.shipshape.samples.negative.BackupTtlTooShort;
import dev.shipshape.samples.negative.BrokenShop;
import dev.shipshape.samples.services.BackendClusterIp;
import dev.shipshape.samples.services.ExternalNameLab;
import dev.shipshape.samples.services.LoadBalancerLab;
import dev.shipshape.samples.services.NodePortLab;
import dev.shipshape.samples.shop.Shop;
import dev.shipshape.samples.storage.EbsCsiStorage;
import dev.shipshape.samples.storage.EmptyDirLab;
import dev.shipshape.samples.storage.LegacyGp2Storage;
import dev.shipshape.samples.storage.MysqlStatefulSet;
import dev.shipshape.samples.storage.SnapshotAndClone;
import dev.shipshape.samples.storage.StaticVolumeLab;
import java.util.List;

/** Every bundled sample, in the order they are rendered and documented. */
public final class SampleCatalog {

  private SampleCatalog() {}

  /** All samples, rendering ones first. */
  public static List<Sample> all() {
    return List.of(
        Sample.rendering(new BackendClusterIp()),
        Sample.rendering(new NodePortLab()),
        Sample.rendering(new LoadBalancerLab()),
        Sample.rendering(new ExternalNameLab()),
        Sample.rendering(new Shop()),
        Sample.rendering(new EmptyDirLab()),
        Sample.rendering(new StaticVolumeLab()),
        Sample.rendering(new EbsCsiStorage()),
        Sample.rendering(new MysqlStatefulSet()),
        Sample.rendering(new SnapshotAndClone()),
        Sample.rendering(new PostgresBackups()),
        Sample.rendering(new BackupPolicyStack()),
        Sample.failing(new BrokenShop()),
        Sample.failing(new LegacyGp2Storage()),
        Sample.failing(new BackupCronWithSeconds()),
        Sample.failing(new BackupTtlTooShort()));
  }
}
