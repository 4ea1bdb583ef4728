package dev.shipshape.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shipshape.generator.Rendering;
import dev.shipshape.generator.Shipshape;
import dev.shipshape.generator.diagnostics.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmarks measure a valid workload: no errors, the objects the issue describes. */
class ReferenceWorkloadTest {

  @Test
  void aCopyValidatesAndRendersItsObjects() {
    Rendering rendering = new Shipshape().render(ReferenceWorkload.copies(2));
    assertEquals(0, rendering.diagnostics().errorCount(), rendering.diagnostics().report());
    assertEquals(List.of("NET-INGRESS-NGINX-RETIRED", "NET-UNREACHABLE"),
        rendering.diagnostics().all().stream().map(d -> d.rule().id()).distinct().sorted().toList());
    assertEquals(48, rendering.objectCount());
    var files = rendering.files().orElseThrow();
    assertTrue(files.text("team-2/frontend/ingress.yaml").contains("web2.example.com"));
    assertTrue(files.text("team-2/mysql/statefulset.yaml").contains("storage: 5Gi"));
    assertTrue(files.text("team-2/schedule-team-2-mysql-data.yaml").contains("ttl: 720h0m0s"));
    assertTrue(files.text("_cluster/team-2/namespace.yaml").contains("name: team-2"));
  }

  @Test
  void copiesInOneStackValidateToo() {
    Rendering rendering = new Shipshape().render(List.of(ReferenceWorkload.oneStack(3)));
    assertEquals(0, rendering.diagnostics().errorCount(), rendering.diagnostics().report());
    assertTrue(rendering.files().orElseThrow().paths().contains("team/mysql-3/statefulset.yaml"));
  }
}
