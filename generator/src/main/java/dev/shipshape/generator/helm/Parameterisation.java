package dev.shipshape.generator.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.App;
import dev.shipshape.generator.RenderedEnvironment;
import dev.shipshape.generator.RenderedStack;
import dev.shipshape.generator.layout.ObjectFiles;
import dev.shipshape.generator.lower.Manifest;
import dev.shipshape.generator.syntax.ImageReference;
import dev.shipshape.generator.syntax.ValueFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a rendered stack into a {@link ChartModel}: one template per object, built from the SAME
 * objects as the plain manifests of the stack as declared and of every environment.
 *
 * <p>Two kinds of fields become values. <b>Parameterised by default</b>: the namespace, each app's
 * {@code enabled} switch, image (repository, tag, digest; the {@code app.kubernetes.io/version}
 * label follows the tag), replicas and resources, Ingress hosts and TLS, claim sizes and storage
 * classes, and Velero schedules and retention. <b>Where environments differ</b>: every other field
 * whose value differs between the declared stack and an environment becomes a value at the smallest
 * place that can hold the difference (a scalar, a key that only some have, or a whole list), and an
 * object that only some renderings have gets an {@code enabled} switch. The defaults are the
 * declared stack's values, so {@code helm template} with them gives the plain manifests; each
 * environment's values give that environment's.
 *
 * <pre>{@code
 * ChartModel chart = Parameterisation.of(rendering.stacks().get(0));
 * }</pre>
 */
public final class Parameterisation {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String TOKEN_PREFIX = "__shipshape_slot_";
  private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet");
  private static final Set<String> DICTIONARIES =
      Set.of("labels", "annotations", "matchLabels", "nodeSelector", "data", "stringData");

  private final RenderedStack stack;
  private final List<RenderedEnvironment> renderings;
  private final Map<String, Draft> params = new LinkedHashMap<>();
  private final Map<String, Slot> slots = new LinkedHashMap<>();

  private Parameterisation(RenderedStack stack) {
    this.stack = stack;
    List<RenderedEnvironment> all = new ArrayList<>();
    all.add(stack.base());
    all.addAll(stack.environments());
    this.renderings = List.copyOf(all);
  }

  /** The chart model of {@code stack}. */
  public static ChartModel of(RenderedStack stack) {
    return new Parameterisation(stack).build();
  }

  /** The token that marks slot {@code n} in a template tree (a plain YAML scalar). */
  public static String token(int n) {
    return TOKEN_PREFIX + n + "__";
  }

  /** Whether {@code text} is a slot token. */
  public static boolean isToken(String text) {
    return text.startsWith(TOKEN_PREFIX) && text.endsWith("__");
  }

  private ChartModel build() {
    Map<String, Map<Integer, Manifest>> objects = new LinkedHashMap<>();
    for (int r = 0; r < renderings.size(); r++) {
      for (Manifest manifest : renderings.get(r).manifests()) {
        objects.computeIfAbsent(identity(manifest), id -> new TreeMap<>()).put(r, manifest);
      }
    }
    Map<String, String> owners = new LinkedHashMap<>();
    List<ChartTemplate> templates = new ArrayList<>();
    for (Map<Integer, Manifest> versions : objects.values()) {
      Manifest reference = versions.values().iterator().next();
      List<String> guards = new ArrayList<>();
      reference.owner().ifPresent(owner -> {
        owners.put(owner, ValuesKeys.of(owner));
        guards.add(param(List.of(ValuesKeys.of(owner), "enabled"), "enabled:" + owner, schema("boolean"),
            "Render the objects of " + owner + " (all of them, or none)", false,
            all(r -> JSON.booleanNode(true))).expression());
      });
      ObjectContext context = new ObjectContext(reference, versions);
      if (versions.size() < renderings.size()) {
        guards.add(param(context.prefix("enabled"), "present:" + identity(reference), schema("boolean"),
            "Render " + reference.kind() + " " + reference.name() + " (rendered in: " + presentIn(versions) + ")",
            false, all(r -> JSON.booleanNode(versions.containsKey(r)))).expression());
      }
      Map<Integer, JsonNode> trees = new TreeMap<>();
      versions.forEach((r, manifest) -> trees.put(r, withStorageClassKeys(manifest.body().deepCopy())));
      JsonNode tree = merge(context, new ArrayList<>(), trees, false);
      if (!(tree instanceof ObjectNode object)) {
        throw new IllegalStateException("cannot template " + identity(reference));
      }
      templates.add(new ChartTemplate(ObjectFiles.fileOf(stack.declared(), reference), guards, object));
    }
    Map<String, Param> built = new LinkedHashMap<>();
    params.forEach((dotted, draft) -> built.put(dotted, draft.build(renderings)));
    Map<String, Slot> boundSlots = new LinkedHashMap<>();
    slots.forEach((token, slot) -> boundSlots.put(token,
        new Slot(built.get(slot.param().dotted()), slot.expression(), slot.style())));
    List<String> environments = stack.environments().stream()
        .map(e -> e.name().orElseThrow()).toList();
    return new ChartModel(stack.declared().name(), templates, List.copyOf(built.values()), boundSlots,
        owners, environments);
  }

