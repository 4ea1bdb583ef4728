package dev.shipshape.generator.helm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.HelmChart;
import dev.shipshape.generator.RenderedStack;
import dev.shipshape.generator.text.Templates;
import dev.shipshape.generator.yaml.CanonicalYaml;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of a stack's Helm chart, below {@value #DIRECTORY}{@code <stack>/} of the output
 * directory:
 *
 * <pre>
 * .charts/shop/Chart.yaml            apiVersion v2: name, version, appVersion, kubeVersion
 * .charts/shop/values.yaml           the defaults: the stack as declared
 * .charts/shop/values.schema.json    draft-07, every value typed and described
 * .charts/shop/values-prod.yaml      per environment, only what differs from values.yaml
 * .charts/shop/.helmignore
 * .charts/shop/README.md             how to use it, a table of the values
 * .charts/shop/templates/_helpers.tpl, NOTES.txt
 * .charts/shop/templates/web/deployment.yaml …   one template per object
 * </pre>
 *
 * <p>The chart sits in a dot-directory because its YAML files are not Kubernetes objects (templates
 * hold {@code {{ }}}, values files are values): kubectl, kustomize, Argo CD's directory source and
 * linters that read every {@code *.yaml} below a directory as an object skip dot-directories, as they
 * do {@code .gitops/} and {@code .platform/}.
 *
 * <pre>{@code
 * SortedMap<String, String> files = HelmChartFiles.render(renderedStack, HelmChart.version("1.4.2"));
 * }</pre>
 */
public final class HelmChartFiles {

  /** Where charts go in the output directory. */
  public static final String DIRECTORY = ".charts/";

  /** The Kubernetes versions the rendered objects need (PodDisruptionBudget AlwaysAllow is GA in 1.31, on by default since 1.27). */
  static final String KUBE_VERSION = ">=1.29.0-0";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Templates TEMPLATES = new Templates(HelmChartFiles.class);

  private HelmChartFiles() {}

  /** The chart's files, by path relative to the output directory. */
  public static SortedMap<String, String> render(RenderedStack stack, HelmChart chart) {
    ChartModel model = Parameterisation.of(stack);
    String root = DIRECTORY + model.name() + "/";
    SortedMap<String, String> files = new TreeMap<>();
    files.put(root + "Chart.yaml", CanonicalYaml.write(chartYaml(stack, chart)));
    files.put(root + "values.yaml", CanonicalYaml.write(ChartValues.defaults(model)));
    files.put(root + "values.schema.json", json(ChartValues.schema(model)));
    for (String environment : model.environments()) {
      files.put(root + "values-" + environment + ".yaml",
          CanonicalYaml.write(ChartValues.environment(model, environment)));
    }
    for (ChartTemplate template : model.templates()) {
      files.put(root + "templates/" + template.file(), TemplateText.write(template));
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("chart", model.name());
    data.put("stack", stack.declared().name());
    data.put("namespace", stack.declared().namespaceName());
    data.put("version", chart.version());
    data.put("appVersion", chart.appVersion());
    data.put("owners", owners(model));
    data.put("values", values(model));
    data.put("environments", model.environments());
    data.put("environmentFiles", environmentFiles(model));
    files.put(root + "templates/_helpers.tpl", render("helpers.tpl.ftl", data));
    files.put(root + "templates/NOTES.txt", render("NOTES.txt.ftl", data));
    files.put(root + ".helmignore", render("helmignore.ftl", data));
    files.put(root + "README.md", render("chart-readme.md.ftl", data));
    return files;
  }

  private static ObjectNode chartYaml(RenderedStack stack, HelmChart chart) {
    ObjectNode yaml = JSON.objectNode();
    yaml.put("apiVersion", "v2");
    yaml.put("name", stack.declared().name());
    yaml.put("description", "The Shipshape stack " + stack.declared().name()
        + ", from the same model as its plain manifests");
    yaml.put("type", "application");
    yaml.put("version", chart.version());
    yaml.put("appVersion", chart.appVersion());
    yaml.put("kubeVersion", KUBE_VERSION);
    yaml.putObject("annotations").put("shipshape.dev/generated", "true");
    return yaml;
  }

  private static List<Map<String, Object>> owners(ChartModel model) {
    List<Map<String, Object>> owners = new ArrayList<>();
    model.owners().forEach((name, key) -> {
      Map<String, Object> owner = new LinkedHashMap<>();
      owner.put("name", name);
      owner.put("key", key);
      owner.put("replicas", model.param(key + ".replicas").isPresent());
      owner.put("image", model.param(key + ".image").isPresent());
      owner.put("hosts", model.params().stream()
          .filter(p -> p.path().get(0).equals(key) && p.path().get(p.path().size() - 1).equals("hosts"))
          .map(Param::expression).toList());
      owners.add(owner);
    });
    return owners;
  }

  private static List<Map<String, String>> values(ChartModel model) {
    List<Map<String, String>> values = new ArrayList<>();
    for (Param param : model.params()) {
      Map<String, String> value = new LinkedHashMap<>();
      value.put("key", param.dotted());
      JsonNode type = param.schema().path("type");
      value.put("type", type.isArray() ? String.join(" or ", iterate(type)) : type.asText());
      value.put("default", cell(compact(param.defaultValue())));
      value.put("description", cell(param.description()));
      values.add(value);
    }
    return values;
  }

  private static List<Map<String, String>> environmentFiles(ChartModel model) {
    List<Map<String, String>> files = new ArrayList<>();
    for (String environment : model.environments()) {
      List<String> keys = new ArrayList<>();
      leaves("", ChartValues.environment(model, environment), keys);
      files.add(Map.of("name", environment, "keys", keys.isEmpty() ? "none"
          : String.join(", ", keys.stream().map(k -> "`" + k + "`").toList())));
    }
    return files;
  }

  private static void leaves(String prefix, JsonNode node, List<String> keys) {
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = prefix + field.getKey();
      if (field.getValue().isObject() && !field.getValue().isEmpty()) {
        leaves(key + ".", field.getValue(), keys);
      } else {
        keys.add(key);
      }
    }
  }

  private static List<String> iterate(JsonNode array) {
    List<String> items = new ArrayList<>();
    array.forEach(item -> items.add(item.asText()));
    return items;
  }

  private static String render(String template, Map<String, Object> data) {
    return TEMPLATES.render(template, data);
  }

  /** A Markdown table cell: pipes escaped, on one line. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  /** One-line JSON with every map's keys sorted (label maps have no stable order of their own). */
  private static String compact(JsonNode value) {
    try {
      return MAPPER.writeValueAsString(sorted(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode sorted(JsonNode value) {
    if (value.isObject()) {
      ObjectNode sorted = JSON.objectNode();
      List<String> keys = new ArrayList<>();
      value.fieldNames().forEachRemaining(keys::add);
      keys.sort(Comparator.naturalOrder());
      keys.forEach(key -> sorted.set(key, sorted(value.get(key))));
      return sorted;
    }
    if (value.isArray()) {
      ArrayNode sorted = JSON.arrayNode();
      value.forEach(item -> sorted.add(sorted(item)));
      return sorted;
    }
    return value;
  }

  private static String json(JsonNode document) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
        .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    try {
      return MAPPER.writer(printer).writeValueAsString(document) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
