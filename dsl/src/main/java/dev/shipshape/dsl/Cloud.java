package dev.shipshape.dsl;

/**
 * The cloud a stack runs on; selects cloud-specific annotations for load balancers and, later,
 * storage classes.
 */
public enum Cloud {
  /** Amazon Web Services: load balancers through the AWS Load Balancer Controller (NLB). */
  AWS,
  /** Microsoft Azure: cloud-provider-azure load balancers. */
  AZURE,
  /** Google Cloud: GKE passthrough network load balancers. */
  GCP
}
