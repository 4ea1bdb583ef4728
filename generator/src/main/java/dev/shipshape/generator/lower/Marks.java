package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The side table of {@link Mark}s of one lowering: which keys of which maps of the rendered objects
 * hold a chart {@link Parameter}. The lowering fills it as it writes each parameterised value; every
 * {@link Manifest} of that lowering carries it, and the chart writer asks it for the marks of one
 * object by JSON pointer ({@link #in}). A map is known by its identity, so a mark belongs to exactly
 * one object and one place in it, whatever the order of the objects.
 *
 * <p><b>What a later transform does to a mark.</b> A mark is on one key of one map, and holds only
 * while that key holds a value equal to the one the lowering wrote there (for a key the lowering left
 * out: while the key is still absent). A transform that changes the value, inside it too (adds a CPU
 * limit to marked resources), replaces or removes it drops the mark: the field is then what the
 * transform made it, written into the chart as a literal like every unmarked field, so a patched
 * value is never a chart value; one that sets an equal value keeps it. Values are compared by their
 * {@link JsonNode#hashCode()} taken when marked (no copy of each marked map); a changed value whose
 * hash happens to be the same keeps its mark, and since the chart reads every parameter's value from
 * the object itself, the chart then still renders exactly the changed object.
 * A transform that edits the tree in place and moves a whole map (inserts a container before the
 * app's) keeps that map's marks, at the map's new pointer; a map taken out of the tree takes its
 * marks with it. A transform that builds a new tree passes it to {@link Manifest#withBody}, which
 * carries the marks by JSON pointer ({@link #carriedTo}): a mark lands on the same key of the map at
 * the same pointer of the new tree, and the same rule applies there (so a map the new tree has
 * elsewhere does not keep its marks). Nothing else is asked of transforms.
 *
 * <pre>{@code
 * Marks marks = new Marks();
 * spec.put("replicas", 2);
 * marks.mark(spec, "replicas", Parameters.replicas("web"));
 * marks.in(deployment);   // {"/spec/replicas" -> Mark[web.replicas, WHOLE]}
 * }</pre>
 *
 * <p>Written by one lowering on one thread, then only read.
 */
public final class Marks {

  private static final Mark[] NONE = {};

  /** The marks of each map, in the order they were made; most maps have one or two. */
  private Map<JsonNode, Mark[]> byMap;

  /**
   * The marks of a user's own object ({@code UserObject}) once Shipshape has put it into the stack:
   * its {@code metadata.namespace} is the stack's {@link Parameters#NAMESPACE} and, for an object of
   * app {@code app} whose {@code app.kubernetes.io/version} label Shipshape set (not the user), that
   * label follows the tag of the app's image parameter, as on the app's generated objects.
   */
  public static Marks ofUserObject(ObjectNode object, Optional<String> app, boolean versionLabelSetByShipshape) {
    Marks marks = new Marks();
    if (object.get("metadata") instanceof ObjectNode metadata) {
      if (metadata.has("namespace")) {
        marks.mark(metadata, "namespace", Parameters.NAMESPACE);
      }
      if (versionLabelSetByShipshape && app.isPresent()
          && metadata.get("labels") instanceof ObjectNode labels && labels.has(Labels.VERSION)) {
        marks.markTag(labels, Labels.VERSION, Parameters.image(app.get()));
      }
    }
    return marks;
  }

  /** Marks the value under {@code key} of {@code map} (or the key's absence) as the whole of {@code parameter}. */
  void mark(ObjectNode map, String key, Parameter parameter) {
    put(map, mark(map, key, parameter, Mark.Part.WHOLE, 0));
  }

  /** Marks the text under {@code key} of {@code map} as the tag of the image {@code parameter}. */
  void markTag(ObjectNode map, String key, Parameter parameter) {
    put(map, mark(map, key, parameter, Mark.Part.TAG, 0));
  }

  /** Marks the text under {@code key} of {@code map} as item {@code index} of the list {@code parameter}. */
  void markItem(ObjectNode map, String key, Parameter parameter, int index) {
    put(map, mark(map, key, parameter, Mark.Part.ITEM, index));
  }

  /**
   * The marks that hold in {@code object}, by JSON pointer ({@code /spec/replicas}), in the order of
   * the tree: a map's marked keys where they stand, then its marked absent keys.
   */
  public Map<String, Mark> in(ObjectNode object) {
    Map<String, Mark> marks = new LinkedHashMap<>();
    if (byMap != null) {
      collect(object, "", marks);
    }
    return marks;
  }

  /**
   * The marks that hold in {@code from}, on the same pointers of {@code to}: for a transform that
   * builds {@code to} as the new tree of the object {@code from} was. A mark whose map is not in
   * {@code to} is dropped; the others hold in {@code to} while its values are as lowered.
   */
  public Marks carriedTo(ObjectNode from, ObjectNode to) {
    Marks carried = new Marks();
    in(from).forEach((pointer, mark) -> {
      int slash = pointer.lastIndexOf('/');
      if (to.at(pointer.substring(0, slash)) instanceof ObjectNode map) {
        carried.put(map, mark);
      }
    });
    return carried;
  }

  private void collect(JsonNode node, String pointer, Map<String, Mark> into) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, into);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    Mark[] here = byMap.getOrDefault(node, NONE);
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String at = pointer + "/" + escape(field.getKey());
      Mark mark = of(here, field.getKey());
      if (mark == null) {
        collect(field.getValue(), at, into);
      } else if (!mark.absent() && field.getValue().hashCode() == mark.fingerprint()) {
        into.put(at, mark);
      }
    }
    for (Mark mark : here) {
      if (mark.absent() && !node.has(mark.key()) && of(here, mark.key()) == mark) {
        into.put(pointer + "/" + escape(mark.key()), mark);
      }
    }
  }

  /** The mark on {@code key} among {@code marks}, or null; a later mark on the same key replaces an earlier one. */
  private static Mark of(Mark[] marks, String key) {
    for (int i = marks.length - 1; i >= 0; i--) {
      if (marks[i].key().equals(key)) {
        return marks[i];
      }
    }
    return null;
  }

  /**
   * The mark of what is under {@code key} now, with its fingerprint: a map or list may be edited in
   * place later, and the mark must see that without the cost of a copy of every marked value.
   */
  private static Mark mark(ObjectNode map, String key, Parameter parameter, Mark.Part part, int index) {
    JsonNode value = map.get(key);
    return new Mark(key, parameter, part, index, value == null, value == null ? 0 : value.hashCode());
  }

  private void put(ObjectNode map, Mark mark) {
    if (byMap == null) {
      byMap = new IdentityHashMap<>();
    }
    Mark[] marks = byMap.getOrDefault(Objects.requireNonNull(map, "map"), NONE);
    Mark[] more = Arrays.copyOf(marks, marks.length + 1);
    more[marks.length] = mark;
    byMap.put(map, more);
  }

  /** A JSON pointer's escaping of one key (RFC 6901): {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  static String escape(String key) {
    return key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key : key.replace("~", "~0").replace("/", "~1");
  }

  /** The key of one JSON pointer segment: {@code ~1} as {@code /}, {@code ~0} as {@code ~}. */
  public static String unescape(String segment) {
    return segment.replace("~1", "/").replace("~0", "~");
  }
}
