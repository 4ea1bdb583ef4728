package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.BackupProvider;
import dev.shipshape.dsl.BackupStorage;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Stack;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A Velero {@code BackupStorageLocation}: the provider plugin, bucket and prefix, provider settings
 * (sorted), the credentials as a Secret reference in the Velero namespace, the access mode and
 * whether it is the default.
 */
final class BackupStorageLocationLowering {

  private BackupStorageLocationLowering() {}

  static Manifest lower(Stack stack, BackupStorage storage) {
    ObjectNode metadata = ObjectMetadata.velero(stack, storage.name());
    ObjectNode node = Nodes.resource("velero.io/v1", "BackupStorageLocation", metadata);
    ObjectNode spec = node.putObject("spec");
    spec.put("provider", provider(storage.provider()));
    ObjectNode objectStorage = spec.putObject("objectStorage").put("bucket", storage.bucket());
    storage.prefix().ifPresent(prefix -> objectStorage.put("prefix", prefix));
    if (!storage.config().isEmpty()) {
      spec.set("config", Nodes.map(new TreeMap<>(storage.config())));
    }
    storage.credentials().ifPresent(secret -> spec.set("credential", credential(secret)));
    spec.put("accessMode", storage.readOnly() ? "ReadOnly" : "ReadWrite");
    spec.put("default", storage.isDefault());
    return new Manifest(Optional.empty(), node);
  }

  /** Velero's name of a provider plugin: {@code aws}, {@code gcp} or {@code azure}. */
  static String provider(BackupProvider provider) {
    return provider.name().toLowerCase(Locale.ROOT);
  }

  /** A {@code credential} Secret key selector. */
  static ObjectNode credential(SecretRef secret) {
    return Nodes.object().put("name", secret.name()).put("key", secret.key());
  }
}
