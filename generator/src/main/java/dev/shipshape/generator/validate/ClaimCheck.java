package dev.shipshape.generator.validate;

import dev.shipshape.dsl.AccessMode;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Claim;
import dev.shipshape.dsl.ClaimSettings;
import dev.shipshape.dsl.DataSource;
import dev.shipshape.dsl.PersistentVolume;
import dev.shipshape.dsl.Persistence;
import dev.shipshape.dsl.PodVolume;
import dev.shipshape.dsl.Snapshot;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.StorageClass;
import dev.shipshape.dsl.Volume;
import dev.shipshape.dsl.VolumeMode;
import dev.shipshape.dsl.VolumeSource;
import dev.shipshape.generator.diagnostics.Rule;
import dev.shipshape.generator.storage.CsiDriver;
import dev.shipshape.generator.storage.KnownClaim;
import dev.shipshape.generator.storage.StorageModel;
import dev.shipshape.generator.syntax.Names;
import dev.shipshape.generator.syntax.Quantity;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Claims and static PersistentVolumes: sizes, names, binding to a PV that can hold them, access
 * modes the storage can serve, data sources that exist on the same driver and fit, and no
 * ReadWriteOnce claim shared by the replicas of a Deployment.
 */
final class ClaimCheck implements Check {

  static final Rule QUANTITY =
      Rule.error("STORAGE-QUANTITY", "a storage size is not a positive Kubernetes quantity");
  static final Rule NAME = Rule.error("STORAGE-NAME", "a storage object's name is invalid or used twice");
  static final Rule BINDING =
      Rule.error("STORAGE-PV-BINDING", "a claim cannot bind to the PersistentVolume it names");
  static final Rule ACCESS_MODE =
      Rule.error("STORAGE-ACCESS-MODE", "an access mode the storage cannot serve");
  static final Rule CLASS_UNDECLARED =
      Rule.warning("STORAGE-CLASS-UNDECLARED", "a claim names a StorageClass the stack does not define");
  static final Rule SHARED_SINGLE_WRITER = Rule.error("STORAGE-RWO-SHARED",
      "a Deployment with several replicas shares one ReadWriteOnce claim");
  static final Rule DATA_SOURCE =
      Rule.error("STORAGE-DATA-SOURCE", "a clone or restore source is missing, on another driver, or larger");

  @Override
  public List<Rule> rules() {
    return List.of(QUANTITY, NAME, BINDING, ACCESS_MODE, CLASS_UNDECLARED, SHARED_SINGLE_WRITER, DATA_SOURCE);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    StorageModel storage = StorageModel.of(stack);
    Map<String, PersistentVolume> volumes = checkVolumes(stack, findings);
    Set<String> claimNames = new HashSet<>();
    Map<String, String> boundBy = new HashMap<>();
    for (Claim claim : stack.claims()) {
      Where where = Where.stack(stack, "claim/" + claim.name()).at(claim.source());
      checkName("claim", claim.name(), claimNames, where, findings);
      checkSettings(stack, storage, claim.name(), claim, where, findings);
      claim.boundVolume().ifPresent(pv -> checkBinding(claim, pv, volumes, boundBy, where, findings));
    }
    for (App app : stack.apps()) {
      for (Persistence persistence : app.persistence()) {
        Where where = Where.app(stack, app, "persist/" + persistence.name()).at(persistence.source());
        boolean perReplica = StorageModel.claimPerReplica(app);
        String claimName = perReplica
            ? persistence.name() + "-" + app.name() + "-0"
            : StorageModel.deploymentClaimName(app, persistence);
        if (!perReplica) {
          checkName("claim", claimName, claimNames, where, findings);
        }
        checkSettings(stack, storage, claimName, persistence, where, findings);
        if (!perReplica && app.replicas() > 1) {
          checkNotShared(app, persistence, "its persisted " + persistence.mountPath(), where, findings);
        }
      }
      if (!StorageModel.claimPerReplica(app) && app.replicas() > 1) {
        for (PodVolume volume : app.volumes()) {
          if (volume.volume() instanceof Volume.Claim claim) {
            storage.claim(claim.claimName()).ifPresent(known -> checkNotShared(app, known.settings(),
                "claim '" + known.name() + "'", Where.app(stack, app, "volume/" + volume.name())
                    .at(volume.source()), findings));
          }
        }
      }
    }
  }

