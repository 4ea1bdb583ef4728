package dev.shipshape.generator.lower;

import dev.shipshape.generator.syntax.ValueFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A value a chart may set instead of the literal the lowering wrote: which kind of value it is (and so
 * its shape, how a template writes it, its format and schema, and the DSL call that sets it), where it
 * sits among the chart's values, and the name its description speaks of.
 *
 * <p>The lowering marks each place it writes such a value ({@link Marks}); the chart writer reads
 * the marks, never field paths. The path's words are names as the DSL has them ({@code tenant-site},
 * {@code LOG_LEVEL}); the chart turns each into a values key ({@code tenantSite}, {@code logLevel}).
 * A parameter is cheap to make (its description is only written when a chart asks for it), since the
 * lowering makes them for every stack, charted or not.
 *
 * <pre>{@code
 * Parameter replicas = Parameters.replicas("web");
 * replicas.path();          // [web, replicas]
 * replicas.shape();         // INTEGER
 * replicas.description();   // "Pods of web (.replicas(n); in an environment .replicas("web", n))"
 * }</pre>
 *
 * @param kind what the value is
 * @param path the words of the values path, from the root
 * @param subject the app, claim or schedule the description names
 */
public record Parameter(Kind kind, List<String> path, String subject) {

  public Parameter {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(subject, "subject");
  }

  /** What the value is. */
  public Shape shape() {
    return kind.shape;
  }

  /** The format of a text value (for {@link Shape#TEXT}, {@link Shape#OPTIONAL_TEXT}, {@link Shape#TEXT_LIST}). */
  public Optional<ValueFormat> format() {
    return Optional.ofNullable(kind.format);
  }

  /** Whether the chart makes it a value only when the renderings (stack and environments) disagree on it. */
  public boolean onlyWhereEnvironmentsDiffer() {
    return kind.onlyWhereEnvironmentsDiffer;
  }

  /** What the value is and which DSL call sets it. */
  public String description() {
    String s = subject;
    return switch (kind) {
      case NAMESPACE -> "Namespace of the stack's objects (Stack.named(...).namespace(\"...\"); in an environment "
          + ".namespace(\"...\"))";
      case IMAGE -> "Image of " + s + ": repository, tag (also its app.kubernetes.io/version label) and, to pin it, "
          + "digest (.image(\"repository:tag\") on the app; in an environment .image(\"" + s + "\", ...))";
      case REPLICAS -> "Pods of " + s + " (.replicas(n); in an environment .replicas(\"" + s + "\", n))";
      case RESOURCES -> "Requests and limits of the " + s + " container (.resources(Resources.requests(cpu, memory)"
          + ".memoryLimit(...)))";
      case ENV -> {
        String variable = path.get(path.size() - 1);
        yield "Environment variable " + variable + " of " + s + " (.env(\"" + variable + "\", value); in an "
            + "environment .env(\"" + s + "\", \"" + variable + "\", value))";
      }
      case POD_ANTI_AFFINITY -> "Anti-affinity that spreads the pods of " + s + " over nodes, null for none; "
          + "rendered from two replicas on (.replicas(n); Practices.builder().podAntiAffinity(false) to turn it off)";
      case TOPOLOGY_SPREAD -> "Spreading of the pods of " + s + " over zones, null for none; rendered from two "
          + "replicas on (.replicas(n); Practices.builder().topologySpread(false) to turn it off)";
      case CLAIM_SIZE -> "Requested size of claim " + s + ", a quantity such as 5Gi (.persist(path, \"5Gi\") or "
          + "Claim.named(...).size(\"5Gi\"))";
      case CLAIM_CLASS -> "StorageClass of claim " + s + "; null for the cluster's default class "
          + "(PersistOption.storageClass(\"gp3-encrypted\"))";
      case INGRESS_TLS -> "TLS of the Ingress of " + s + ": each entry's hosts and certificate Secret "
          + "(Routes.host(...).tls(Tls.certManager()))";
      case INGRESS_HOSTS -> "Host names the Ingress of " + s + " serves, in the order of its rules "
          + "(.exposeViaIngress(Routes.host(\"shop.example.com\")...))";
      case BACKUP_SCHEDULE -> "When Velero backs up for Schedule " + s + ", a cron expression "
          + "(Backups.daily(\"02:00\"), weekly(...), cron(\"m h dom mon dow\"), every(Duration))";
      case BACKUP_RETENTION -> "How long the backups of Schedule " + s + " are kept, a Go duration "
          + "(.keep(Duration.ofDays(30)))";
    };
  }

  /** The kinds of values the lowering marks, each with its shape, format and whether it is one only where environments differ. */
  public enum Kind {
    NAMESPACE(Shape.TEXT, ValueFormat.DNS_LABEL, false),
    IMAGE(Shape.IMAGE, null, false),
    REPLICAS(Shape.INTEGER, null, false),
    RESOURCES(Shape.RESOURCES, null, false),
    /** A literal environment variable: a value where environments set it differently. */
    ENV(Shape.TEXT, null, true),
    /** Rendered from two replicas on, so a value where environments differ in replicas. */
    POD_ANTI_AFFINITY(Shape.OPTIONAL_TREE, null, true),
    /** Rendered from two replicas on, so a value where environments differ in replicas. */
    TOPOLOGY_SPREAD(Shape.OPTIONAL_TREE, null, true),
    CLAIM_SIZE(Shape.TEXT, ValueFormat.QUANTITY, false),
    CLAIM_CLASS(Shape.OPTIONAL_TEXT, ValueFormat.DNS_SUBDOMAIN, false),
    INGRESS_TLS(Shape.INGRESS_TLS, null, false),
    INGRESS_HOSTS(Shape.TEXT_LIST, ValueFormat.INGRESS_HOST, false),
    BACKUP_SCHEDULE(Shape.TEXT, ValueFormat.CRON, false),
    BACKUP_RETENTION(Shape.TEXT, ValueFormat.GO_DURATION, false);

    private final Shape shape;
    private final ValueFormat format;
    private final boolean onlyWhereEnvironmentsDiffer;

    Kind(Shape shape, ValueFormat format, boolean onlyWhereEnvironmentsDiffer) {
      this.shape = shape;
      this.format = format;
      this.onlyWhereEnvironmentsDiffer = onlyWhereEnvironmentsDiffer;
    }
  }

  /** What a parameterised value is; every chart decision on a value is a switch over these. */
  public enum Shape {
    /** A string, in {@link #format()} when it has one. */
    TEXT,
    /** A string or, where the lowering left the field out, null (the field is then left out). */
    OPTIONAL_TEXT,
    /** A count, zero or more. */
    INTEGER,
    /** A container image: repository, tag and digest, written back as one reference. */
    IMAGE,
    /** A container's requests and limits: maps of quantities. */
    RESOURCES,
    /** An Ingress's TLS list: entries of hosts and a Secret name. */
    INGRESS_TLS,
    /** A list of strings, each marked where it is used ({@link Mark.Part#ITEM}). */
    TEXT_LIST,
    /** A map or list, or null where the lowering left the field out (the field is then left out). */
    OPTIONAL_TREE
  }
}
