package dev.shipshape.generator.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The canonical YAML writer for Kubernetes manifests: the only place Shipshape produces YAML text.
 *
 * <p>Input is a Jackson tree of object, array, string, number, boolean and null nodes. Output is
 * deterministic: the same tree always gives the same text, whatever the default locale or time
 * zone.
 *
 * <ul>
 *   <li><b>Key order.</b> At the root {@code apiVersion}, {@code kind}, {@code metadata}; inside
 *       {@code metadata} {@code name}, {@code generateName}, {@code namespace}, {@code labels},
 *       {@code annotations}; in a map that is a sequence item {@code name}; then the remaining keys
 *       in insertion order. Maps under {@code labels}, {@code annotations}, {@code matchLabels},
 *       {@code nodeSelector}, {@code data}, {@code stringData} and an all-scalar {@code selector}
 *       are sorted by {@link String#compareTo}.
 *   <li><b>Layout.</b> Block style, two-space indentation, sequence dashes at the indentation of
 *       their key (as {@code kubectl} writes them), {@code {}}, {@code []} and {@code null} for
 *       empty maps, empty sequences and nulls, LF line endings.
 *   <li><b>Quoting.</b> A string is plain only when YAML 1.1 and YAML 1.2 readers both read it
 *       back as that string; so {@code "yes"}, {@code "1e3"}, {@code "0777"}, {@code "2024-01-01"}
 *       or {@code "- x"} are quoted while {@code nginx:1.27.3}, {@code /healthz} or {@code 250m}
 *       are not. Multi-line strings become {@code |} literal blocks where that is exact; everything
 *       else is double-quoted with JSON-style escapes.
 * </ul>
 *
 * <p>Example:
 *
 * <pre>{@code
 * ObjectNode configMap = JsonNodeFactory.instance.objectNode();
 * configMap.put("kind", "ConfigMap");
 * configMap.put("apiVersion", "v1");
 * configMap.putObject("metadata").put("name", "web");
 * configMap.putObject("data").put("tls", "on").put("port", "8080");
 * String yaml = CanonicalYaml.write(configMap);
 * // apiVersion: v1
 * // kind: ConfigMap
 * // metadata:
 * //   name: web
 * // data:
 * //   port: "8080"
 * //   tls: "on"
 * }</pre>
 *
 * <p>Stateless and thread safe.
 */
public final class CanonicalYaml {

  private CanonicalYaml() {}

  /**
   * Writes one YAML document, without a leading {@code ---}, ending with a single newline
   * (a string ending in several newlines is a {@code |+} block that keeps them, so it may end
   * with more when it is the last value).
   *
   * <pre>{@code
   * String yaml = CanonicalYaml.write(deployment);
   * Files.writeString(dir.resolve("deployment.yaml"), yaml);
   * }</pre>
   *
   * @param document the manifest tree; usually an {@code ObjectNode}, any supported node works
   * @return the YAML text
   * @throws IllegalArgumentException if the tree holds a binary, POJO or missing node
   */
  public static String write(JsonNode document) {
    return writer().write(document);
  }

  /**
   * A writer for many documents in a row, e.g. a stack's or all a thread renders: the same text as
   * {@link #write(JsonNode)}, faster, since it decides how to write each map key and each short
   * value once (it remembers up to 8,192 values, then starts afresh) and reuses its buffer.
   * Not thread safe; one per thread.
   *
   * <pre>{@code
   * CanonicalYaml.Writer yaml = CanonicalYaml.writer();
   * manifests.forEach(m -> files.put(pathOf(m), yaml.write(m.body())));
   * }</pre>
   */
  public static Writer writer() {
    return writer(new Keys());
  }

  /**
   * A writer as {@link #writer()} that shares how map keys are written with the other writers
   * given {@code keys}, e.g. one writer per stack of a fleet, on several threads: most keys are
   * the same in every stack, so they are decided once per run instead of once per stack.
   *
   * <pre>{@code
   * CanonicalYaml.Keys keys = CanonicalYaml.keys();
   * stacks.parallelStream().forEach(stack -> render(stack, CanonicalYaml.writer(keys)));
   * }</pre>
   */
  public static Writer writer(Keys keys) {
    return new Writer(Objects.requireNonNull(keys, "keys"));
  }

  /** A new, empty {@link Keys} to share between writers; see {@link #writer(Keys)}. */
  public static Keys keys() {
    return new Keys();
  }

  /**
   * How map keys are written, remembered for the writers that share it; thread safe. Grows with
   * the distinct keys written, so share it for one run, not for the life of a program.
   */
  public static final class Keys {

    private final Map<String, byte[]> written = new ConcurrentHashMap<>();

    private Keys() {}

    /** {@code key} as written with its colon, decided by {@code decide} the first time. */
    byte[] of(String key, Function<String, byte[]> decide) {
      byte[] bytes = written.get(key);
      if (bytes == null) {
        bytes = decide.apply(key);
        written.putIfAbsent(key, bytes);
      }
      return bytes;
    }
  }

  /** Writes documents one after another; see {@link CanonicalYaml#writer()}. */
  public static final class Writer {

    private final YamlEmitter.Memory memory;

    private Writer(Keys keys) {
      memory = new YamlEmitter.Memory(keys);
    }

    /** Writes one YAML document, as {@link CanonicalYaml#write(JsonNode)} does. */
    public String write(JsonNode document) {
      return new String(writeUtf8(document), StandardCharsets.UTF_8);
    }

    /**
     * The same text as {@link #write(JsonNode)}, as UTF-8 bytes, written without an intermediate
     * string: what a file holds.
     *
     * <pre>{@code
     * Files.write(dir.resolve("deployment.yaml"), yaml.writeUtf8(deployment));
     * }</pre>
     */
    public byte[] writeUtf8(JsonNode document) {
      return YamlEmitter.emit(Objects.requireNonNull(document, "document"), memory);
    }
  }

  /**
   * Writes {@code document} as a Go template (a Helm template) whose output is the document's
   * canonical YAML: {@link TemplateNode}s are written as their template text, and every {@code {{} in
   * the document's own keys and strings as {@code {{ "{{" }}}, so user text comes out of the template
   * exactly as written, whatever it contains. Otherwise the same text as {@link #write(JsonNode)}.
   *
   * <pre>{@code
   * String text = CanonicalYaml.writeTemplate(tree);   // replicas: {{ int .Values.web.replicas }}
   * }</pre>
   */
  public static String writeTemplate(JsonNode document) {
    byte[] text = YamlEmitter.emit(Objects.requireNonNull(document, "document"), new YamlEmitter.Memory(new Keys()), true);
    return new String(text, StandardCharsets.UTF_8);
  }

  /**
   * Writes a multi-document YAML stream: each document as by {@link #write(JsonNode)}, separated
   * by a {@code ---} line, with no {@code ---} before the first. An empty list gives an empty
   * string.
   *
   * <pre>{@code
   * String yaml = CanonicalYaml.writeAll(List.of(deployment, service));
   * // apiVersion: apps/v1
   * // kind: Deployment
   * // ...
   * // ---
   * // apiVersion: v1
   * // kind: Service
   * // ...
   * }</pre>
   *
   * @param documents the manifest trees, in output order
   * @return the YAML stream
   * @throws IllegalArgumentException if a tree holds a binary, POJO or missing node
   */
  public static String writeAll(List<? extends JsonNode> documents) {
    return documents.stream().map(CanonicalYaml::write).collect(Collectors.joining("---\n"));
  }
}
