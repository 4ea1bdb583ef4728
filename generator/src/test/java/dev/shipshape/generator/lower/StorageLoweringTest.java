package dev.shipshape.generator.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.StorageClass;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lowering decisions about storage that the goldens do not pin on their own. */
class StorageLoweringTest {

  private static Manifest find(List<Manifest> manifests, String kind, String name) {
    return manifests.stream().filter(m -> m.kind().equals(kind) && m.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(kind + "/" + name + " not rendered"));
  }

  @Test
  void singleWriterDeploymentIsRecreatedAndOwnsItsClaim() {
    List<Manifest> manifests = new Lowering().lower(Stack.named("lab")
        .app(App.deployment("uploads").image("ghcr.io/acme/uploads:1.0.0").port(8080)
            .persist("/srv/uploads", "10Gi"))
        .build());
    JsonNode deployment = find(manifests, "Deployment", "uploads").body();
    assertEquals("Recreate", deployment.at("/spec/strategy/type").asText());
    assertEquals("uploads-data",
        deployment.at("/spec/template/spec/volumes/1/persistentVolumeClaim/claimName").asText());
    find(manifests, "PersistentVolumeClaim", "uploads-data");
  }

  @Test
  void statefulSetGetsAGoverningHeadlessServiceAndClaimTemplates() {
    List<Manifest> manifests = new Lowering().lower(Stack.named("lab")
        .storageClass(StorageClass.awsEbs("gp3").defaultClass())
        .app(App.statefulSet("db").image("mysql:8.4.3").port(3306).replicas(3)
            .persist("/var/lib/mysql", "5Gi"))
        .build());
    JsonNode statefulSet = find(manifests, "StatefulSet", "db").body();
    assertEquals("db-headless", statefulSet.at("/spec/serviceName").asText());
    assertEquals("gp3", statefulSet.at("/spec/volumeClaimTemplates/0/spec/storageClassName").asText());
    assertEquals("Retain", statefulSet.at("/spec/persistentVolumeClaimRetentionPolicy/whenScaled").asText());
    JsonNode headless = find(manifests, "Service", "db-headless").body();
    assertEquals("None", headless.at("/spec/clusterIP").asText());
    assertTrue(manifests.stream().noneMatch(m -> m.kind().equals("PersistentVolumeClaim")));
    find(manifests, "PodDisruptionBudget", "db");
  }
}
