package dev.shipshape.generator.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which index paths are safe (inside the output directory, not Shipshape's own files), and how the index is read. */
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
      ".shipshape-index              | false",
      ".shipshape/lock               | false",
      ".shipshape-staging-42/a.yaml  | false",
      ".shipshape-other/a.yaml       | true",
  })
  void aSafePathHasNoEmptyDotOrDotDotSegmentAndNoBackslash(String path, boolean safe) {
    assertEquals(safe, OwnershipIndex.isSafe(path));
  }

  @Test
  void aPathWithAControlCharacterIsNotSafe() {
    assertFalse(OwnershipIndex.isSafe("prod/a\nb.yaml"));
    assertFalse(OwnershipIndex.isSafe("prod/a\u0000.yaml"));
  }

  @Test
  void readsChecksummedAndBarePathsAndSetsInvalidLinesApart(@TempDir Path root) throws IOException {
    Files.writeString(root.resolve(OwnershipIndex.FILE), String.join("\n",
        "# header", "0badc0de  prod/a.yaml", "prod/old-format.yaml", "0badc0de  ../outside.txt", "/etc/passwd",
        "0badc0de  prod/a.yaml", "") + "\n");
    OwnershipIndex.Listing listing = OwnershipIndex.read(root);
    assertEquals(Map.of("prod/a.yaml", "0badc0de", "prod/old-format.yaml", OwnershipIndex.UNKNOWN), listing.checksums());
    assertEquals(List.of("0badc0de  ../outside.txt", "/etc/passwd", "0badc0de  prod/a.yaml"), listing.invalidLines());
  }
}
