package dev.shipshape.samples.guide;

/**
 * A chapter of the guide: one section of the source material.
 *
 * <pre>{@code
 * new Chapter("services.md", "Services", "How apps are reached: ClusterIP, NodePort, LoadBalancer, ExternalName");
 * }</pre>
 *
 * @param file its file name under {@code docs/}; its template is {@code chapters/<file>.ftl}
 * @param title its title
 * @param summary one line for the index
 */
public record Chapter(String file, String title, String summary) {}
