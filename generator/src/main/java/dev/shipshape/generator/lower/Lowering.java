package dev.shipshape.generator.lower;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.ExternalService;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.backup.BackupModel;
import dev.shipshape.generator.storage.StorageModel;
import dev.shipshape.generator.network.AppTraffic;
import dev.shipshape.generator.network.TrafficModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a validated stack into Kubernetes objects, applying the best-practice defaults in force.
 * Call it only on a stack without validation errors.
 *
 * <pre>{@code
 * List<Manifest> objects = new Lowering().lower(stack);
 * }</pre>
 *
 * <p>Stateless and safe to share between threads.
 */
public final class Lowering {

  /**
   * The stack's objects: the Namespace, the stack-wide NetworkPolicies and mesh policies first, then the
   * cluster-scoped ClusterIssuers, the stack's storage (classes, static volumes, snapshot classes,
   * claims), each app's (with a rollout's second Deployment and the app's mesh routes and
   * authorization), the snapshots, the external aliases, then Velero's backup storage and snapshot
   * locations and Schedules (in the Velero namespace).
   */
  public List<Manifest> lower(Stack stack) {
    List<Manifest> manifests = new ArrayList<>();
    StorageModel storage = StorageModel.of(stack);
    BackupModel backups = BackupModel.of(stack);
    NamespaceLowering.lower(stack).ifPresent(manifests::add);
    TrafficModel traffic = TrafficModel.of(stack);
    manifests.addAll(NetworkPolicyLowering.lowerStack(stack, traffic));
    PeerAuthenticationLowering.lower(stack).ifPresent(manifests::add);
    IstioAuthorizationLowering.lowerStack(stack).ifPresent(manifests::add);
    TelemetryLowering.lower(stack).ifPresent(manifests::add);
    manifests.addAll(ClusterIssuerLowering.lower(stack));
    stack.storageClasses().forEach(c -> manifests.add(StorageClassLowering.lower(stack, c)));
    stack.persistentVolumes().forEach(v -> manifests.add(PersistentVolumeLowering.lower(stack, v)));
    stack.snapshotClasses().forEach(c -> manifests.add(SnapshotLowering.lower(stack, c)));
    manifests.addAll(ClaimLowering.lower(stack, storage));
    for (AppTraffic appTraffic : traffic.apps()) {
      App app = appTraffic.app();
      AppContext context = AppContext.of(stack, app);
      ServiceAccountLowering.lower(context).ifPresent(manifests::add);
      manifests.addAll(ClaimLowering.lower(context, storage));
      manifests.add(switch (app.kind()) {
        case DEPLOYMENT -> DeploymentLowering.lower(context, storage, backups);
        case STATEFUL_SET -> StatefulSetLowering.lower(context, storage, backups);
      });
      if (app.rollout().isPresent()) {
        manifests.add(DeploymentLowering.lower(context.secondVersion(), storage, backups));
      }
      ServiceLowering.lower(context).ifPresent(manifests::add);
      manifests.addAll(ServiceLowering.perVersion(context));
      ServiceLowering.governing(context).ifPresent(manifests::add);
      DisruptionBudgetLowering.lower(context).ifPresent(manifests::add);
      IngressLowering.lower(context).ifPresent(manifests::add);
      manifests.addAll(HttpRouteLowering.lower(context));
      manifests.add(NetworkPolicyLowering.lower(context, appTraffic));
      IstioAuthorizationLowering.lower(context, appTraffic).ifPresent(manifests::add);
      manifests.addAll(LinkerdAuthorizationLowering.lower(context, appTraffic));
      DestinationRuleLowering.lower(context).ifPresent(manifests::add);
      VirtualServiceLowering.lower(context).ifPresent(manifests::add);
      manifests.addAll(MeshRouteLowering.lower(context));
    }
    stack.snapshots().forEach(s -> manifests.add(SnapshotLowering.lower(stack, storage, s)));
    for (ExternalService alias : stack.externalServices()) {
      manifests.add(ServiceLowering.lower(stack, alias));
    }
    stack.backupStorages().forEach(s -> manifests.add(BackupStorageLocationLowering.lower(stack, s)));
    stack.snapshotLocations().forEach(s -> manifests.add(SnapshotLocationLowering.lower(stack, s)));
    backups.schedules().forEach(s -> manifests.add(ScheduleLowering.lower(stack, backups, s)));
    return manifests;
  }
}
