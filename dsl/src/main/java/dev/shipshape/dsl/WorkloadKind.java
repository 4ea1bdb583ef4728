package dev.shipshape.dsl;

/** The Kubernetes controller that runs an app's pods. */
public enum WorkloadKind {
  /** Interchangeable replicas: stateless apps. */
  DEPLOYMENT
}
