package dev.shipshape.generator.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.generator.RenderedEnvironment;
import dev.shipshape.generator.RenderedStack;
import dev.shipshape.generator.layout.ObjectFiles;
import dev.shipshape.generator.lower.Manifest;
import dev.shipshape.generator.lower.Mark;
import dev.shipshape.generator.lower.Marks;
import dev.shipshape.generator.lower.Parameter;
import dev.shipshape.generator.syntax.ImageReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns a rendered stack into a {@link ChartModel}: one template per object, built from the SAME
 * objects as the plain manifests of the stack as declared and of every environment.
 *
 * <p><b>Values come from marks.</b> The lowering marks each parameterised value it writes
 * ({@link Manifest#parameters()}: the namespace, each app's image, its version label, replicas,
 * resources and literal environment variables, pod spreading, Ingress hosts and TLS, claim sizes and
 * classes, Velero schedules and retention). Each mark becomes a {@link Slot} in the object's tree and
 * its value in each rendering the value's default (the stack as declared) and each environment's
 * value; its schema comes from the mark's shape and format ({@link ParameterSchemas}).
 *
 * <p><b>What still compares the renderings, and why.</b> Three explicit steps, all on the trees:
 * <ol>
 *   <li><b>Presence.</b> An object that only some renderings have (a PodDisruptionBudget from two
 *       replicas on) gets an {@code enabled} switch: whether an object exists is no field to mark.
 *   <li><b>Values only where environments differ.</b> A mark may say so ({@link
 *       Parameter#onlyWhereEnvironmentsDiffer()}: environment variables, pod spreading), so that a
 *       chart does not offer every literal as a value; it is a value when its renderings disagree.
 *   <li><b>Unmarked fields.</b> A field nobody marked can still differ: an environment's cloud or
 *       practices change many fields, and a transform may change an object in one environment only.
 *       Such a field becomes a value at the nearest map key that holds the whole difference, with each
 *       rendering's literal (null where the key is absent, which leaves it out).
 * </ol>
 *
 * <pre>{@code
 * ChartModel chart = Parameterisation.of(rendering.stacks().get(0));
 * }</pre>
 */
public final class Parameterisation {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final RenderedStack stack;
  private final String chart;
  private final List<RenderedEnvironment> renderings;
  private final Map<String, Draft> drafts = new LinkedHashMap<>();

  private Parameterisation(RenderedStack stack) {
    this.stack = stack;
    this.chart = stack.declared().name();
    List<RenderedEnvironment> all = new ArrayList<>();
    all.add(stack.base());
    all.addAll(stack.environments());
    this.renderings = List.copyOf(all);
  }

  /** The chart model of {@code stack}. */
  public static ChartModel of(RenderedStack stack) {
    return new Parameterisation(stack).build();
  }

  private ChartModel build() {
    Map<String, Map<Integer, Manifest>> objects = new LinkedHashMap<>();
    for (int r = 0; r < renderings.size(); r++) {
      for (Manifest manifest : renderings.get(r).manifests()) {
        objects.computeIfAbsent(identity(manifest), id -> new TreeMap<>()).put(r, manifest);
      }
    }
    Map<String, String> owners = new LinkedHashMap<>();
    List<ObjectVersions> found = new ArrayList<>();
    for (Map<Integer, Manifest> versions : objects.values()) {
      found.add(read(new ObjectVersions(versions), owners));
    }
    List<ChartTemplate> templates = new ArrayList<>();
    for (ObjectVersions object : found) {
      templates.add(template(object));
    }
    List<Param> params = drafts.values().stream().filter(draft -> draft.active() && draft.used).map(this::param)
        .toList();
    List<String> environments = stack.environments().stream().map(e -> e.name().orElseThrow()).toList();
    return new ChartModel(chart, templates, params, owners, environments);
  }

  // ---- first pass: guards and marked values, in the order of the objects and their trees ----

  private ObjectVersions read(ObjectVersions object, Map<String, String> owners) {
    Manifest reference = object.reference();
    reference.owner().ifPresent(owner -> {
      owners.put(owner, ValuesKeys.of(owner));
      Draft enabled = draft(List.of(ValuesKeys.of(owner), "enabled"), "enabled:" + owner, Optional.empty(),
          "Render the objects of " + owner + " (all of them, or none)", false);
      for (int r = 0; r < renderings.size(); r++) {
        enabled.value(r, BooleanNode.TRUE);
      }
      enabled.used = true;
      object.guards.add(enabled.expression());
    });
    if (object.versions.size() < renderings.size()) {
      Draft present = draft(prefix(reference, "enabled"), "present:" + identity(reference), Optional.empty(),
          "Render " + reference.kind() + " " + reference.name() + " (rendered in: " + presentIn(object) + ")", false);
      for (int r = 0; r < renderings.size(); r++) {
        present.value(r, BooleanNode.valueOf(object.versions.containsKey(r)));
      }
      present.used = true;
      object.guards.add(present.expression());
    }
    object.versions.forEach((r, manifest) -> {
      Map<String, Mark> marks = manifest.parameters();
      object.marks.put(r, marks);
      marks.forEach((pointer, mark) -> record(mark, r, manifest.body().at(pointer)));
    });
    return object;
  }

  /** Records what the place of {@code mark} holds in rendering {@code r} ({@code found}, missing where absent). */
  private void record(Mark mark, int r, JsonNode found) {
    Parameter parameter = mark.parameter();
    Draft draft = draft(parameter);
    switch (mark.part()) {
      case WHOLE -> draft.value(r, switch (parameter.shape()) {
        case IMAGE -> image(found.asText());
        case OPTIONAL_TEXT, OPTIONAL_TREE -> found.isMissingNode() ? NullNode.getInstance() : found;
        case TEXT, INTEGER, RESOURCES, INGRESS_TLS, TEXT_LIST -> found;
      });
      case ITEM -> draft.item(r, mark.index(), found);
      case TAG -> { } // the tag is part of the image, whose own mark gives the value
    }
  }

  private Draft draft(Parameter parameter) {
    List<String> keys = parameter.path().stream().map(ValuesKeys::of).toList();
    boolean optional = switch (parameter.shape()) {
      case OPTIONAL_TEXT, OPTIONAL_TREE -> true;
      case TEXT, INTEGER, IMAGE, RESOURCES, INGRESS_TLS, TEXT_LIST -> false;
    };
    Draft draft = draft(keys, "mark:" + String.join("/", parameter.path()), Optional.of(parameter),
        parameter.description(), optional);
    draft.onlyWhereDiffer = parameter.onlyWhereEnvironmentsDiffer();
    return draft;
  }

  /** The draft at {@code keys}, or at {@code keys} with a number added when another origin has them. */
  private Draft draft(List<String> keys, String origin, Optional<Parameter> parameter, String description,
                      boolean optional) {
    List<String> unique = new ArrayList<>(keys);
    for (int n = 2; drafts.containsKey(String.join(".", unique))
        && !drafts.get(String.join(".", unique)).origin.equals(origin); n++) {
      unique.set(unique.size() - 1, keys.get(keys.size() - 1) + n);
    }
    return drafts.computeIfAbsent(String.join(".", unique),
        dotted -> new Draft(unique, origin, parameter, description, optional));
  }

  // ---- second pass: each object's template ----

  private ChartTemplate template(ObjectVersions object) {
    Map<Integer, JsonNode> slotted = new TreeMap<>();
    Map<Integer, JsonNode> literal = new TreeMap<>();
    object.versions.forEach((r, manifest) -> {
      literal.put(r, manifest.body());
      slotted.put(r, slotted(manifest.body(), object.marks.get(r)));
    });
    JsonNode tree = merge(object, List.of(), slotted, literal, false);
    Manifest reference = object.reference();
    if (!(tree instanceof ObjectNode objectTree)) {
      throw new IllegalStateException("cannot template " + identity(reference));
    }
    markUsed(tree);
    return new ChartTemplate(ObjectFiles.fileOf(stack.declared(), reference), object.guards, objectTree);
  }

  /**
   * Notes the values the slots in {@code tree} read: a marked value inside a field that became one
   * value as a whole (step 3) is read by no template, and the chart does not offer it.
   */
  private void markUsed(JsonNode tree) {
    if (tree instanceof Slot slot) {
      drafts.get(slot.valuesKey()).used = true;
    }
    tree.forEach(this::markUsed);
  }

  /** A copy of {@code body} with a slot at each mark whose value the chart has. */
  private JsonNode slotted(ObjectNode body, Map<String, Mark> marks) {
    ObjectNode copy = body.deepCopy();
    marks.forEach((pointer, mark) -> {
      Draft draft = draft(mark.parameter());
      if (draft.active()) {
        int slash = pointer.lastIndexOf('/');
        ObjectNode parent = (ObjectNode) copy.at(pointer.substring(0, slash));
        parent.set(Marks.unescape(pointer.substring(slash + 1)), slot(mark, draft));
      }
    });
    return copy;
  }

  private Slot slot(Mark mark, Draft draft) {
    String expression = draft.expression();
    return switch (mark.part()) {
      case TAG -> new Slot(chart, draft.dotted(), expression + ".tag", Slot.Style.QUOTED);
      case ITEM -> new Slot(chart, draft.dotted(), "(index " + expression + " " + mark.index() + ")", Slot.Style.QUOTED);
      case WHOLE -> new Slot(chart, draft.dotted(), expression, switch (mark.parameter().shape()) {
        case TEXT -> Slot.Style.QUOTED;
        case INTEGER -> Slot.Style.INTEGER;
        case IMAGE -> Slot.Style.IMAGE;
        case RESOURCES, INGRESS_TLS, TEXT_LIST -> Slot.Style.BLOCK;
        case OPTIONAL_TEXT, OPTIONAL_TREE -> Slot.Style.OPTIONAL;
      });
    };
  }

  /**
   * The template at {@code path} of the object (step 3 above): the slotted trees where all renderings
   * agree; maps merged key by key and lists of one length item by item; a scalar that differs as a
   * value; or null where only the parent's key can hold the difference (a list item that differs in
   * another way), which then becomes one value with each rendering's literal.
   */
  private JsonNode merge(ObjectVersions object, List<Object> path, Map<Integer, JsonNode> slotted,
                         Map<Integer, JsonNode> literal, boolean listItem) {
    JsonNode reference = slotted.values().iterator().next();
    if (slotted.values().stream().allMatch(reference::equals)) {
      return reference;
    }
    if (slotted.values().stream().allMatch(JsonNode::isObject)) {
      ObjectNode merged = JSON.objectNode();
      Set<String> fields = new LinkedHashSet<>();
      slotted.values().forEach(version -> version.fieldNames().forEachRemaining(fields::add));
      String leading = fields.contains("name") ? "name" : fields.iterator().next();
      for (String field : fields) {
        boolean everywhere = slotted.values().stream().allMatch(version -> version.has(field));
        if (!everywhere && listItem && field.equals(leading)) {
          return null; // a key that may be left out cannot open the line of a list item
        }
        List<Object> at = append(path, field);
        Map<Integer, JsonNode> literalChildren = children(literal, field);
        JsonNode child = everywhere ? merge(object, at, children(slotted, field), literalChildren, false) : null;
        merged.set(field, child != null ? child : differing(object, at, literalChildren));
      }
      return merged;
    }
    boolean lists = slotted.values().stream().allMatch(JsonNode::isArray)
        && slotted.values().stream().map(JsonNode::size).distinct().count() == 1;
    if (lists) {
      ArrayNode merged = JSON.arrayNode();
      for (int i = 0; i < reference.size(); i++) {
        JsonNode item = merge(object, append(path, i), children(slotted, i), children(literal, i), true);
        if (item == null) {
          return null;
        }
        merged.add(item);
      }
      return merged;
    }
    boolean scalars = slotted.values().stream().allMatch(JsonNode::isValueNode)
        && literal.values().stream().allMatch(JsonNode::isValueNode)
        && literal.values().stream().map(JsonNode::getNodeType).distinct().count() == 1;
    return scalars ? differing(object, path, literal) : null;
  }

  /** A value for a field nobody marked that differs between renderings: each rendering's literal. */
  private Slot differing(ObjectVersions object, List<Object> path, Map<Integer, JsonNode> literal) {
    Manifest reference = object.reference();
    boolean optional = literal.values().stream().anyMatch(JsonNode::isMissingNode);
    List<String> at = new ArrayList<>(prefix(reference));
    at.addAll(names(reference, path));
    Map<Integer, JsonNode> values = new TreeMap<>();
    literal.forEach((r, value) -> values.put(r, value.isMissingNode() ? NullNode.getInstance() : value));
    Draft draft = draft(at, "differs:" + identity(reference) + ":" + path, Optional.empty(),
        "Differs between environments: " + reference.kind() + " " + reference.name() + " at " + pointer(path),
        optional);
    draft.schema = ParameterSchemas.ofTypes(values.values(), optional);
    values.forEach(draft::value);
    Slot.Style style = optional ? Slot.Style.OPTIONAL
        : values.values().stream().allMatch(JsonNode::isTextual) ? Slot.Style.QUOTED
        : values.values().stream().allMatch(JsonNode::isIntegralNumber) ? Slot.Style.INTEGER
        : values.values().stream().allMatch(JsonNode::isValueNode) ? Slot.Style.PLAIN
        : Slot.Style.BLOCK;
    return new Slot(chart, draft.dotted(), draft.expression(), style);
  }

  /**
   * Readable values keys for {@code path} in {@code manifest}: list items by their name (the app's
   * own container left out), {@code spec} and {@code template} left out.
   */
  private static List<String> names(Manifest manifest, List<Object> path) {
    List<String> names = new ArrayList<>();
    JsonNode node = manifest.body();
    for (int i = 0; i < path.size(); i++) {
      Object segment = path.get(i);
      node = segment instanceof Integer n ? node.path(n) : node.path((String) segment);
      if (segment instanceof Integer n) {
        String name = node.has("name") ? node.path("name").asText() : node.path("metadata").path("name").asText();
        boolean ownContainer = i > 0 && "containers".equals(path.get(i - 1))
            && manifest.owner().map(name::equals).orElse(false);
        if (ownContainer) {
          names.remove(names.size() - 1);
        } else {
          names.add(name.isEmpty() ? "item" + n : ValuesKeys.of(name));
        }
      } else if (!segment.equals("spec") && !segment.equals("template")) {
        names.add(ValuesKeys.of((String) segment));
      }
    }
    return names;
  }

  private static Map<Integer, JsonNode> children(Map<Integer, JsonNode> versions, Object segment) {
    Map<Integer, JsonNode> children = new TreeMap<>();
    versions.forEach((r, version) -> children.put(r,
        segment instanceof Integer n ? version.path(n) : version.path((String) segment)));
    return children;
  }

  private static List<Object> append(List<Object> path, Object segment) {
    List<Object> longer = new ArrayList<>(path);
    longer.add(segment);
    return longer;
  }

  private static String pointer(List<Object> path) {
    return path.stream().map(s -> s instanceof Integer n ? "[" + n + "]" : "." + s).collect(Collectors.joining());
  }

  // ---- values ----

  private Param param(Draft draft) {
    JsonNode defaultValue = draft.values.containsKey(0) ? draft.values.get(0) : draft.values.values().iterator().next();
    Map<String, JsonNode> environments = new LinkedHashMap<>();
    draft.values.forEach((r, value) -> renderings.get(r).name().ifPresent(name -> environments.put(name, value)));
    ObjectNode schema = draft.parameter.map(p -> ParameterSchemas.of(p, draft.values.values()))
        .orElse(draft.schema);
    return new Param(draft.keys, defaultValue, schema, draft.description, draft.optional, environments);
  }

  /** An image reference as its value: repository, tag and digest (empty strings where it has none). */
  private static JsonNode image(String reference) {
    ImageReference image = ImageReference.parse(reference).orElseThrow(
        () -> new IllegalStateException("a marked image is not an image reference: " + reference));
    ObjectNode value = JSON.objectNode();
    value.put("repository", image.repository());
    value.put("tag", image.tag().orElse(""));
    value.put("digest", image.digest().orElse(""));
    return value;
  }

  /** Where an object's own values go: {@code [web, podDisruptionBudget]}, {@code [stack, networkPolicyDefaultDeny]}. */
  private List<String> prefix(Manifest manifest, String... more) {
    String owner = manifest.owner().orElse(stack.declared().namespaceName());
    String key = ValuesKeys.of(manifest.kind()) + (manifest.name().equals(owner) ? ""
        : capitalized(ValuesKeys.of(manifest.name())));
    List<String> prefix = new ArrayList<>(List.of(manifest.owner().map(ValuesKeys::of).orElse("stack"), key));
    prefix.addAll(List.of(more));
    return prefix;
  }

  private String presentIn(ObjectVersions object) {
    return object.versions.keySet().stream().map(r -> renderings.get(r).name().orElse("the stack as declared"))
        .collect(Collectors.joining(", "));
  }

  private static String identity(Manifest manifest) {
    return manifest.kind().equals("Namespace") ? "Namespace" : manifest.kind() + "/" + manifest.name();
  }

  private static String capitalized(String key) {
    return Character.toUpperCase(key.charAt(0)) + key.substring(1);
  }

  /** One object in the renderings that have it, with its guards and the marks of each version. */
  private static final class ObjectVersions {
    final Map<Integer, Manifest> versions;
    final List<String> guards = new ArrayList<>();
    final Map<Integer, Map<String, Mark>> marks = new TreeMap<>();

    ObjectVersions(Map<Integer, Manifest> versions) {
      this.versions = versions;
    }

    /** The version the template follows: the stack as declared's, else the first environment's. */
    Manifest reference() {
      return versions.values().iterator().next();
    }
  }

  /** A value while the renderings are read: its keys, where it comes from, and its value in each rendering. */
  private static final class Draft {
    final List<String> keys;
    final String origin;
    final Optional<Parameter> parameter;
    final String description;
    final boolean optional;
    final Map<Integer, JsonNode> values = new TreeMap<>();
    boolean onlyWhereDiffer;
    boolean used;
    ObjectNode schema = JSON.objectNode().put("type", "boolean");

    Draft(List<String> keys, String origin, Optional<Parameter> parameter, String description, boolean optional) {
      this.keys = List.copyOf(keys);
      this.origin = origin;
      this.parameter = parameter;
      this.description = description;
      this.optional = optional;
    }

    void value(int rendering, JsonNode value) {
      JsonNode before = values.putIfAbsent(rendering, value);
      if (before != null && !before.equals(value)) {
        throw new IllegalStateException(String.join(".", keys) + " has two values in one rendering: "
            + before + " and " + value);
      }
    }

    void item(int rendering, int index, JsonNode item) {
      ArrayNode list = (ArrayNode) values.computeIfAbsent(rendering, r -> JSON.arrayNode());
      while (list.size() <= index) {
        list.addNull();
      }
      list.set(index, item);
    }

    /** Whether the chart has this value: it has values, and where it is one only where they differ, they do. */
    boolean active() {
      return !values.isEmpty() && (!onlyWhereDiffer || values.values().stream().distinct().count() > 1);
    }

    String dotted() {
      return String.join(".", keys);
    }

    String expression() {
      return ".Values." + dotted();
    }
  }
}
