package dev.shipshape.dsl;

/** The Kubernetes controller that runs an app's pods. */
public enum WorkloadKind {
  /** Interchangeable replicas: stateless apps. */
  DEPLOYMENT,
  /** Replicas with a stable identity and one volume claim each: databases, queues. */
  STATEFUL_SET
}
