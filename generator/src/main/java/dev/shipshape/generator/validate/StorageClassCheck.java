package dev.shipshape.generator.validate;

import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.StorageClass;
import dev.shipshape.generator.diagnostics.Rule;
import dev.shipshape.generator.storage.CsiDriver;
import dev.shipshape.generator.storage.StorageParameters;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * StorageClasses: CSI drivers only (in-tree provisioners are refused with the CSI equivalent), at
 * most one default, encryption at rest unless turned off with a reason, and parameters the driver
 * understands.
 */
final class StorageClassCheck implements Check {

  static final Rule LEGACY =
      Rule.error("STORAGE-CLASS-LEGACY", "a StorageClass uses a removed in-tree provisioner");
  static final Rule DEFAULT = Rule.error("STORAGE-CLASS-DEFAULT", "more than one default StorageClass");
  static final Rule ENCRYPTION = Rule.error("STORAGE-ENCRYPTION",
      "encryption at rest is off without a reason, or set in a way the driver cannot take");
  static final Rule PARAMETERS =
      Rule.error("STORAGE-CLASS-PARAMETERS", "a StorageClass parameter the driver rejects or needs");

  private static final Set<String> EBS_TYPES = Set.of("gp3", "gp2", "io1", "io2", "st1", "sc1", "standard");
  private static final Set<String> FS_TYPES = Set.of("ext4", "xfs", "ext3");
  private static final String FSTYPE = "csi.storage.k8s.io/fstype";
  private static final Map<CsiDriver, List<String>> REQUIRED = Map.of(
      CsiDriver.NFS, List.of("server", "share"),
      CsiDriver.CEPH_RBD, List.of("clusterID", "pool"),
      CsiDriver.AWS_EBS, List.of("type"),
      CsiDriver.GCP_PD, List.of("type"),
      CsiDriver.AZURE_DISK, List.of("skuName"));

  @Override
  public List<Rule> rules() {
    return List.of(LEGACY, DEFAULT, ENCRYPTION, PARAMETERS);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    Set<String> names = new HashSet<>();
    Optional<String> firstDefault = Optional.empty();
    for (StorageClass storageClass : stack.storageClasses()) {
      Where where = Where.stack(stack, "storageClass/" + storageClass.name()).at(storageClass.source());
      ClaimCheck.checkName("StorageClass", storageClass.name(), names, where, findings);
      if (storageClass.defaultClass()) {
        if (firstDefault.isPresent()) {
          findings.report(DEFAULT, where, "StorageClass '" + storageClass.name() + "' and '"
                  + firstDefault.get() + "' are both marked default; claims without a class would get either",
              "call .defaultClass() on one class only");
        } else {
          firstDefault = Optional.of(storageClass.name());
        }
      }
      Optional<String> replacement = CsiDriver.replacementOf(storageClass.provisioner());
      if (replacement.isPresent()) {
        findings.report(LEGACY, where, "provisioner '" + storageClass.provisioner()
                + "' is an in-tree driver, removed from Kubernetes; only CSI drivers provision volumes now",
            legacyHint(storageClass, replacement.get()));
        continue;
      }
      CsiDriver.of(storageClass.provisioner()).ifPresentOrElse(
          driver -> {
            checkEncryption(storageClass, driver, where, findings);
            checkParameters(storageClass, driver, where, findings);
          },
          () -> storageClass.encryptionKey().ifPresent(key -> findings.report(ENCRYPTION, where,
              "Shipshape does not know how provisioner '" + storageClass.provisioner() + "' takes a key",
              "set the driver's own key parameter with .parameter(name, \"" + key + "\")")));
    }
  }

  /** The CSI driver, the DSL call and the parameters that replace an in-tree class. */
  private static String legacyHint(StorageClass legacy, String csiDriver) {
    Optional<CsiDriver> driver = CsiDriver.of(csiDriver);
    StorageClass.Builder twin = switch (driver.orElse(CsiDriver.NFS)) {
      case AWS_EBS -> StorageClass.awsEbs(legacy.name());
      case GCP_PD -> StorageClass.gcpPd(legacy.name());
      case AZURE_DISK -> StorageClass.azureDisk(legacy.name());
      default -> null;
    };
    if (twin == null) {
      return "use the CSI driver " + csiDriver + ": StorageClass.provisioner(\"" + legacy.name() + "\", \""
          + csiDriver + "\") with that driver's parameters";
    }
    Map<String, String> parameters = StorageParameters.of(twin.build());
    String rendered = parameters.entrySet().stream().map(e -> e.getKey() + ": \"" + e.getValue() + "\"")
        .collect(Collectors.joining(", "));
    return "use the CSI driver " + csiDriver + ": " + driver.get().factory() + "(\"" + legacy.name()
        + "\") renders provisioner " + csiDriver + " with " + rendered
        + (legacy.parameters().containsKey("fsType") ? "; the in-tree 'fsType' is '" + FSTYPE + "' on CSI" : "");
  }

