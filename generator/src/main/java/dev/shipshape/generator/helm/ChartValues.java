package dev.shipshape.generator.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The values documents of a chart: {@code values.yaml} (every param's default), each environment's
 * values file (only what differs from the defaults, with {@code null} where the environment drops a
 * key, which Helm's merge then deletes) and {@code values.schema.json} (draft-07, every value typed
 * and described; objects of the chart closed with {@code additionalProperties: false}, the root left
 * open for {@code global}).
 *
 * <pre>{@code
 * ObjectNode defaults = ChartValues.defaults(model);
 * ObjectNode prod = ChartValues.environment(model, "prod");   // {web: {replicas: 4}, ...}
 * ObjectNode schema = ChartValues.schema(model);
 * }</pre>
 */
public final class ChartValues {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ChartValues() {}

  /** {@code values.yaml}: {@code nameOverride}, {@code fullnameOverride} and every param's default. */
  public static ObjectNode defaults(ChartModel model) {
    ObjectNode values = JSON.objectNode();
    values.put("nameOverride", "");
    values.put("fullnameOverride", "");
    return tree(values, model.params(), Param::defaultValue);
  }

  /** The values file of {@code environment}: the differences from {@link #defaults}. */
  public static ObjectNode environment(ChartModel model, String environment) {
    ObjectNode values = JSON.objectNode();
    values.put("nameOverride", "");
    values.put("fullnameOverride", "");
    return difference(defaults(model), tree(values, model.params(), p -> p.valueIn(environment)));
  }

  /** {@code values.schema.json}. */
  public static ObjectNode schema(ChartModel model) {
    ObjectNode schema = JSON.objectNode();
    schema.put("$schema", "https://json-schema.org/draft-07/schema#");
    schema.put("title", "Values of the " + model.name() + " chart");
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = schema.putArray("required");
    for (String key : List.of("nameOverride", "fullnameOverride")) {
      ObjectNode override = properties.putObject(key);
      override.put("type", "string");
      override.put("description", key.equals("nameOverride")
          ? "Replaces the chart name in the name helpers" : "Replaces the release-and-chart name in the name helpers");
    }
    for (Param param : model.params()) {
      ObjectNode parent = schema;
      List<String> path = param.path();
      for (int i = 0; i < path.size() - 1; i++) {
        ObjectNode parentProperties = (ObjectNode) parent.get("properties");
        ObjectNode child = (ObjectNode) parentProperties.get(path.get(i));
        if (child == null) {
          child = parentProperties.putObject(path.get(i));
          child.put("type", "object");
          child.putObject("properties");
          child.putArray("required");
          child.put("additionalProperties", false);
          ((ArrayNode) parent.get("required")).add(path.get(i));
        }
        parent = child;
      }
      ObjectNode leaf = param.schema().deepCopy();
      leaf.put("description", param.description());
      ((ObjectNode) parent.get("properties")).set(path.get(path.size() - 1), leaf);
      if (!param.optional()) {
        ((ArrayNode) parent.get("required")).add(path.get(path.size() - 1));
      }
    }
    if (required.isEmpty()) {
      schema.remove("required");
    }
    return schema;
  }

  private static ObjectNode tree(ObjectNode values, List<Param> params, Function<Param, JsonNode> value) {
    for (Param param : params) {
      ObjectNode parent = values;
      List<String> path = param.path();
      for (int i = 0; i < path.size() - 1; i++) {
        JsonNode child = parent.get(path.get(i));
        if (child == null) {
          child = parent.putObject(path.get(i));
        } else if (!child.isObject()) {
          throw new IllegalStateException("values key " + param.dotted() + " lies below another value");
        }
        parent = (ObjectNode) child;
      }
      parent.set(path.get(path.size() - 1), value.apply(param).deepCopy());
    }
    return values;
  }

  /** What turns {@code before} into {@code after} under Helm's merge: changed keys, nulls for dropped ones. */
  static ObjectNode difference(ObjectNode before, ObjectNode after) {
    ObjectNode changes = JSON.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> fields = after.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode old = before.get(field.getKey());
      if (old != null && old.isObject() && field.getValue().isObject()) {
        ObjectNode nested = difference((ObjectNode) old, (ObjectNode) field.getValue());
        if (!nested.isEmpty()) {
          changes.set(field.getKey(), nested);
        }
      } else if (old == null || !old.equals(field.getValue())) {
        changes.set(field.getKey(), field.getValue());
      }
    }
    before.fieldNames().forEachRemaining(key -> {
      if (!after.has(key)) {
        changes.putNull(key);
      }
    });
    return changes;
  }
}
