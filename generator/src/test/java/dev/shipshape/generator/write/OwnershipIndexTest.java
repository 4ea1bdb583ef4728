package dev.shipshape.generator.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which index paths are safe: those that stay inside the output directory. */
class OwnershipIndexTest {

  @ParameterizedTest(name = "''{0}'' is safe: {1}")
  @CsvSource(delimiter = '|', value = {
      "prod/shop/web/deployment.yaml | true",
      "Kustomization                 | true",
      ".gitops/applicationset.yaml   | true",
      "shop/.platform/values.yaml    | true",
      "...                           | true",
      "..hidden/a                    | true",
      "a/.b                          | true",
      "''                            | false",
      "/etc/passwd                   | false",
      "a//b                          | false",
      "a/                            | false",
      "./a                           | false",
      "a/./b                         | false",
      "a/.                           | false",
      "../a                          | false",
      "a/../../b                     | false",
      "a/..                          | false",
      "a\\b                          | false",
  })
  void aSafePathHasNoEmptyDotOrDotDotSegmentAndNoBackslash(String path, boolean safe) {
    assertEquals(safe, OwnershipIndex.isSafe(path));
  }
}