  // ---- merging the renderings of one object ----

  /**
   * The template tree of the versions at {@code path}, or null when they cannot be merged here (the
   * caller then makes the whole value a parameter).
   */
  private JsonNode merge(ObjectContext context, List<Object> path, Map<Integer, JsonNode> versions,
                         boolean sequenceItem) {
    Optional<JsonNode> known = byDefault(context, path, versions);
    if (known.isPresent()) {
      return known.get();
    }
    JsonNode reference = versions.values().iterator().next();
    if (reference.isValueNode() && versions.values().stream().allMatch(reference::equals)) {
      return reference.deepCopy();
    }
    if (versions.entrySet().stream().allMatch(e -> e.getValue().isTextual()
        && e.getValue().asText().equals(namespace(e.getKey())))) {
      return namespaceSlot();
    }
    if (versions.values().stream().allMatch(JsonNode::isObject)) {
      ObjectNode merged = JSON.objectNode();
      // label-like maps have no order of their own, and the values must not depend on one
      Set<String> keys = !path.isEmpty() && DICTIONARIES.contains(String.valueOf(path.get(path.size() - 1)))
          ? new TreeSet<>() : new LinkedHashSet<>();
      versions.values().forEach(v -> v.fieldNames().forEachRemaining(keys::add));
      for (String key : keys) {
        Map<Integer, JsonNode> children = new TreeMap<>();
        versions.forEach((r, v) -> {
          if (v.has(key)) {
            children.put(r, v.get(key));
          }
        });
        List<Object> childPath = append(path, key);
        if (children.size() < versions.size()) {
          if (sequenceItem) {
            return null;
          }
          Map<Integer, JsonNode> withNulls = new TreeMap<>();
          versions.keySet().forEach(r -> withNulls.put(r, children.getOrDefault(r, NullNode.getInstance())));
          merged.set(key, block(context, childPath, withNulls, Slot.Style.OPTIONAL));
          continue;
        }
        JsonNode child = merge(context, childPath, children, false);
        if (child == null) {
          child = block(context, childPath, children, Slot.Style.BLOCK);
        }
        merged.set(key, child);
      }
      return merged;
    }
    if (versions.values().stream().allMatch(JsonNode::isArray)
        && versions.values().stream().map(JsonNode::size).distinct().count() == 1) {
      ArrayNode merged = JSON.arrayNode();
      for (int i = 0; i < reference.size(); i++) {
        int index = i;
        Map<Integer, JsonNode> items = new TreeMap<>();
        versions.forEach((r, v) -> items.put(r, v.get(index)));
        JsonNode item = merge(context, append(path, i), items, true);
        if (item == null) {
          return null;
        }
        merged.add(item);
      }
      return merged;
    }
    if (versions.values().stream().allMatch(JsonNode::isValueNode)
        && versions.values().stream().map(JsonNode::getNodeType).distinct().count() == 1) {
      return scalar(context, path, versions);
    }
    return null;
  }

