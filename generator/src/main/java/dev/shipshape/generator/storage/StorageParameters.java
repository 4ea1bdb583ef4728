package dev.shipshape.generator.storage;

import dev.shipshape.dsl.StorageClass;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The parameters a StorageClass is rendered with: the user's, plus encryption at rest the way the
 * class's driver takes it ({@code encrypted: "true"} unless turned off with a reason, the
 * customer-managed key under the driver's own parameter name).
 *
 * <pre>{@code
 * StorageParameters.of(StorageClass.awsEbs("gp3").build());
 * // {csi.storage.k8s.io/fstype=ext4, encrypted=true, type=gp3}
 * }</pre>
 */
public final class StorageParameters {

  private StorageParameters() {}

  /** The class's rendered parameters, sorted by name. */
  public static Map<String, String> of(StorageClass storageClass) {
    Map<String, String> parameters = new TreeMap<>(storageClass.parameters());
    Optional<CsiDriver> driver = CsiDriver.of(storageClass.provisioner());
    driver.ifPresent(d -> {
      if (d.encryption() == CsiDriver.Encryption.SWITCHED) {
        parameters.putIfAbsent(d.switchParameter(),
            storageClass.unencryptedReason().isPresent() ? "false" : "true");
      }
      if (!d.keyParameter().isEmpty()) {
        storageClass.encryptionKey().ifPresent(key -> parameters.put(d.keyParameter(), key));
      }
    });
    return parameters;
  }
}
