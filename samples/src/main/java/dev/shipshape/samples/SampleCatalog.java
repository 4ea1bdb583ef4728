package dev.shipshape.samples;

import dev.shipshape.samples.delivery.Guestbook;
import dev.shipshape.samples.backup.BackupPolicyStack;
import dev.shipshape.samples.backup.PostgresBackups;
import dev.shipshape.samples.negative.BackupCronWithSeconds;
import dev.shipshape.samples.negative.BackupTtlTooShort;
import dev.shipshape.samples.mesh.IstioAmbientLab;
import dev.shipshape.samples.mesh.IstioShop;
import dev.shipshape.samples.mesh.LinkerdShop;
import dev.shipshape.samples.negative.BrokenShop;
import dev.shipshape.samples.negative.CanaryWeights;
import dev.shipshape.samples.negative.DuplicateRoute;
import dev.shipshape.samples.hatch.HatchShop;
import dev.shipshape.samples.negative.HatchBadYaml;
import dev.shipshape.samples.negative.HatchCollision;
import dev.shipshape.samples.negative.HatchWithoutName;
import dev.shipshape.samples.negative.HostPathVolume;
import dev.shipshape.samples.negative.IngressWithoutTls;
import dev.shipshape.samples.negative.MeshFeatureWithoutMesh;
import dev.shipshape.samples.negative.MysqlLiteralPassword;
import dev.shipshape.samples.negative.NodePortWithoutReason;
import dev.shipshape.samples.negative.PatchMissesItsObject;
import dev.shipshape.samples.negative.PatchPathMisses;
import dev.shipshape.samples.negative.UnknownAllowTarget;
import dev.shipshape.samples.networking.AlbIngress;
import dev.shipshape.samples.networking.BackendPolicyLab;
import dev.shipshape.samples.networking.GatewayApi;
import dev.shipshape.samples.networking.HaproxyIngress;
import dev.shipshape.samples.networking.NginxIngress;
import dev.shipshape.samples.networking.TraefikIngress;
import dev.shipshape.samples.networking.WebIngressLab;
import dev.shipshape.samples.patches.PatchLab;
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

/**
 * Every bundled sample, in the order they are documented. The rendering ones are also configured,
 * one plugin execution each, in {@code samples/pom.xml}: the main job renders them through the
 * Maven plugin into {@code target/manifests/<sample>/}.
 */
public final class SampleCatalog {

  private SampleCatalog() {}

  /** All samples, rendering ones first. */
  public static List<Sample> all() {
    return List.of(
        Sample.rendering(new BackendClusterIp()),
        Sample.rendering(new NodePortLab()),
        Sample.rendering(new LoadBalancerLab()),
        Sample.rendering(new ExternalNameLab()),
        Sample.rendering(new WebIngressLab()),
        Sample.rendering(new BackendPolicyLab()),
        Sample.rendering(new NginxIngress()),
        Sample.rendering(new TraefikIngress()),
        Sample.rendering(new HaproxyIngress()),
        Sample.rendering(new AlbIngress()),
        Sample.rendering(new GatewayApi()),
        Sample.rendering(new Shop()),
        Sample.rendering(new Guestbook()),
        Sample.rendering(new EmptyDirLab()),
        Sample.rendering(new StaticVolumeLab()),
        Sample.rendering(new EbsCsiStorage()),
        Sample.rendering(new MysqlStatefulSet()),
        Sample.rendering(new SnapshotAndClone()),
        Sample.rendering(new PostgresBackups()),
        Sample.rendering(new BackupPolicyStack()),
        Sample.rendering(new IstioShop()),
        Sample.rendering(new LinkerdShop()),
        Sample.rendering(new IstioAmbientLab()),
        Sample.rendering(new HatchShop()),
        Sample.rendering(new PatchLab()),
        Sample.failing(new BrokenShop()),
        Sample.failing(new NodePortWithoutReason()),
        Sample.failing(new HostPathVolume()),
        Sample.failing(new MysqlLiteralPassword()),
        Sample.failing(new LegacyGp2Storage()),
        Sample.failing(new UnknownAllowTarget()),
        Sample.failing(new IngressWithoutTls()),
        Sample.failing(new DuplicateRoute()),
        Sample.failing(new BackupCronWithSeconds()),
        Sample.failing(new BackupTtlTooShort()),
        Sample.failing(new CanaryWeights()),
        Sample.failing(new MeshFeatureWithoutMesh()),
        Sample.failing(new HatchCollision()),
        Sample.failing(new HatchWithoutName()),
        Sample.failing(new HatchBadYaml()),
        Sample.failing(new PatchMissesItsObject()),
        Sample.failing(new PatchPathMisses()));
  }
}