  /** The fields parameterised whatever the environments do. */
  private Optional<JsonNode> byDefault(ObjectContext context, List<Object> path, Map<Integer, JsonNode> versions) {
    String pattern = pattern(path);
    String kind = context.reference.kind();
    Optional<String> owner = context.reference.owner();
    if (pattern.equals("metadata.namespace") || kind.equals("Namespace") && pattern.equals("metadata.name")) {
      return allNamespaces(versions) ? Optional.of(namespaceSlot()) : Optional.empty();
    }
    if (owner.isPresent() && (pattern.equals("metadata.labels.app.kubernetes.io/version")
        || pattern.equals("spec.template.metadata.labels.app.kubernetes.io/version"))) {
      return imageParam(owner.get())
          .filter(image -> versions.entrySet().stream().allMatch(e ->
              e.getValue().asText().equals(image.get(e.getKey()).path("tag").asText())))
          .map(image -> slot(imageDraft(owner.get(), image), ".Values." + ValuesKeys.of(owner.get()) + ".image.tag",
              Slot.Style.QUOTED));
    }
    if (owner.isPresent() && WORKLOADS.contains(kind)) {
      String app = ValuesKeys.of(owner.get());
      if (pattern.equals("spec.replicas")) {
        return Optional.of(slot(param(List.of(app, "replicas"), "replicas:" + app, integer(0),
            "Pods of " + owner.get() + " (.replicas(n); in an environment .replicas(\"" + owner.get() + "\", n))",
            false, versions), Slot.Style.INTEGER));
      }
      boolean mainContainer = pattern.startsWith("spec.template.spec.containers[].")
          && context.containerName(path).equals(owner.get());
      if (mainContainer && pattern.equals("spec.template.spec.containers[].image")) {
        return imageParam(owner.get())
            .filter(image -> versions.entrySet().stream().allMatch(e ->
                e.getValue().asText().equals(imageText(image.get(e.getKey())))))
            .map(image -> slot(imageDraft(owner.get(), image), ".Values." + app + ".image", Slot.Style.IMAGE));
      }
      if (mainContainer && pattern.equals("spec.template.spec.containers[].resources")) {
        return Optional.of(slot(param(List.of(app, "resources"), "resources:" + app, resourcesSchema(),
            "Requests and limits of the " + owner.get() + " container (.resources(Resources.requests(cpu, memory)"
                + ".memoryLimit(...)))", false, versions), Slot.Style.BLOCK));
      }
      if (mainContainer && pattern.equals("spec.template.spec.containers[].env[].value")
          && versions.values().stream().distinct().count() > 1
          && versions.values().stream().allMatch(JsonNode::isTextual)) {
        String variable = context.itemName(path, path.size() - 2);
        return Optional.of(slot(param(List.of(app, "env", ValuesKeys.of(variable)), "env:" + app + ":" + variable,
            schema("string"), "Environment variable " + variable + " of " + owner.get()
                + " (.env(\"" + variable + "\", value); in an environment .env(\"" + owner.get() + "\", \""
                + variable + "\", value))", false, versions), Slot.Style.QUOTED));
      }
      if (kind.equals("StatefulSet") && pattern.startsWith("spec.volumeClaimTemplates[].spec.")) {
        String claim = context.itemName(path, 2);
        return storage(List.of(app, "persistence", ValuesKeys.of(claim)), claim, pattern.substring(
            "spec.volumeClaimTemplates[].".length()), versions);
      }
    }
    if (kind.equals("PersistentVolumeClaim")) {
      String name = context.reference.name();
      String claim = owner.filter(o -> name.startsWith(o + "-")).map(o -> name.substring(o.length() + 1)).orElse(name);
      return storage(List.of(owner.map(ValuesKeys::of).orElse("stack"), "persistence", ValuesKeys.of(claim)),
          name, pattern, versions);
    }
    if (kind.equals("Ingress") && owner.isPresent()) {
      return ingress(context, path, pattern, versions);
    }
    if (kind.equals("Schedule") && context.reference.apiVersion().startsWith("velero.io/")) {
      String name = context.reference.name();
      String prefix = stack.declared().name() + "-";
      List<String> at = List.of("backups", ValuesKeys.of(name.startsWith(prefix) ? name.substring(prefix.length()) : name));
      if (pattern.equals("spec.schedule")) {
        return Optional.of(slot(param(append(at, "schedule"), "schedule:" + name, stringMatching(CRON),
            "When Velero backs up for Schedule " + name + ", a cron expression (Backups.daily(\"02:00\"), "
                + "weekly(...), cron(\"m h dom mon dow\"), every(Duration))", false, versions), Slot.Style.QUOTED));
      }
      if (pattern.equals("spec.template.ttl")) {
        return Optional.of(slot(param(append(at, "ttl"), "ttl:" + name, stringMatching(GO_DURATION),
            "How long the backups of Schedule " + name + " are kept, a Go duration (.keep(Duration.ofDays(30)))",
            false, versions), Slot.Style.QUOTED));
      }
    }
    return Optional.empty();
  }

