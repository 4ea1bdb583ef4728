package dev.shipshape.samples.guide;

/**
 * A discussion question of the source material and where the guide answers it.
 *
 * <pre>{@code
 * new Question("q-service-types", "ClusterIP, NodePort, and LoadBalancer", "services.md");
 * }</pre>
 *
 * @param anchor the HTML id of the answer in its chapter
 * @param marker text that names the question in the source material
 * @param chapter the chapter's file name under {@code docs/}
 */
public record Question(String anchor, String marker, String chapter) {}
