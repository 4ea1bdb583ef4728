package dev.shipshape.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The plugin refuses a project compiled against another shipshape-dsl, with a message that says so. */
class VersionCheckTest {

  @Test
  void sameVersionIsFine() {
    assertEquals(Optional.empty(), ShipshapeMojo.versionProblem(Optional.of("0.3.0"), "0.3.0"));
  }

  @Test
  void otherVersionIsRefusedNamingBoth() {
    String problem = ShipshapeMojo.versionProblem(Optional.of("0.2.0"), "0.3.0").orElseThrow();
    assertTrue(problem.contains("shipshape-dsl 0.2.0") && problem.contains("shipshape-maven-plugin is 0.3.0"),
        problem);
  }

  @Test
  void missingDslIsRefused() {
    String problem = ShipshapeMojo.versionProblem(Optional.empty(), "0.3.0").orElseThrow();
    assertTrue(problem.contains("does not depend on dev.shipshape:shipshape-dsl"), problem);
  }
}
