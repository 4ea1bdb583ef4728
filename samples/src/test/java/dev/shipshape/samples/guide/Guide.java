package dev.shipshape.samples.guide;

import dev.shipshape.generator.text.Templates;
import dev.shipshape.samples.Sample;
import dev.shipshape.samples.SampleCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The guide under {@code docs/}: one chapter per section of the source material, each quoting the
 * section's labs and best practices from the source material, showing the samples' {@code define()}
 * methods and their golden files (or approved diagnostics), and answering the section's discussion
 * questions. The prose is in FreeMarker templates next to this class ({@code chapters/*.md.ftl},
 * {@code index.md.ftl}, macros in {@code guide.ftl}); every excerpt comes from this object, so the
 * guide cannot drift from the samples.
 *
 * <pre>{@code
 * Map<String, String> pages = new Guide(repository, SourceMaterial.bundled(), SampleCatalog.all()).render();
 * pages.get("services.md");   // the Services chapter
 * }</pre>
 */
public final class Guide {

  /** The chapters, in the order of the source material, then the escape hatches beyond it. */
  public static final List<Chapter> CHAPTERS = List.of(
      new Chapter("services.md", "Services",
          "How apps are reached: ClusterIP, NodePort, LoadBalancer and ExternalName"),
      new Chapter("ingress.md", "Ingress and controllers",
          "HTTP(S) routes from outside, TLS from cert-manager, four controllers and the Gateway API"),
      new Chapter("network-policies.md", "NetworkPolicies",
          "Default deny, then allow what the apps declare; namespaces and CNI plugins"),
      new Chapter("service-mesh.md", "Service mesh",
          "mTLS, retries, timeouts and traffic shifting with Istio and Linkerd"),
      new Chapter("volumes-and-claims.md", "Volumes and claims",
          "emptyDir, PersistentVolumes and claims, and why not hostPath"),
      new Chapter("storage-classes-and-csi.md", "StorageClasses and CSI",
          "Dynamic provisioning with CSI drivers, encryption at rest, snapshots and clones"),
      new Chapter("statefulsets.md", "StatefulSets",
          "Stable identities and one claim per replica, and a password that stays in a Secret"),
      new Chapter("backup-and-dr.md", "Backup and disaster recovery",
          "Velero schedules, consistent MySQL dumps, off-site buckets and restore drills"),
      new Chapter("escape-hatches.md", "When Shipshape does not model it",
          "Raw objects and custom resources, included manifests, user workloads as traffic peers, patches"));

  /** Every discussion question of the source material, and the chapter that answers it. */
  public static final List<Question> QUESTIONS = List.of(
      new Question("q-service-types", "ClusterIP, NodePort, and LoadBalancer", "services.md"),
      new Question("q-ingress-controller", "Ingress Controller", "ingress.md"),
      new Question("q-namespaces", "network security between namespaces", "network-policies.md"),
      new Question("q-cni", "CNI plugins", "network-policies.md"),
      new Question("q-mesh-retries", "Service Mesh handles retries", "service-mesh.md"),
      new Question("q-emptydir-vs-pv", "emptyDir", "volumes-and-claims.md"),
      new Question("q-dynamic-provisioning", "dynamic provisioning", "storage-classes-and-csi.md"),
      new Question("q-statefulset-vs-deployment", "StatefulSet vs Deployment", "statefulsets.md"),
      new Question("q-hostpath", "hostPath", "volumes-and-claims.md"),
      new Question("q-mysql-backup", "backup & restore", "backup-and-dr.md"));

  /** Samples that other features bring; until they are in the catalog, chapters say so. */
  private static final Templates TEMPLATES = new Templates(Guide.class);

  private final Path repository;
  private final SourceMaterial source;
  private final Map<String, Sample> samples = new LinkedHashMap<>();

  /** A guide over {@code samples}, their golden files under {@code repository}, and {@code source}. */
  public Guide(Path repository, SourceMaterial source, List<Sample> samples) {
    this.repository = repository;
    this.source = source;
    samples.forEach(sample -> this.samples.put(sample.name(), sample));
  }

  /** Every page: file name under {@code docs/} to text, the index first. */
  public Map<String, String> render() {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("index.md", TEMPLATES.render("index.md.ftl", data(null)));
    for (Chapter chapter : CHAPTERS) {
      pages.put(chapter.file(), TEMPLATES.render("chapters/" + chapter.file() + ".ftl", data(chapter)));
    }
    return pages;
  }

  private Map<String, Object> data(Chapter chapter) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("guide", this);
    data.put("chapters", CHAPTERS);
    data.put("questions", QUESTIONS);
    if (chapter != null) {
      data.put("chapter", chapter);
    }
    return data;
  }

  /** The source material's first code block after the one line containing {@code marker}. */
  public Quote lab(String marker) {
    return source.codeBlock(marker);
  }

  /** The lines of the subsection {@code heading} (e.g. "Best Practices") of a section. */
  public List<String> subsection(String sectionMarker, String heading) {
    return source.subsection(sectionMarker, heading);
  }

  /** The discussion question answered at {@code anchor}, as the source material words it. */
  public String question(String anchor) {
    return source.question(questionAt(anchor).marker());
  }

  /** The chapter that answers the question at {@code anchor}. */
  public Chapter chapterOf(String anchor) {
    String file = questionAt(anchor).chapter();
    return CHAPTERS.stream().filter(c -> c.file().equals(file)).findFirst().orElseThrow();
  }

  /**
   * A sample with the golden files {@code selections} pick: each a glob relative to
   * {@code golden/<sample>/}, optionally followed by {@code #} and the dotted keys of the block to
   * show. Each selection must match a file. A negative sample also shows its diagnostics.
   */
  public Example example(String name, List<String> selections) {
    Sample sample = samples.get(name);
    if (sample == null) {
      throw new IllegalArgumentException("the guide shows sample '" + name + "', which SampleCatalog does not list");
    }
    List<String> files = goldenFiles(name);
    List<GoldenExcerpt> excerpts = new ArrayList<>();
    for (String selection : selections) {
      int hash = selection.indexOf('#');
      String glob = hash < 0 ? selection : selection.substring(0, hash);
      String keyPath = hash < 0 ? "" : selection.substring(hash + 1);
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
      List<String> matched = files.stream().filter(file -> matcher.matches(Path.of(file))).toList();
      if (matched.isEmpty()) {
        throw new IllegalArgumentException("'" + glob + "' matches no golden file of " + name + ": " + files);
      }
      for (String file : matched) {
        String path = "golden/" + name + "/" + file;
        excerpts.add(GoldenExcerpt.of(path, read(path), keyPath));
      }
    }
    String diagnostics = sample.negative() ? read("golden/" + name + "/diagnostics.txt") : "";
    return new Example(name, SampleCode.of(repository, sample.source().getClass()), excerpts, diagnostics);
  }

  private Question questionAt(String anchor) {
    return QUESTIONS.stream().filter(q -> q.anchor().equals(anchor)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no question is answered at '" + anchor + "'"));
  }

  private List<String> goldenFiles(String name) {
    Path directory = repository.resolve("golden").resolve(name);
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile)
          .map(file -> directory.relativize(file).toString().replace('\\', '/')).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("golden/" + name + " cannot be read", e);
    }
  }

  private String read(String path) {
    try {
      return Files.readString(repository.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