  private Optional<JsonNode> storage(List<String> at, String claim, String pattern, Map<Integer, JsonNode> versions) {
    if (pattern.equals("spec.resources.requests.storage")) {
      return Optional.of(slot(param(append(at, "size"), "size:" + String.join(".", at), stringMatching(QUANTITY),
          "Requested size of claim " + claim + ", a quantity such as 5Gi (.persist(path, \"5Gi\") or "
              + "Claim.named(...).size(\"5Gi\"))", false, versions), Slot.Style.QUOTED));
    }
    if (pattern.equals("spec.storageClassName")) {
      ObjectNode schema = JSON.objectNode();
      schema.set("type", JSON.arrayNode().add("string").add("null"));
      schema.put("pattern", DNS_SUBDOMAIN);
      return Optional.of(slot(param(append(at, "storageClass"), "class:" + String.join(".", at), schema,
          "StorageClass of claim " + claim + "; null for the cluster's default class "
              + "(PersistOption.storageClass(\"gp3-encrypted\"))", true, versions), Slot.Style.OPTIONAL));
    }
    return Optional.empty();
  }

  private Optional<JsonNode> ingress(ObjectContext context, List<Object> path, String pattern,
                                     Map<Integer, JsonNode> versions) {
    List<String> at = context.prefix();
    String owner = context.reference.owner().orElseThrow();
    if (pattern.equals("spec.tls")) {
      return Optional.of(slot(param(append(at, "tls"), "tls:" + String.join(".", at), tlsSchema(),
          "TLS of the Ingress of " + owner + ": each entry's hosts and certificate Secret "
              + "(Routes.host(...).tls(Tls.certManager()))", false, versions), Slot.Style.BLOCK));
    }
    if (pattern.equals("spec.rules[].host")) {
      Map<Integer, JsonNode> hosts = new TreeMap<>();
      context.versions.forEach((r, manifest) -> {
        ArrayNode distinct = JSON.arrayNode();
        manifest.body().path("spec").path("rules").forEach(rule -> {
          if (rule.has("host") && !contains(distinct, rule.get("host"))) {
            distinct.add(rule.get("host"));
          }
        });
        hosts.put(r, distinct);
      });
      int index = indexOf(hosts.values().iterator().next(), versions.values().iterator().next());
      boolean consistent = versions.entrySet().stream()
          .allMatch(e -> hosts.get(e.getKey()).path(index).equals(e.getValue()));
      if (!consistent) {
        return Optional.empty();
      }
      ObjectNode schema = JSON.objectNode();
      schema.put("type", "array");
      schema.set("items", stringMatching(HOSTNAME));
      schema.put("minItems", hosts.values().iterator().next().size());
      Draft draft = param(append(at, "hosts"), "hosts:" + String.join(".", at), schema,
          "Host names the Ingress of " + owner + " serves, in the order of its rules "
              + "(.exposeViaIngress(Routes.host(\"shop.example.com\")...))", false, hosts);
      return Optional.of(slot(draft, "(index " + draft.expression() + " " + index + ")", Slot.Style.QUOTED));
    }
    return Optional.empty();
  }

  // ---- values where renderings differ ----

  private JsonNode scalar(ObjectContext context, List<Object> path, Map<Integer, JsonNode> versions) {
    JsonNode reference = versions.values().iterator().next();
    String type = reference.isTextual() ? "string" : reference.isIntegralNumber() ? "integer"
        : reference.isBoolean() ? "boolean" : "number";
    Slot.Style style = reference.isTextual() ? Slot.Style.QUOTED
        : reference.isIntegralNumber() ? Slot.Style.INTEGER : Slot.Style.PLAIN;
    return slot(differing(context, path, versions, schema(type), false), style);
  }

