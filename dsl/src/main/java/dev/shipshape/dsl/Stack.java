package dev.shipshape.dsl;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * A set of apps deployed together into one namespace: the unit Shipshape validates and renders.
 *
 * <pre>{@code
 * Stack shop = Stack.named("shop")
 *     .cloud(Cloud.AWS)
 *     .storageClass(StorageClass.awsEbs("gp3-encrypted").defaultClass())
 *     .cni(Cni.CALICO)
 *     .ingressController(IngressController.traefik())
 *     .tlsIssuer(LetsEncrypt.email("ops@example.com"))
 *     .app(App.deployment("web").image("ghcr.io/acme/web:2.3.1").port(8080).replicas(2)
 *         .exposeViaIngress(Routes.host("shop.example.com").tls(Tls.certManager())))
 *     .externalName("payments", "api.payments.example.com")
 *     .environment(Environment.named("dev").replicas(1))
 *     .environment(Environment.named("prod").production().replicas("web", 4))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class Stack {

  /** The stack's name: a DNS-1123 label, used for directories and the {@code part-of} label. */
  public abstract String name();

  /** The namespace the stack is deployed into; the stack's name when not set. */
  public abstract Optional<String> namespace();

  /** The cloud the stack runs on, for cloud-specific annotations. */
  public abstract Optional<Cloud> cloud();

  /** The Ingress controller that serves {@code exposeViaIngress}. */
  public abstract Optional<IngressController> ingressController();

  /** The Let's Encrypt issuers rendered for {@link Tls#certManager()}. */
  public abstract Optional<LetsEncrypt> tlsIssuer();

  /** The Gateway API Gateway that {@code exposeViaGateway} routes attach to. */
  public abstract Optional<Gateway> gateway();

  /** The cluster's network plugin, which decides whether NetworkPolicies are enforced. */
  public abstract Optional<Cni> cni();

  /**
   * The service mesh the stack's pods join; none by default. A single stack-level value, so an
   * environment can replace it ({@code Stack.Builder.from(stack).mesh(...)}).
   */
  public abstract Optional<Mesh> mesh();

  /** The stack's apps, in declaration order. */
  public abstract List<App> apps();

  /** Aliases for DNS names outside the cluster. */
  public abstract List<ExternalService> externalServices();

  /** Extra labels on every object of the stack, e.g. {@code cost-center: retail}. */
  public abstract Map<String, String> labels();

  /** Best-practice switches for every app of the stack. */
  public abstract Optional<Practices> practices();

  /** Rules switched off for the whole stack, with reasons. */
  public abstract List<Suppression> suppressions();

  /**
   * Changes to rendered objects that the model does not make, in declaration order: JSON patches
   * and merge patches, for the stack as declared or only in some environments.
   */
  public abstract List<Patch> patches();

  /**
   * Where the stack is deployed, each overriding only what differs. Without environments the stack
   * renders once, as declared.
   */
  public abstract List<Environment> environments();

  /** The validation profile of the stack and of environments that set none. */
  @Value.Default
  public Profile profile() {
    return Profile.STANDARD;
  }

  /** StorageClasses the stack defines. */
  public abstract List<StorageClass> storageClasses();

  /** Statically provisioned PersistentVolumes. */
  public abstract List<PersistentVolume> persistentVolumes();

  /** PersistentVolumeClaims not owned by one app. */
  public abstract List<Claim> claims();

  /** VolumeSnapshotClasses, one per CSI driver. */
  public abstract List<SnapshotClass> snapshotClasses();

  /** On-demand VolumeSnapshots of the stack's claims. */
  public abstract List<Snapshot> snapshots();

  /** How the rendered output is arranged and delivered; the default layout when empty. */
  public abstract Optional<Delivery> delivery();

  /** Stack-level backup policies, each one Velero Schedule covering several apps. */
  public abstract List<BackupPolicy> backupPolicies();

  /** Object stores Velero keeps backups in (BackupStorageLocations). */
  public abstract List<BackupStorage> backupStorages();

  /** Where provider-native volume snapshots are kept (VolumeSnapshotLocations). */
  public abstract List<SnapshotLocation> snapshotLocations();

  /** The namespace Velero runs in, where its Schedules and Restores live; {@code velero} unless set. */
  @Value.Default
  public String veleroNamespace() {
    return "velero";
  }

  /** Where the user declared this stack. */
  @Value.Auxiliary
  public abstract Optional<SourceLocation> source();

  /** The namespace the stack's objects go to. */
  public String namespaceName() {
    return namespace().orElse(name());
  }

  /**
   * The stack as deployed in {@code environment}: its overrides applied in order (overrides that do
   * not apply are left out; validation reports them), its profile in force, no environments, and the
   * patches that apply there (stack-wide ones and those {@link Patch#onlyIn limited} to it), no longer
   * limited to environments.
   */
  public Stack forEnvironment(Environment environment) {
    Stack applied = environment.applyTo(this);
    List<Patch> patches = patches().stream().filter(patch -> patch.appliesIn(environment.name()))
        .map(Patch::everywhere).toList();
    return applied.with(b -> b.environments(List.of()).patches(patches)
        .profile(environment.profile().orElse(profile())));
  }

  /** A copy of this stack with the changes {@code change} makes to a builder filled with it. */
  public Stack with(Consumer<Builder> change) {
    Builder builder = new Builder();
    builder.from(this);
    change.accept(builder);
    return builder.build();
  }

  /** Starts a stack called {@code name}. */
  public static Builder named(String name) {
    return new Builder().name(name).source(SourceLocation.ofCaller());
  }

  /** Fluent builder of a {@link Stack}. */
  public static final class Builder extends ImmutableStack.Builder {

    Builder() {}

    /** Chooses the Ingress controller, e.g. {@code IngressController.traefik()}. */
    public Builder ingressController(IngressController.Builder controller) {
      return ingressController(controller.build());
    }

    /** Renders Let's Encrypt ClusterIssuers for {@link Tls#certManager()}. */
    public Builder tlsIssuer(LetsEncrypt.Builder issuer) {
      return tlsIssuer(issuer.build());
    }

    /** Names the Gateway that {@code exposeViaGateway} routes attach to. */
    public Builder gateway(Gateway.Builder gateway) {
      return gateway(gateway.build());
    }

    /** Lets the stack's pods join a service mesh, e.g. {@code .mesh(Mesh.istio())}. */
    public Builder mesh(Mesh.Builder mesh) {
      return mesh(mesh.build());
    }

    /** Adds an app. */
    public Builder app(App.Builder app) {
      return addApps(app.build());
    }

    /** Adds an app. */
    public Builder app(App app) {
      return addApps(app);
    }

    /** Adds an ExternalName Service {@code name} that points at the DNS name {@code host}. */
    public Builder externalName(String name, String host) {
      return addExternalServices(new ExternalService(name, host, SourceLocation.ofCaller()));
    }

    /** Adds a label to every object of the stack, e.g. {@code .label("cost-center", "retail")}. */
    public Builder label(String key, String value) {
      return putLabels(key, value);
    }

    /** Changes best-practice defaults for every app of the stack. */
    public Builder practices(Practices.Builder practices) {
      return practices(practices.build());
    }

    /**
     * Validates the stack as production: opt-ins such as hostPath volumes are refused, and persistent
     * data must be backed up.
     */
    public Builder production() {
      return profile(Profile.PRODUCTION);
    }

    /** Adds a StorageClass. */
    public Builder storageClass(StorageClass.Builder storageClass) {
      return addStorageClasses(storageClass.build());
    }

    /** Adds a statically provisioned PersistentVolume. */
    public Builder persistentVolume(PersistentVolume.Builder volume) {
      return addPersistentVolumes(volume.build());
    }

    /** Adds a PersistentVolumeClaim that apps mount with {@code Volume.claim(name)}. */
    public Builder claim(Claim.Builder claim) {
      return addClaims(claim.build());
    }

    /** Adds a VolumeSnapshotClass. */
    public Builder snapshotClass(SnapshotClass snapshotClass) {
      return addSnapshotClasses(snapshotClass);
    }

    /** Adds an on-demand VolumeSnapshot. */
    public Builder snapshot(Snapshot snapshot) {
      return addSnapshots(snapshot);

    }

    /** Adds an environment the stack is deployed to. */
    public Builder environment(Environment.Builder environment) {
      return addEnvironments(environment.build());
    }

    /** Chooses how the output is arranged and delivered. */
    public Builder delivery(Delivery.Builder delivery) {
      return delivery(delivery.build());
    }

    /**
     * Adds a backup policy: one schedule for several apps, e.g.
     * {@code .backupPolicy(BackupPolicy.named("nightly").covering("orders", "search").with(Backups.daily("01:00")))}.
     */
    public Builder backupPolicy(BackupPolicy policy) {
      return addBackupPolicies(policy);
    }

    /**
     * Adds an object store for backups, e.g.
     * {@code .backupStorage(BackupStorage.s3("offsite", "acme-velero").region("eu-central-1").asDefault())}.
     */
    public Builder backupStorage(BackupStorage.Builder storage) {
      return addBackupStorages(storage.build());
    }

    /** Adds a location for provider-native volume snapshots, e.g. {@code SnapshotLocation.aws("ebs").region("eu-central-1")}. */
    public Builder snapshotLocation(SnapshotLocation.Builder location) {
      return addSnapshotLocations(location.build());
    }

    /**
     * Patches an object the stack renders, for a field Shipshape does not model; patches run after
     * every other change, in declaration order, and one that does not apply is an error, e.g.
     * {@code .patch(Patch.json("Deployment", "web").add("/spec/minReadySeconds", 10))} or
     * {@code .patch(Patch.merge("Deployment", "web", "spec: {revisionHistoryLimit: 3}").onlyIn("prod"))}.
     */
    public Builder patch(Patch patch) {
      return addPatches(patch);
    }

    /** Switches off rule {@code ruleId} for the whole stack; {@code reason} is mandatory. */
    public Builder suppress(String ruleId, String reason) {
      return addSuppressions(new Suppression(ruleId, reason, SourceLocation.ofCaller()));
    }
  }
}
