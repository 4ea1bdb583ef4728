package dev.shipshape.generator.layout;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipshape.generator.RenderedEnvironment;
import dev.shipshape.generator.RenderedStack;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * How a rendered stack becomes a repository tree: one replaceable strategy, chosen in the DSL
 * ({@code Delivery.layout(...)}), in the Maven plugin ({@code <layout>}) or on the CLI
 * ({@code --layout}), which may also name a class implementing this interface.
 *
 * <pre>{@code
 * OutputLayout layout = new EnvironmentDirectories();
 * layout.arrange(rendered);   // {"prod/shop/web/deployment.yaml": {...}, ...}
 * }</pre>
 *
 * <p>Implementations need a public no-argument constructor and must be safe to share between threads.
 */
public interface OutputLayout {

  /** The stack's files: '/'-separated relative paths to the YAML documents they hold. */
  SortedMap<String, JsonNode> arrange(RenderedStack stack);

  /**
   * Directories that {@code kubectl kustomize} builds as one deployable whole; every directory
   * below one of them gets a {@code Kustomization} file listing its files and subdirectories,
   * unless {@link #arrange} wrote one itself.
   */
  List<String> kustomizeRoots(RenderedStack stack);

  /** The directories GitOps tools sync, for Argo CD ApplicationSets and Flux Kustomizations. */
  List<DeliveryUnit> deliveryUnits(RenderedStack stack);

  /**
   * The directory of each rendered stack, e.g. {@code prod/shop} → the prod rendering. Files that
   * explain or operate the stack but are never applied with it go there: the traffic picture, the
   * backup README, restore drills and the Velero chart's values. They are added after the
   * {@code Kustomization} files are completed, so no kustomize build picks them up.
   */
  Map<String, RenderedEnvironment> stackDirectories(RenderedStack stack);
}