  private JsonNode block(ObjectContext context, List<Object> path, Map<Integer, JsonNode> versions, Slot.Style style) {
    Set<String> types = new LinkedHashSet<>();
    versions.values().stream().filter(v -> !v.isNull()).forEach(v -> types.add(jsonType(v)));
    if (style == Slot.Style.OPTIONAL) {
      types.add("null");
    }
    ObjectNode schema = JSON.objectNode();
    if (types.size() == 1) {
      schema.put("type", types.iterator().next());
    } else {
      ArrayNode list = schema.putArray("type");
      types.forEach(list::add);
    }
    return slot(differing(context, path, versions, schema, style == Slot.Style.OPTIONAL), style);
  }

  private Draft differing(ObjectContext context, List<Object> path, Map<Integer, JsonNode> versions,
                          ObjectNode schema, boolean optional) {
    List<String> at = new ArrayList<>(context.prefix());
    at.addAll(context.names(path));
    return param(at, "differs:" + identity(context.reference) + ":" + path, schema,
        "Differs between environments: " + context.reference.kind() + " " + context.reference.name()
            + " at " + pointer(path), optional, versions);
  }

  // ---- params and slots ----

  private Draft param(List<String> path, String origin, ObjectNode schema, String description, boolean optional,
                      Map<Integer, JsonNode> values) {
    List<String> unique = new ArrayList<>(path);
    for (int n = 2; params.containsKey(String.join(".", unique))
        && !params.get(String.join(".", unique)).origin.equals(origin); n++) {
      unique.set(unique.size() - 1, path.get(path.size() - 1) + n);
    }
    Draft draft = params.computeIfAbsent(String.join(".", unique),
        dotted -> new Draft(unique, origin, schema, description, optional));
    values.forEach(draft::value);
    return draft;
  }

  private JsonNode slot(Draft draft, Slot.Style style) {
    return slot(draft, draft.expression(), style);
  }

  private JsonNode slot(Draft draft, String expression, Slot.Style style) {
    String token = token(slots.size());
    slots.put(token, new Slot(draft.placeholder(), expression, style));
    return JSON.textNode(token);
  }

  private JsonNode namespaceSlot() {
    Draft draft = param(List.of("namespace"), "namespace", stringMatching(DNS_LABEL),
        "Namespace of the stack's objects (Stack.named(...).namespace(\"...\"); in an environment "
            + ".namespace(\"...\"))", false, all(r -> JSON.textNode(namespace(r))));
    return slot(draft, Slot.Style.QUOTED);
  }

  /** The image of {@code owner} in each rendering, split into repository, tag and digest. */
  private Optional<Map<Integer, JsonNode>> imageParam(String owner) {
    Map<Integer, JsonNode> images = new TreeMap<>();
    for (int r = 0; r < renderings.size(); r++) {
      Optional<ImageReference> image = renderings.get(r).stack().apps().stream()
          .filter(a -> a.name().equals(owner)).findFirst()
          .flatMap(App::image).flatMap(ImageReference::parse);
      if (image.isEmpty()) {
        return Optional.empty();
      }
      ObjectNode value = JSON.objectNode();
      value.put("repository", image.get().repository());
      value.put("tag", image.get().tag().orElse(""));
      value.put("digest", image.get().digest().orElse(""));
      images.put(r, value);
    }
    return Optional.of(images);
  }

  private Draft imageDraft(String owner, Map<Integer, JsonNode> images) {
    ObjectNode schema = JSON.objectNode();
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ObjectNode repository = properties.putObject("repository");
    repository.put("type", "string");
    repository.put("minLength", 1);
    properties.set("tag", stringMatching("^(" + ValueFormat.IMAGE_TAG.regex() + ")?$"));
    properties.set("digest", stringMatching("^(" + ValueFormat.IMAGE_DIGEST.regex() + ")?$"));
    schema.set("required", JSON.arrayNode().add("repository").add("tag").add("digest"));
    schema.put("additionalProperties", false);
    return param(List.of(ValuesKeys.of(owner), "image"), "image:" + owner, schema,
        "Image of " + owner + ": repository, tag (also its app.kubernetes.io/version label) and, to pin it, "
            + "digest (.image(\"ghcr.io/acme/web:2.3.1\"); in an environment .image(\"" + owner + "\", ...))",
        false, images);
  }

