package dev.shipshape.dsl;

/** Transport protocol of a port, as Kubernetes names it. */
public enum Protocol {
  TCP,
  UDP,
  SCTP
}
