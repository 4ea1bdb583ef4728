package dev.shipshape.dsl;

/** How an app's Service is reachable. */
public enum ServiceType {
  /** A virtual IP reachable inside the cluster only. The default. */
  CLUSTER_IP,
  /** A port opened on every node. Risky in production: prefer an Ingress or a load balancer. */
  NODE_PORT,
  /** A cloud load balancer in front of the app. */
  LOAD_BALANCER,
  /** No virtual IP: DNS returns the pods' addresses (StatefulSet peers, client-side balancing). */
  HEADLESS
}
