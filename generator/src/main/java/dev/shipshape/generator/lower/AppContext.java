package dev.shipshape.generator.lower;

import dev.shipshape.generator.practices.EffectivePractices;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Rollout;
import dev.shipshape.dsl.Stack;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the lowering of one app needs: the app, its stack, the practices in force and its
 * labels. An app with a {@link Rollout} is lowered twice: its own version (track {@code stable} or
 * {@code blue}) and the second version (track {@code canary} or {@code green}, the rollout's image,
 * workload {@code <app>-<track>}); both carry a {@code version} label that only the workloads'
 * selectors use, so the app's Service, policies and budget cover both.
 *
 * @param stack the stack the app belongs to
 * @param app the app being lowered
 * @param practices the best-practice switches in force for the app
 * @param labels the app's labels and selector labels
 * @param track the version label of this workload, when the app has a rollout
 * @param secondary whether this is the rollout's second version
 */
record AppContext(Stack stack, App app, EffectivePractices practices, Labels labels, Optional<String> track,
    boolean secondary) {

  /** The label that tells a rollout's versions apart. */
  static final String VERSION_LABEL = "version";

  static AppContext of(Stack stack, App app) {
    EffectivePractices practices = EffectivePractices.of(stack, app);
    return new AppContext(stack, app, practices, Labels.of(stack, app, practices.recommendedLabels()),
        app.rollout().map(Rollout::primaryTrack), false);
  }

  /** The context of the rollout's second version: the rollout's image, its own workload name and track. */
  AppContext secondVersion() {
    Rollout rollout = app.rollout().orElseThrow();
    App second = app.with(b -> b.image(rollout.image()));
    return new AppContext(stack, second, practices, Labels.of(stack, second, practices.recommendedLabels()),
        Optional.of(rollout.secondaryTrack()), true);
  }

  /** The workload's name: the app's, or {@code <app>-<track>} for a rollout's second version. */
  String workloadName() {
    return secondary ? app.name() + "-" + track.orElseThrow() : app.name();
  }

  /** The labels of the workload and its pods: the app's, plus the version label of a rollout. */
  Map<String, String> podLabels() {
    return withTrack(labels.all());
  }

  /** The workload's selector: the app's, plus the version label of a rollout. */
  ObjectNode workloadSelector() {
    ObjectNode selector = Nodes.object();
    selector.set("matchLabels", Nodes.map(withTrack(labels.selector())));
    return selector;
  }

  /** The selector of one track's pods, e.g. for a per-version Service. */
  Map<String, String> trackSelector(String trackName) {
    Map<String, String> selector = new LinkedHashMap<>(labels.selector());
    selector.put(VERSION_LABEL, trackName);
    return selector;
  }

  private Map<String, String> withTrack(Map<String, String> base) {
    if (track.isEmpty()) {
      return base;
    }
    Map<String, String> result = new LinkedHashMap<>(base);
    result.put(VERSION_LABEL, track.get());
    return result;
  }

  /** Metadata for an object of this app: name, namespace and labels. */
  ObjectNode metadata(String name) {
    return ObjectMetadata.of(name, stack.namespaceName(), labels.all());
  }

  /** Metadata of the app's workload: with the linter exemptions its suppressions carry. */
  ObjectNode workloadMetadata() {
    ObjectNode metadata = ObjectMetadata.of(workloadName(), stack.namespaceName(), podLabels());
    Map<String, String> exemptions = LinterExemptions.forWorkload(this);
    if (!exemptions.isEmpty()) {
      metadata.set("annotations", Nodes.map(exemptions));
    }
    return metadata;
  }

  /** A {@code matchLabels} selector of the app's pods. */
  ObjectNode selector() {
    return matchLabels(labels.selector());
  }

  /**
   * The {@link #selector()} of {@code app}, without working out the rest of its context: for
   * objects that only point at an app's pods (network policy peers, backup schedules).
   */
  static ObjectNode selectorOf(Stack stack, App app) {
    return matchLabels(Labels.selectorOf(app, EffectivePractices.of(stack, app).recommendedLabels()));
  }

  private static ObjectNode matchLabels(Map<String, String> labels) {
    ObjectNode selector = Nodes.object();
    selector.set("matchLabels", Nodes.map(labels));
    return selector;
  }

  /** The owner recorded on every manifest of this app. */
  Optional<String> owner() {
    return Optional.of(app.name());
  }
}
