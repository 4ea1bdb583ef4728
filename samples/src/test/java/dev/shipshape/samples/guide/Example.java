package dev.shipshape.samples.guide;

import java.util.List;

/**
 * One sample as a chapter shows it: its {@code define()} method and selected golden files (for a
 * negative sample, its approved diagnostics), or, for a sample that another feature will bring, only
 * which feature that is.
 *
 * <pre>{@code
 * Example example = guide.example("backend-clusterip", List.of("backend-clusterip/backend/service.yaml"));
 * }</pre>
 *
 * @param sample the sample's name, its directory under {@code golden/}
 * @param pendingOn the feature that brings the sample, empty when it exists
 * @param code its {@code define()} method, null while pending
 * @param files the golden excerpts selected, empty while pending
 * @param diagnostics the approved {@code diagnostics.txt} of a negative sample, else empty
 */
public record Example(String sample, String pendingOn, SampleCode code, List<GoldenExcerpt> files,
    String diagnostics) {

  /** A sample that is not in the catalog yet. */
  static Example pending(String sample, String feature) {
    return new Example(sample, feature, null, List.of(), "");
  }

  /** Whether the sample exists (else the chapter says which feature brings it). */
  public boolean present() {
    return pendingOn.isEmpty();
  }
}
