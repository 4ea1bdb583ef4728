package dev.shipshape.generator.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Kustomization files for every directory below a root, put together from independent parts. */
class KustomizationsTest {

  private static final Set<String> ROOTS = Set.of("dev", "prod");

  @Test
  void eachDirectoryBelowARootListsItsFilesAndSubdirectories() {
    Kustomizations.Listing part = Kustomizations.listing(
        List.of("dev/shop/web/deployment.yaml", "dev/shop/web/service.yaml", "dev/shop/namespace.yaml",
            "notes/readme.yaml", ".gitops/applicationset.yaml"), ROOTS);
    assertEquals(Map.of(
            "dev/Kustomization", new TreeSet<>(List.of("shop")),
            "dev/shop/Kustomization", new TreeSet<>(List.of("namespace.yaml", "web")),
            "dev/shop/web/Kustomization", new TreeSet<>(List.of("deployment.yaml", "service.yaml"))),
        Kustomizations.missingResources(List.of(part)));
  }

  @Test
  void aDirectorySharedByPartsListsTheNamesOfAllWithoutChangingThem() {
    Kustomizations.Listing shop = Kustomizations.listing(List.of("dev/shop/deployment.yaml"), ROOTS);
    Kustomizations.Listing blog = Kustomizations.listing(List.of("dev/blog/deployment.yaml"), ROOTS);
    SortedSet<String> shopNames = new TreeSet<>(shop.entries().get("dev"));
    assertEquals(new TreeSet<>(List.of("blog", "shop")),
        Kustomizations.missingResources(List.of(shop, blog)).get("dev/Kustomization"));
    assertEquals(shopNames, shop.entries().get("dev"), "the part's own listing is left as it was");
  }

  @Test
  void aDirectoryWithItsOwnKustomizationFileGetsNone() {
    Kustomizations.Listing generated = Kustomizations.listing(List.of("prod/shop/deployment.yaml"), ROOTS);
    Kustomizations.Listing own = Kustomizations.listing(List.of("prod/shop/Kustomization"), ROOTS);
    assertEquals(Set.of("prod/Kustomization"),
        Kustomizations.missingResources(List.of(generated, own)).keySet());
  }

  @Test
  void partsAddedInParallelGiveWhatPartsAddedInTurnGive() {
    List<Kustomizations.Listing> parts = IntStream.range(0, 500)
        .mapToObj(i -> Kustomizations.listing(List.of("dev/team-" + i + "/web/deployment.yaml",
            "dev/team-" + i + "/namespace.yaml", "prod/team-" + (i % 7) + "/db-" + i + "/statefulset.yaml"), ROOTS))
        .toList();
    Kustomizations.Tree tree = new Kustomizations.Tree();
    parts.parallelStream().forEach(tree::add);
    assertEquals(Kustomizations.missingResources(parts), tree.missingResources());
    assertEquals(500, tree.missingResources().get("dev/Kustomization").size());
  }
}