  private static String imageText(JsonNode image) {
    String tag = image.path("tag").asText();
    String digest = image.path("digest").asText();
    return image.path("repository").asText() + (tag.isEmpty() ? "" : ":" + tag) + (digest.isEmpty() ? "" : "@" + digest);
  }

  private Map<Integer, JsonNode> all(Function<Integer, JsonNode> value) {
    Map<Integer, JsonNode> values = new TreeMap<>();
    for (int r = 0; r < renderings.size(); r++) {
      values.put(r, value.apply(r));
    }
    return values;
  }

  private boolean allNamespaces(Map<Integer, JsonNode> versions) {
    return versions.entrySet().stream().allMatch(e -> e.getValue().asText().equals(namespace(e.getKey())));
  }

  private String namespace(int rendering) {
    return renderings.get(rendering).stack().namespaceName();
  }

  private String presentIn(Map<Integer, Manifest> versions) {
    return versions.keySet().stream().map(r -> renderings.get(r).name().orElse("the stack as declared"))
        .collect(Collectors.joining(", "));
  }

  // ---- the object being templated ----

  private final class ObjectContext {
    final Manifest reference;
    final Map<Integer, Manifest> versions;

    ObjectContext(Manifest reference, Map<Integer, Manifest> versions) {
      this.reference = reference;
      this.versions = versions;
    }

    /** Where this object's values go: {@code web.podDisruptionBudget}, {@code stack.networkPolicyDefaultDeny}. */
    List<String> prefix(String... more) {
      String owner = reference.owner().orElse(stack.declared().namespaceName());
      String key = ValuesKeys.of(reference.kind()) + (reference.name().equals(owner) ? ""
          : capitalized(ValuesKeys.of(reference.name())));
      List<String> prefix = new ArrayList<>(List.of(reference.owner().map(ValuesKeys::of).orElse("stack"), key));
      prefix.addAll(List.of(more));
      return prefix;
    }

    /** The name of the container at {@code path} (which starts with spec.template.spec.containers[i]). */
    String containerName(List<Object> path) {
      return itemName(path, 4);
    }

    /** The {@code name} of the list item at {@code path.get(index)} in the reference object. */
    String itemName(List<Object> path, int index) {
      JsonNode node = reference.body();
      for (int i = 0; i <= index; i++) {
        node = path.get(i) instanceof Integer n ? node.path(n) : node.path((String) path.get(i));
      }
      return node.has("name") ? node.path("name").asText() : node.path("metadata").path("name").asText();
    }

