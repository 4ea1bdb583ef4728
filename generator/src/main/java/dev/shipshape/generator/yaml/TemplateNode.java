package dev.shipshape.generator.yaml;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ValueNode;
import java.io.IOException;
import java.util.Optional;

/**
 * A value that {@link CanonicalYaml#writeTemplate} writes as template text instead of as a YAML
 * scalar: how a Helm chart's parameterised fields sit in the tree of an object, so that templates are
 * made on the tree and never by editing YAML text. The plain writer refuses it.
 *
 * <p>A subclass says what follows the key's colon (an inline action such as
 * {@code " {{ .Values.x | quote }}"}, or a block such as {@code "{{- toYaml .Values.x | nindent 10 }}"}),
 * what follows a sequence dash, and, for a value that may be absent, the condition under which its
 * key is written at all.
 *
 * <pre>{@code
 * deployment.with("spec").set("replicas", slot);   // a TemplateNode
 * CanonicalYaml.writeTemplate(deployment);         // ...\n  replicas: {{ int .Values.web.replicas }}\n...
 * }</pre>
 */
public abstract class TemplateNode extends ValueNode {

  private static final long serialVersionUID = 1L;

  /** The text after {@code key:} on the key's line, without the newline; {@code column} is the key's column. */
  public abstract String afterKey(int column);

  /** The text after {@code "- "} when the value is a sequence item, without the newline. */
  public abstract String asItem();

  /** The condition under which the key is written at all; empty when it always is. */
  public abstract Optional<String> condition();

  @Override
  public JsonToken asToken() {
    return JsonToken.VALUE_EMBEDDED_OBJECT;
  }

  @Override
  public JsonNodeType getNodeType() {
    return JsonNodeType.POJO;
  }

  @Override
  public void serialize(JsonGenerator generator, SerializerProvider provider) throws IOException {
    generator.writeString(asText());
  }
}
