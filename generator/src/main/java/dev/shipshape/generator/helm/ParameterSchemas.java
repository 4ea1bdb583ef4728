package dev.shipshape.generator.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.generator.lower.Parameter;
import dev.shipshape.generator.syntax.ValueFormat;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON schema (draft-07) of a chart value: from a marked {@link Parameter}'s shape and
 * {@link ValueFormat} (the same definition the validator checks the DSL's values with), or from the
 * JSON types of the values where only environments tell what a value is.
 *
 * <pre>{@code
 * ParameterSchemas.of(Parameters.replicas("web"), values);   // {"type":"integer","minimum":0}
 * ParameterSchemas.ofText(ValueFormat.QUANTITY);              // {"type":"string","pattern":"^...$"}
 * }</pre>
 */
final class ParameterSchemas {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ParameterSchemas() {}

  /** The schema of {@code parameter}, whose values in the renderings are {@code values}. */
  static ObjectNode of(Parameter parameter, Collection<JsonNode> values) {
    Optional<ValueFormat> format = parameter.format();
    return switch (parameter.shape()) {
      case TEXT -> format.map(ParameterSchemas::ofText).orElseGet(() -> typed("string"));
      case OPTIONAL_TEXT -> {
        ObjectNode schema = format.map(ParameterSchemas::ofText).orElseGet(() -> typed("string"));
        schema.set("type", JSON.arrayNode().add("string").add("null"));
        yield schema;
      }
      case INTEGER -> typed("integer").put("minimum", 0);
      case IMAGE -> image();
      case RESOURCES -> resources();
      case INGRESS_TLS -> ingressTls();
      case TEXT_LIST -> {
        ObjectNode schema = typed("array");
        schema.set("items", format.map(ParameterSchemas::ofText).orElseGet(() -> typed("string")));
        schema.put("minItems", values.iterator().next().size());
        yield schema;
      }
      case OPTIONAL_TREE -> ofTypes(values, true);
    };
  }

  /** A string in {@code format}: its pattern and, where it has one, its maximum length. */
  static ObjectNode ofText(ValueFormat format) {
    ObjectNode schema = typed("string");
    schema.put("pattern", format.schemaPattern());
    format.maxLength().ifPresent(max -> schema.put("maxLength", max));
    return schema;
  }

  /** The JSON types of {@code values} (nulls left out), and {@code null} too when {@code nullable}. */
  static ObjectNode ofTypes(Collection<JsonNode> values, boolean nullable) {
    Set<String> types = new LinkedHashSet<>();
    values.stream().filter(v -> !v.isNull()).forEach(v -> types.add(jsonType(v)));
    if (nullable) {
      types.add("null");
    }
    ObjectNode schema = JSON.objectNode();
    if (types.size() == 1) {
      schema.put("type", types.iterator().next());
    } else {
      ArrayNode list = schema.putArray("type");
      types.forEach(list::add);
    }
    return schema;
  }

  private static ObjectNode image() {
    ObjectNode schema = typed("object");
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("repository").put("type", "string").put("minLength", 1);
    properties.set("tag", typed("string").put("pattern", "^(" + ValueFormat.IMAGE_TAG.regex() + ")?$"));
    properties.set("digest", typed("string").put("pattern", "^(" + ValueFormat.IMAGE_DIGEST.regex() + ")?$"));
    schema.set("required", JSON.arrayNode().add("repository").add("tag").add("digest"));
    schema.put("additionalProperties", false);
    return schema;
  }

  private static ObjectNode resources() {
    ObjectNode quantities = typed("object");
    quantities.set("additionalProperties", ofText(ValueFormat.QUANTITY));
    ObjectNode schema = typed("object");
    ObjectNode properties = schema.putObject("properties");
    properties.set("requests", quantities);
    properties.set("limits", quantities.deepCopy());
    schema.put("additionalProperties", false);
    return schema;
  }

  private static ObjectNode ingressTls() {
    ObjectNode hosts = typed("array");
    hosts.set("items", ofText(ValueFormat.INGRESS_HOST));
    ObjectNode entry = typed("object");
    ObjectNode properties = entry.putObject("properties");
    properties.set("hosts", hosts);
    properties.set("secretName", ofText(ValueFormat.DNS_SUBDOMAIN));
    entry.put("additionalProperties", false);
    ObjectNode schema = typed("array");
    schema.set("items", entry);
    return schema;
  }

  private static ObjectNode typed(String type) {
    ObjectNode schema = JSON.objectNode();
    schema.put("type", type);
    return schema;
  }

  private static String jsonType(JsonNode node) {
    return node.isObject() ? "object" : node.isArray() ? "array" : node.isTextual() ? "string"
        : node.isIntegralNumber() ? "integer" : node.isNumber() ? "number" : node.isBoolean() ? "boolean" : "null";
  }
}
