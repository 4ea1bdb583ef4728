package dev.shipshape.generator.validate;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Finds the known name closest to a misspelt one, for "did you mean …?" hints.
 *
 * <pre>{@code
 * DidYouMean.closest("wbe", List.of("api", "web"));   // Optional["web"]
 * }</pre>
 */
public final class DidYouMean {

  private DidYouMean() {}

  /** The candidate at most a third of its length away from {@code typo}, closest first. */
  public static Optional<String> closest(String typo, Collection<String> candidates) {
    return candidates.stream()
        .filter(candidate -> distance(typo, candidate) <= Math.max(1, candidate.length() / 3))
        .min(Comparator.comparingInt((String candidate) -> distance(typo, candidate))
            .thenComparing(Comparator.naturalOrder()));
  }

  /** Levenshtein edit distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
