package dev.shipshape.generator.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Edit distance and closest-candidate search behind "did you mean" hints. */
class DidYouMeanTest {

  @Test
  void levenshteinDistance() {
    assertEquals(0, DidYouMean.distance("http", "http"));
    assertEquals(1, DidYouMean.distance("htp", "http"));
    assertEquals(1, DidYouMean.distance("grpc", "grpx"));
    assertEquals(3, DidYouMean.distance("kitten", "sitting"));
    assertEquals(4, DidYouMean.distance("", "http"));
  }

  @Test
  void picksTheClosestCandidateWithinAThirdOfItsLength() {
    List<String> ids = List.of("NET-NODEPORT-RISK", "NET-NODEPORT-RANGE", "NET-NODEPORT-TYPE");
    assertEquals(Optional.of("NET-NODEPORT-RISK"), DidYouMean.closest("NET-NODEPORTS-RISK", ids));
    assertEquals(Optional.empty(), DidYouMean.closest("IMAGE-UNPINNED", ids));
    assertEquals(Optional.of("http"), DidYouMean.closest("htp", List.of("http", "metrics")));
    assertEquals(Optional.empty(), DidYouMean.closest("grpc", List.of("http")));
  }

  @Test
  void tiesAreBrokenAlphabetically() {
    assertEquals(Optional.of("abc"), DidYouMean.closest("abd", List.of("abe", "abc")));
  }
}