    /** Readable values keys for {@code path}: items by name, {@code spec} and {@code template} left out. */
    List<String> names(List<Object> path) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < path.size(); i++) {
        Object segment = path.get(i);
        if (segment instanceof Integer n) {
          String name = itemName(path, i);
          boolean mainContainer = i > 0 && "containers".equals(path.get(i - 1))
              && reference.owner().map(name::equals).orElse(false);
          if (mainContainer) {
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
  }

  /** A param while the renderings are read. */
  private static final class Draft {
    final List<String> path;
    final String origin;
    final ObjectNode schema;
    final String description;
    final boolean optional;
    final Map<Integer, JsonNode> values = new TreeMap<>();

    Draft(List<String> path, String origin, ObjectNode schema, String description, boolean optional) {
      this.path = List.copyOf(path);
      this.origin = origin;
      this.schema = schema;
      this.description = description;
      this.optional = optional;
    }

    void value(int rendering, JsonNode value) {
      JsonNode before = values.putIfAbsent(rendering, value);
      if (before != null && !before.equals(value)) {
        throw new IllegalStateException(String.join(".", path) + " has two values in one rendering: "
            + before + " and " + value);
      }
    }

    String expression() {
      return ".Values." + String.join(".", path);
    }

    Param placeholder() {
      return new Param(path, NullNode.getInstance(), schema, description, optional, Map.of());
    }

    Param build(List<RenderedEnvironment> renderings) {
      JsonNode defaultValue = values.containsKey(0) ? values.get(0) : values.values().iterator().next();
      Map<String, JsonNode> environments = new LinkedHashMap<>();
      values.forEach((r, value) -> renderings.get(r).name().ifPresent(name -> environments.put(name, value)));
      return new Param(path, defaultValue, schema, description, optional, environments);
    }
  }

  // ---- helpers ----

  private static final String DNS_LABEL = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";
  private static final String DNS_SUBDOMAIN = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";
  private static final String HOSTNAME = "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";
  /** A Kubernetes quantity: {@code 5Gi}, {@code 500m}, {@code 1.5}, {@code 1e3}. */
  static final String QUANTITY = "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$";
  private static final String CRON = "^(CRON_TZ=\\S+ )?(@every \\S+|@(yearly|annually|monthly|weekly|daily|midnight|hourly)|\\S+( \\S+){4})$";
  private static final String GO_DURATION = "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$";

  private static String identity(Manifest manifest) {
    return manifest.kind().equals("Namespace") ? "Namespace" : manifest.kind() + "/" + manifest.name();
  }

  private static JsonNode withStorageClassKeys(JsonNode body) {
    if (body.path("kind").asText().equals("PersistentVolumeClaim")) {
      ensureStorageClassKey(body.path("spec"));
    }
    body.path("spec").path("volumeClaimTemplates").forEach(t -> ensureStorageClassKey(t.path("spec")));
    return body;
  }

  private static void ensureStorageClassKey(JsonNode spec) {
    if (spec instanceof ObjectNode object && !object.has("storageClassName")) {
      object.putNull("storageClassName");
    }
  }

  private static String pattern(List<Object> path) {
    StringBuilder pattern = new StringBuilder();
    for (Object segment : path) {
      if (segment instanceof Integer) {
        pattern.append("[]");
      } else {
        pattern.append(pattern.length() == 0 ? "" : ".").append(segment);
      }
    }
    return pattern.toString();
  }

  private static String pointer(List<Object> path) {
    return path.stream().map(s -> s instanceof Integer n ? "[" + n + "]" : "." + s).collect(Collectors.joining());
  }

  private static List<Object> append(List<Object> path, Object segment) {
    List<Object> longer = new ArrayList<>(path);
    longer.add(segment);
    return longer;
  }

  private static List<String> append(List<String> path, String key) {
    List<String> longer = new ArrayList<>(path);
    longer.add(key);
    return longer;
  }

  private static boolean contains(ArrayNode array, JsonNode value) {
    for (JsonNode item : array) {
      if (item.equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(JsonNode array, JsonNode value) {
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i).equals(value)) {
        return i;
      }
    }
    return -1;
  }

  private static String capitalized(String key) {
    return Character.toUpperCase(key.charAt(0)) + key.substring(1);
  }

  private static String jsonType(JsonNode node) {
    return node.isObject() ? "object" : node.isArray() ? "array" : node.isTextual() ? "string"
        : node.isIntegralNumber() ? "integer" : node.isNumber() ? "number" : node.isBoolean() ? "boolean" : "null";
  }

  private static ObjectNode schema(String type) {
    ObjectNode schema = JSON.objectNode();
    schema.put("type", type);
    return schema;
  }

  private static ObjectNode integer(int minimum) {
    ObjectNode schema = schema("integer");
    schema.put("minimum", minimum);
    return schema;
  }

  private static ObjectNode stringMatching(String regex) {
    ObjectNode schema = schema("string");
    schema.put("pattern", regex);
    return schema;
  }

  private static ObjectNode resourcesSchema() {
    ObjectNode quantities = schema("object");
    quantities.set("additionalProperties", stringMatching(QUANTITY));
    ObjectNode schema = schema("object");
    ObjectNode properties = schema.putObject("properties");
    properties.set("requests", quantities);
    properties.set("limits", quantities.deepCopy());
    schema.put("additionalProperties", false);
    return schema;
  }

  private static ObjectNode tlsSchema() {
    ObjectNode hosts = schema("array");
    hosts.set("items", stringMatching(HOSTNAME));
    ObjectNode entry = schema("object");
    ObjectNode properties = entry.putObject("properties");
    properties.set("hosts", hosts);
    properties.set("secretName", stringMatching(DNS_SUBDOMAIN));
    entry.put("additionalProperties", false);
    ObjectNode schema = schema("array");
    schema.set("items", entry);
    return schema;
  }
}
