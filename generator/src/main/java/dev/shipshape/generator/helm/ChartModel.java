package dev.shipshape.generator.helm;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A stack's chart before it is written: its templates (trees with {@link Slot}s) and its values.
 *
 * <pre>{@code
 * ChartModel model = Parameterisation.of(renderedStack);
 * model.params();        // web.enabled, namespace, web.replicas, web.image, ...
 * model.environments();  // dev, staging, prod
 * }</pre>
 *
 * @param name the chart's name (the stack's)
 * @param templates one per object of any rendering
 * @param params every value, in the order they were found
 * @param owners the apps and aliases with objects, each with its values key, in stack order
 * @param environments the environments that get a values file, in declaration order
 */
public record ChartModel(String name, List<ChartTemplate> templates, List<Param> params,
                         Map<String, String> owners, List<String> environments) {

  public ChartModel {
    Objects.requireNonNull(name, "name");
    templates = List.copyOf(templates);
    params = List.copyOf(params);
    owners = Collections.unmodifiableMap(new LinkedHashMap<>(owners));
    environments = List.copyOf(environments);
  }

  /** The value at {@code dotted}, if the chart has it. */
  public Optional<Param> param(String dotted) {
    return params.stream().filter(p -> p.dotted().equals(dotted)).findFirst();
  }
}