  private static void checkEncryption(StorageClass storageClass, CsiDriver driver, Where where,
      Findings findings) {
    Optional<String> reason = storageClass.unencryptedReason();
    String name = storageClass.name();
    switch (driver.encryption()) {
      case SWITCHED -> {
        String explicit = storageClass.parameters().get(driver.switchParameter());
        if (reason.isPresent() && reason.get().isBlank()) {
          findings.report(ENCRYPTION, where, "StorageClass '" + name + "' turns encryption at rest off with an empty reason",
              "say why the data may be stored in the clear, e.g. .unencrypted(\"public dataset mirror\")");
        } else if (reason.isEmpty() && "false".equals(explicit)) {
          findings.report(ENCRYPTION, where, "StorageClass '" + name + "' sets " + driver.switchParameter()
                  + ": \"false\" without a reason",
              "remove the parameter (encryption is on by default), or use .unencrypted(\"reason\")");
        }
        if (reason.isPresent() && storageClass.encryptionKey().isPresent()) {
          findings.report(ENCRYPTION, where, "StorageClass '" + name + "' is unencrypted but names a key",
              "remove .kmsKey(...) or .unencrypted(...)");
        }
      }
      case ALWAYS -> reason.ifPresent(r -> findings.report(ENCRYPTION, where, driver.driverName()
              + " always encrypts volumes at rest; StorageClass '" + name + "' cannot turn that off",
          "remove .unencrypted(...); choose the key with .kmsKey(...) if you need your own"));
      case NONE -> {
        storageClass.encryptionKey().ifPresent(key -> findings.report(ENCRYPTION, where, driver.driverName()
                + " has no encryption at rest of its own, so StorageClass '" + name + "' cannot use a key",
            "encrypt on the storage server, and remove .kmsKey(...)"));
        reason.filter(String::isBlank).ifPresent(blank -> findings.report(ENCRYPTION, where,
            "StorageClass '" + name + "' has an empty reason for being unencrypted", "write the reason down"));
      }
    }
  }

  private static void checkParameters(StorageClass storageClass, CsiDriver driver, Where where,
      Findings findings) {
    Map<String, String> parameters = storageClass.parameters();
    for (String required : REQUIRED.getOrDefault(driver, List.of())) {
      if (parameters.getOrDefault(required, "").isBlank()) {
        findings.report(PARAMETERS, where, "StorageClass '" + storageClass.name() + "' has no '" + required
            + "' parameter, which " + driver.driverName() + " needs", "start from " + driver.factory() + "(...)");
      }
    }
    if (parameters.containsKey("fsType")) {
      findings.report(PARAMETERS, where, "'fsType' is the in-tree parameter name; CSI drivers ignore it",
          "use .parameter(\"" + FSTYPE + "\", \"" + parameters.get("fsType") + "\")");
    }
    Optional.ofNullable(parameters.get(FSTYPE)).filter(fs -> !FS_TYPES.contains(fs)).ifPresent(fs ->
        findings.report(PARAMETERS, where, "file system '" + fs + "' is not one of " + FS_TYPES.stream().sorted().toList(),
            "use ext4 or xfs (case matters)"));
    if (driver == CsiDriver.AWS_EBS) {
      Optional.ofNullable(parameters.get("type")).filter(type -> !EBS_TYPES.contains(type)).ifPresent(type ->
          findings.report(PARAMETERS, where, "EBS volume type '" + type + "' does not exist",
              DidYouMean.closest(type, EBS_TYPES).map(t -> "did you mean '" + t + "'?").orElse("use gp3")));
      if (parameters.containsKey("iops") && parameters.containsKey("iopsPerGB")) {
        findings.report(PARAMETERS, where, "'iops' and 'iopsPerGB' are both set; the EBS driver takes one",
            "keep one of them");
      }
    }
  }
}
