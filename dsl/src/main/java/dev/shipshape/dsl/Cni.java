package dev.shipshape.dsl;

/**
 * The cluster's network plugin. It decides whether NetworkPolicies are enforced at all: Flannel
 * ignores them (every policy gets a warning); Calico, Cilium and Canal (Flannel with Calico policy)
 * enforce them.
 *
 * <pre>{@code
 * Stack.named("shop").cni(Cni.CALICO);
 * }</pre>
 */
public enum Cni {
  /** Calico: enforces NetworkPolicies. */
  CALICO,
  /** Cilium: enforces NetworkPolicies. */
  CILIUM,
  /** Canal (Flannel networking, Calico policy): enforces NetworkPolicies. */
  CANAL,
  /** Flannel alone: does NOT enforce NetworkPolicies. */
  FLANNEL;

  /** Whether this plugin enforces core NetworkPolicies. */
  public boolean enforcesNetworkPolicies() {
    return this != FLANNEL;
  }
}
