package dev.shipshape.dsl;

/**
 * The Kubernetes controller that runs an app's pods.
 *
 * <p>A closed set: the generator decides everything that depends on the kind in exhaustive
 * {@code switch} expressions (no {@code ==}, no {@code default}), so a new kind is a compile error
 * at every place that must decide what it means for that kind. (Java 17 has no pattern matching
 * over sealed interfaces in {@code switch}; an enum's switch expressions give the same check.)
 */
public enum WorkloadKind {
  /** Interchangeable replicas: stateless apps. */
  DEPLOYMENT,
  /** Replicas with a stable identity and one volume claim each: databases, queues. */
  STATEFUL_SET
}