  private static Map<String, PersistentVolume> checkVolumes(Stack stack, Findings findings) {
    Map<String, PersistentVolume> volumes = new HashMap<>();
    Set<String> names = new HashSet<>();
    for (PersistentVolume volume : stack.persistentVolumes()) {
      Where where = Where.stack(stack, "persistentVolume/" + volume.name()).at(volume.source());
      checkName("PersistentVolume", volume.name(), names, where, findings);
      volumes.putIfAbsent(volume.name(), volume);
      StorageQuantities.check("capacity", volume.capacity(), where, findings);
      boolean csi = volume.volumeSource() instanceof VolumeSource.Csi;
      if (!csi && volume.effectiveAccessModes().contains(AccessMode.READ_WRITE_ONCE_POD)) {
        findings.report(ACCESS_MODE, where, "ReadWriteOncePod needs a CSI volume, but PersistentVolume '"
                + volume.name() + "' is not one",
            "use ReadWriteOnce, or a CSI source with .csi(driver, volumeHandle)");
      }
      if (volume.volumeSource() instanceof VolumeSource.Csi source) {
        CsiDriver.of(source.driver()).ifPresent(driver -> unservable(driver, volume.effectiveAccessModes())
            .forEach(mode -> findings.report(ACCESS_MODE, where, "CSI driver " + driver.driverName()
                + " cannot serve " + mode.kubernetesName() + " volumes",
                "offer ReadWriteOnce or ReadWriteOncePod, or keep shared files on NFS")));
      }
    }
    return volumes;
  }

  static void checkName(String what, String name, Set<String> names, Where where, Findings findings) {
    if (!Names.isDns1123Subdomain(name)) {
      findings.report(NAME, where, what + " name '" + name + "' is not a valid object name",
          "use lowercase letters, digits, '-' and '.', e.g. '" + NameCheck.suggestLabel(name) + "'");
    } else if (!names.add(name)) {
      findings.report(NAME, where, what + " name '" + name + "' is used twice",
          "give every " + what + " of the stack its own name");
    }
  }

  private static void checkSettings(Stack stack, StorageModel storage, String claimName,
      ClaimSettings claim, Where where, Findings findings) {
    Optional<BigDecimal> size = StorageQuantities.check("size", claim.size(), where, findings);
    claim.storageClass().filter(name -> !stack.storageClasses().isEmpty())
        .filter(name -> storage.storageClass(name).isEmpty())
        .ifPresent(name -> {
          Set<String> declared = stack.storageClasses().stream().map(StorageClass::name)
              .collect(Collectors.toCollection(java.util.TreeSet::new));
          findings.report(CLASS_UNDECLARED, where, "StorageClass '" + name
                  + "' is not defined by the stack (it defines " + declared + "); it must exist in the cluster",
              DidYouMean.closest(name, declared).map(n -> "did you mean '" + n + "'?")
                  .orElse("define it with .storageClass(StorageClass.awsEbs(\"" + name + "\")) or similar"));
        });
    storage.classNameOf(claim).flatMap(storage::storageClass).ifPresent(storageClass ->
        CsiDriver.of(storageClass.provisioner()).ifPresent(driver ->
            unservable(driver, claim.effectiveAccessModes()).forEach(mode ->
                findings.report(ACCESS_MODE, where, "StorageClass '" + storageClass.name() + "' ("
                        + driver.driverName() + ") provisions disks that cannot serve " + mode.kubernetesName(),
                    "ask for ReadWriteOnce (or ReadWriteOncePod); for files shared by many pods use a "
                        + "ReadWriteMany class such as StorageClass.nfs(name, server, share)"))));
    claim.dataSource().ifPresent(source -> checkSource(stack, storage, claimName, claim, size, source,
        where, findings));
  }

  private static List<AccessMode> unservable(CsiDriver driver, List<AccessMode> modes) {
    return modes.stream().filter(mode -> !driver.serves(mode)).toList();
  }

