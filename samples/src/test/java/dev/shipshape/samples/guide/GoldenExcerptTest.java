package dev.shipshape.samples.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GoldenExcerptTest {

  private static final String POD = """
      apiVersion: v1
      kind: Pod
      spec:
        containers:
        - name: app
          image: app:1.0.0
          env:
          - name: A
            value: "1"
          ports:
          - containerPort: 8080
        volumes:
        - name: tmp
          emptyDir: {}
      """;

  @Test
  void wholeFileWithoutKeyPaths() {
    assertEquals(POD, GoldenExcerpt.of("golden/x/pod.yaml", POD, "").text());
  }

  @Test
  void blocksKeepTheLinesThatHoldThemAndMarkWhatIsLeftOut() {
    assertEquals("""
        # …
        spec:
          containers:
          - name: app
            # …
            env:
            - name: A
              value: "1"
          # …
          volumes:
          - name: tmp
            emptyDir: {}
        """, GoldenExcerpt.of("golden/x/pod.yaml", POD, "spec.containers.env,spec.volumes").text());
  }

  @Test
  void aBlockEndsAtItsNextSibling() {
    assertEquals("""
        # …
        kind: Pod
        # …
        """, GoldenExcerpt.of("golden/x/pod.yaml", POD, "kind").text());
  }

  @Test
  void aMissingKeyIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GoldenExcerpt.of("golden/x/pod.yaml", POD, "spec.containers.volumeMounts"));
    assertEquals("golden/x/pod.yaml has no key path 'spec.containers.volumeMounts' (missing 'volumeMounts')", e.getMessage());
  }
}
