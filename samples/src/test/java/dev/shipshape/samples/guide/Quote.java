package dev.shipshape.samples.guide;

/**
 * A fenced code block of the source material, exactly as written there.
 *
 * <pre>{@code
 * Quote clusterIp = source.codeBlock("**ClusterIP Example**"); // language "yaml", line 78
 * }</pre>
 *
 * @param language the fence's language ({@code yaml}, {@code bash}), empty when it names none
 * @param text the lines between the fences, with a trailing newline
 * @param line the 1-based line of the opening fence in the source material
 */
public record Quote(String language, String text, int line) {}