  private static void checkBinding(Claim claim, String pvName, Map<String, PersistentVolume> volumes,
      Map<String, String> boundBy, Where where, Findings findings) {
    PersistentVolume volume = volumes.get(pvName);
    if (volume == null) {
      findings.report(BINDING, where, "claim '" + claim.name() + "' binds to PersistentVolume '" + pvName
              + "', which the stack does not define",
          DidYouMean.closest(pvName, volumes.keySet()).map(n -> "did you mean '" + n + "'?")
              .orElse("define it with .persistentVolume(PersistentVolume.named(\"" + pvName + "\")…)"));
      return;
    }
    String previous = boundBy.putIfAbsent(pvName, claim.name());
    if (previous != null) {
      findings.report(BINDING, where, "PersistentVolume '" + pvName + "' is already bound to claim '"
          + previous + "'; a volume binds to one claim", "give each claim its own PersistentVolume");
    }
    Optional<BigDecimal> size = Quantity.parse(claim.size());
    Optional<BigDecimal> capacity = Quantity.parse(volume.capacity());
    if (size.isPresent() && capacity.isPresent() && size.get().compareTo(capacity.get()) > 0) {
      findings.report(BINDING, where, "claim '" + claim.name() + "' asks for " + claim.size()
              + " but PersistentVolume '" + pvName + "' holds only " + volume.capacity(),
          "ask for at most " + volume.capacity() + ", or give the volume more capacity");
    }
    List<AccessMode> missing = claim.effectiveAccessModes().stream()
        .filter(mode -> !volume.effectiveAccessModes().contains(mode)).toList();
    if (!missing.isEmpty()) {
      findings.report(BINDING, where, "claim '" + claim.name() + "' asks for "
              + missing.stream().map(AccessMode::kubernetesName).toList() + " but PersistentVolume '"
              + pvName + "' offers " + volume.effectiveAccessModes().stream().map(AccessMode::kubernetesName).toList(),
          "ask for an access mode the volume offers");
    }
    if (claim.storageClass().isPresent() && !claim.storageClass().equals(volume.storageClass())) {
      findings.report(BINDING, where, "claim '" + claim.name() + "' asks for StorageClass '"
              + claim.storageClass().get() + "' but PersistentVolume '" + pvName + "' has "
              + volume.storageClass().map(c -> "'" + c + "'").orElse("none"),
          "remove .storageClass(...) from the claim; it takes the volume's class");
    }
    if (claim.volumeMode().orElse(VolumeMode.FILESYSTEM) != volume.volumeMode().orElse(VolumeMode.FILESYSTEM)) {
      findings.report(BINDING, where, "claim '" + claim.name() + "' and PersistentVolume '" + pvName
          + "' have different volume modes", "use the same volumeMode on both");
    }
  }

  private static void checkNotShared(App app, ClaimSettings claim, String what, Where where, Findings findings) {
    if (claim.effectiveAccessModes().stream().allMatch(AccessMode::singleWriter)) {
      findings.report(SHARED_SINGLE_WRITER, where, "Deployment '" + app.name() + "' runs " + app.replicas()
              + " replicas that all mount " + what + ", which is "
              + claim.effectiveAccessModes().stream().map(AccessMode::kubernetesName).collect(Collectors.joining("/"))
              + ": they would pile onto one node or fail to start",
          "give each replica its own volume with App.statefulSet(\"" + app.name()
              + "\"), or share files through a ReadWriteMany class (NFS)");
    }
  }

  private static void checkSource(Stack stack, StorageModel storage, String claimName, ClaimSettings claim,
      Optional<BigDecimal> size, DataSource source, Where where, Findings findings) {
    Optional<KnownClaim> origin;
    if (source.kind() == DataSource.Kind.CLAIM) {
      if (source.name().equals(claimName)) {
        findings.report(DATA_SOURCE, where, "claim '" + claimName + "' is cloned from itself",
            "clone another claim");
        return;
      }
      origin = storage.claim(source.name());
      if (origin.isEmpty()) {
        findings.report(DATA_SOURCE, where, "claim '" + claimName + "' is cloned from claim '" + source.name()
                + "', which the stack does not create",
            DidYouMean.closest(source.name(), storage.claims().keySet()).map(n -> "did you mean '" + n + "'?")
                .orElse("clone a claim of the stack, e.g. one an app creates with .persist(...)"));
        return;
      }
    } else {
      Optional<Snapshot> snapshot = stack.snapshots().stream()
          .filter(s -> s.name().equals(source.name())).findFirst();
      if (snapshot.isEmpty()) {
        findings.report(DATA_SOURCE, where, "claim '" + claimName + "' is restored from VolumeSnapshot '"
                + source.name() + "', which the stack does not take",
            "take it with .snapshot(Snapshot.of(\"" + source.name() + "\", \"<claim>\"))");
        return;
      }
      origin = storage.claim(snapshot.get().claim());
    }
    origin.ifPresent(from -> {
      Optional<String> driver = storage.driverOf(claim);
      Optional<String> fromDriver = storage.driverOf(from.settings());
      if (driver.isPresent() && fromDriver.isPresent() && !driver.equals(fromDriver)) {
        findings.report(DATA_SOURCE, where, "claim '" + claimName + "' is provisioned by " + driver.get()
                + " but its source '" + source.name() + "' lives on " + fromDriver.get()
                + "; clones and restores stay on one driver",
            "use a StorageClass of " + fromDriver.get() + " for the new claim");
      }
      Optional<BigDecimal> fromSize = Quantity.parse(from.settings().size());
      if (size.isPresent() && fromSize.isPresent() && size.get().compareTo(fromSize.get()) < 0) {
        findings.report(DATA_SOURCE, where, "claim '" + claimName + "' asks for " + claim.size()
                + ", less than its source's " + from.settings().size(),
            "ask for at least " + from.settings().size());
      }
    });
  }
}
