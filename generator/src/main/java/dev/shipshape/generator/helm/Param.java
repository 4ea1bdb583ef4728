package dev.shipshape.generator.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parameterised field of the rendered objects: where its value sits in {@code values.yaml}, its
 * default (the value in the stack as declared), its JSON-schema type, a description that names the
 * DSL call it comes from, and its value in each environment that differs.
 *
 * <pre>{@code
 * Param replicas = ...;
 * replicas.dotted();       // "web.replicas"
 * replicas.expression();   // ".Values.web.replicas"
 * replicas.defaultValue(); // IntNode 2
 * replicas.schema();       // {"type":"integer","minimum":0}
 * }</pre>
 *
 * @param path the values keys from the root, each a Go template identifier
 * @param defaultValue the value in {@code values.yaml}
 * @param schema the JSON schema (draft-07) of the value, without its description
 * @param description what the value is and which DSL call sets it
 * @param optional whether the value may be null (the field is then left out)
 * @param environments the value in each environment, by name (equal to the default when absent)
 */
public record Param(List<String> path, JsonNode defaultValue, ObjectNode schema, String description,
                    boolean optional, Map<String, JsonNode> environments) {

  public Param {
    path = List.copyOf(path);
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(description, "description");
    environments = Map.copyOf(environments);
  }

  /** The path joined with dots: {@code web.image}. */
  public String dotted() {
    return String.join(".", path);
  }

  /** The template expression of the value: {@code .Values.web.image}. */
  public String expression() {
    return ".Values." + dotted();
  }

  /** The value in environment {@code name}. */
  public JsonNode valueIn(String environment) {
    return environments.getOrDefault(environment, defaultValue);
  }
}
