package dev.shipshape.samples.guide;

import java.util.List;

/**
 * One sample as a chapter shows it: its {@code define()} method and selected golden files (for a
 * negative sample, its approved diagnostics).
 *
 * <pre>{@code
 * Example example = guide.example("backend-clusterip", List.of("backend-clusterip/backend/service.yaml"));
 * }</pre>
 *
 * @param sample the sample's name, its directory under {@code golden/}
 * @param code its {@code define()} method
 * @param files the golden excerpts selected
 * @param diagnostics the approved {@code diagnostics.txt} of a negative sample, else empty
 */
public record Example(String sample, SampleCode code, List<GoldenExcerpt> files, String diagnostics) {}
