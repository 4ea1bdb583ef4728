package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * The lowering's note that the value under one key of a map of a rendered object is (part of) a
 * {@link Parameter}, with the value it wrote there.
 *
 * <pre>{@code
 * // metadata.labels["app.kubernetes.io/version"] of an app's objects:
 * new Mark("app.kubernetes.io/version", Parameters.image("web"), Mark.Part.TAG, 0, false, "2.3.1".hashCode());
 * }</pre>
 *
 * @param key the key of the map the value is under
 * @param parameter the value this place writes
 * @param part which part of the value is written here
 * @param index the list index, for {@link Part#ITEM}; 0 otherwise
 * @param absent whether the lowering left the key out (an optional value)
 * @param fingerprint the {@link JsonNode#hashCode()} of the value the lowering wrote, to tell whether
 *     a later transform changed it ({@link Marks})
 */
public record Mark(String key, Parameter parameter, Part part, int index, boolean absent, int fingerprint) {

  public Mark {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(part, "part");
  }

  /** Which part of a parameter's value a marked place holds. */
  public enum Part {
    /** The whole value (for an optional value, null where the key is absent). */
    WHOLE,
    /** The tag of an {@link Parameter.Shape#IMAGE} value. */
    TAG,
    /** Item {@link Mark#index()} of a {@link Parameter.Shape#TEXT_LIST}. */
    ITEM
  }
}
