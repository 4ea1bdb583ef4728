package dev.shipshape.dsl;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Copy-on-write additions to the small string maps of value types, kept sorted by key. */
final class SortedEntries {

  private SortedEntries() {}

  /** {@code entries} plus {@code key → value}. */
  static Map<String, String> with(Map<String, String> entries, String key, String value) {
    Map<String, String> copy = new TreeMap<>(entries);
    copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return copy;
  }
}
