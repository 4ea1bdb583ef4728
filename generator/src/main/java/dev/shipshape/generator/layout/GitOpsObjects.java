package dev.shipshape.generator.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.ArgoCd;
import dev.shipshape.dsl.Delivery;
import dev.shipshape.generator.RenderedEnvironment;
import dev.shipshape.generator.RenderedStack;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Argo CD {@code ApplicationSet}s (git directory generator) and Flux {@code Kustomization}s that
 * point at the directories of a layout, written under {@value #DIRECTORY}/: apart from the workload
 * tree (they are applied to the management cluster's {@code argocd} and {@code flux-system}
 * namespaces) and never part of a kustomize build.
 *
 * <pre>
 * .gitops/argocd/applicationset-shop.yaml          one Application per environment: shop-dev, shop-prod…
 * .gitops/flux/prod/kustomization-shop.yaml        path ./prod/shop, after shop-cluster
 * </pre>
 */
public final class GitOpsObjects {

  /** The directory of the GitOps objects, relative to the output directory. */
  public static final String DIRECTORY = ".gitops";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private GitOpsObjects() {}

  /** The GitOps objects {@code delivery} asks for, over the units of {@code layout}. */
  public static SortedMap<String, JsonNode> arrange(RenderedStack stack, OutputLayout layout,
      Delivery delivery) {
    SortedMap<String, JsonNode> files = new TreeMap<>();
    List<DeliveryUnit> units = layout.deliveryUnits(stack);
    delivery.argoCd().ifPresent(argo -> units.forEach(unit -> EnvironmentDirectories.put(files,
        DIRECTORY + "/argocd/applicationset-" + unit.name() + ".yaml",
        applicationSet(unit, argo, delivery.repositoryPath()))));
    delivery.fluxSource().ifPresent(source -> {
      for (RenderedEnvironment environment : stack.deployed()) {
        for (DeliveryUnit unit : units) {
          String directory = environment.name().map(name -> DIRECTORY + "/flux/" + name)
              .orElse(DIRECTORY + "/flux");
          EnvironmentDirectories.put(files, directory + "/kustomization-" + unit.name() + ".yaml",
              fluxKustomization(unit, environment, source, delivery.repositoryPath()));
        }
      }
    });
    return files;
  }

  private static ObjectNode applicationSet(DeliveryUnit unit, ArgoCd argo, String repositoryPath) {
    ObjectNode set = resource("argoproj.io/v1alpha1", "ApplicationSet", unit.name(), "argocd");
    ObjectNode spec = set.putObject("spec");
    spec.put("goTemplate", true);
    spec.putArray("goTemplateOptions").add("missingkey=error");
    ObjectNode git = spec.putArray("generators").addObject().putObject("git");
    git.put("repoURL", argo.repoUrl());
    git.put("revision", argo.revision());
    String pattern = inRepository(repositoryPath, unit.pathPattern());
    git.putArray("directories").addObject().put("path", pattern.replace(DeliveryUnit.ENV, "*"));
    ObjectNode template = spec.putObject("template");
    String name = unit.perEnvironment()
        ? unit.name() + "-{{ index .path.segments " + List.of(pattern.split("/")).indexOf(DeliveryUnit.ENV) + " }}"
        : unit.name();
    template.putObject("metadata").put("name", name);
    ObjectNode templateSpec = template.putObject("spec");
    templateSpec.put("project", argo.project());
    ObjectNode source = templateSpec.putObject("source");
    source.put("repoURL", argo.repoUrl());
    source.put("targetRevision", argo.revision());
    source.put("path", "{{ .path.path }}");
    templateSpec.putObject("destination").put("server", "https://kubernetes.default.svc");
    ObjectNode sync = templateSpec.putObject("syncPolicy");
    ObjectNode automated = sync.putObject("automated");
    automated.put("prune", true);
    automated.put("selfHeal", true);
    ObjectNode retry = sync.putObject("retry");
    retry.put("limit", 5);
    return set;
  }

  private static ObjectNode fluxKustomization(DeliveryUnit unit, RenderedEnvironment environment,
      String source, String repositoryPath) {
    String suffix = environment.name().map(name -> "-" + name).orElse("");
    ObjectNode kustomization = resource("kustomize.toolkit.fluxcd.io/v1", "Kustomization",
        unit.name() + suffix, "flux-system");
    ObjectNode spec = kustomization.putObject("spec");
    spec.put("interval", "10m");
    String path = environment.name().map(unit::pathIn).orElse(unit.pathPattern());
    spec.put("path", "./" + inRepository(repositoryPath, path));
    spec.put("prune", true);
    spec.put("wait", true);
    ObjectNode sourceRef = spec.putObject("sourceRef");
    sourceRef.put("kind", "GitRepository");
    sourceRef.put("name", source);
    unit.dependsOn().ifPresent(dependency ->
        spec.putArray("dependsOn").addObject().put("name", dependency + suffix));
    return kustomization;
  }

  private static String inRepository(String repositoryPath, String path) {
    String prefix = repositoryPath.replaceAll("^\\./?|/$", "");
    return prefix.isEmpty() ? path : prefix + "/" + path;
  }

  private static ObjectNode resource(String apiVersion, String kind, String name, String namespace) {
    ObjectNode node = NODES.objectNode();
    node.put("apiVersion", apiVersion);
    node.put("kind", kind);
    ObjectNode metadata = node.putObject("metadata");
    metadata.put("name", name);
    metadata.put("namespace", namespace);
    return node;
  }
}
