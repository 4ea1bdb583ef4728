package dev.shipshape.dsl;

import java.util.Comparator;
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

  /** Implemented only by the code Immutables generates for the DSL; built through the factories. */
  Stack() {}

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
   * The service mesh the stack's pods join; none by default. A single stack-level value, so a
   * {@link Setting} can replace it ({@code stack.with(b -> b.mesh(...))}).
   */
  public abstract Optional<Mesh> mesh();

  /** The stack's apps, in declaration order. */
  public abstract List<App> apps();

  /** Objects Shipshape does not model, added as they are (see {@link UserObject}). */
  public abstract List<UserObject> objects();

  /** Workloads added as user objects that take part in the traffic model (see {@link Peer}). */
  public abstract List<Peer> peers();

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
    return new ImmutableStack.Builder().from(applied)
        .environments(List.of())
        .patches(patches)
        .profile(environment.profile().orElse(profile()))
        .build();
  }

  /**
   * A copy of this stack with the changes {@code change} makes to a builder filled with it, e.g. in
   * a {@link Setting}: {@code stack.with(b -> b.cloud(Cloud.AWS))}.
   */
  public Stack with(Consumer<Builder> change) {
    Builder builder = new Builder(new ImmutableStack.Builder().from(this));
    change.accept(builder);
    return builder.build();
  }

  /**
   * A copy of this stack with its apps and its environments in name order. The order they are
   * declared in carries no meaning, so the generator renders from this copy: declaring them in
   * another order changes no byte of the output.
   *
   * <pre>{@code
   * Stack.named("shop").app(web).app(api).build().inNameOrder().apps(); // [api, web]
   * }</pre>
   */
  public Stack inNameOrder() {
    return new ImmutableStack.Builder().from(this)
        .apps(apps().stream().sorted(Comparator.comparing(App::name)).toList())
        .environments(environments().stream().sorted(Comparator.comparing(Environment::name)).toList())
        .build();
  }

  /** A copy of this stack with {@code apps} as its apps, in that order. */
  Stack withApps(List<App> apps) {
    return new ImmutableStack.Builder().from(this).apps(apps).build();
  }

  /** A copy of this stack with {@code practices} as its best-practice switches. */
  Stack withPractices(Practices practices) {
    return new ImmutableStack.Builder().from(this).practices(practices).build();
  }

  /** Starts a stack called {@code name}. */
  public static Builder named(String name) {
    return new Builder(new ImmutableStack.Builder().name(name).source(SourceLocation.ofCaller()));
  }

  /**
   * Fluent builder of a {@link Stack}: hand-written verbs over the generated builder (see
   * {@link App.Builder} for the pattern).
   */
  public static final class Builder {

    private final ImmutableStack.Builder stack;

    Builder(ImmutableStack.Builder stack) {
      this.stack = stack;
    }

    /**
     * Deploys the stack into {@code namespace} instead of one named like the stack, e.g.
     * {@code .namespace("shop-prod")}.
     */
    public Builder namespace(String namespace) {
      stack.namespace(namespace);
      return this;
    }

    /**
     * Runs the stack on {@code cloud}, for cloud-specific annotations, e.g.
     * {@code .cloud(Cloud.AWS)}.
     */
    public Builder cloud(Cloud cloud) {
      stack.cloud(cloud);
      return this;
    }

    /**
     * Chooses the Ingress controller, e.g. {@code .ingressController(IngressController.traefik())}.
     */
    public Builder ingressController(IngressController.Builder controller) {
      stack.ingressController(controller.build());
      return this;
    }

    /**
     * Renders Let's Encrypt ClusterIssuers for {@link Tls#certManager()}, e.g.
     * {@code .tlsIssuer(LetsEncrypt.email("ops@example.com"))}.
     */
    public Builder tlsIssuer(LetsEncrypt.Builder issuer) {
      stack.tlsIssuer(issuer.build());
      return this;
    }

    /**
     * Names the Gateway that {@code exposeViaGateway} routes attach to, e.g.
     * {@code .gateway(Gateway.named("public-gw", "infra"))}.
     */
    public Builder gateway(Gateway.Builder gateway) {
      stack.gateway(gateway.build());
      return this;
    }

    /**
     * Declares the cluster's network plugin, which decides whether NetworkPolicies are enforced,
     * e.g. {@code .cni(Cni.CALICO)}.
     */
    public Builder cni(Cni cni) {
      stack.cni(cni);
      return this;
    }

    /** Lets the stack's pods join a service mesh, e.g. {@code .mesh(Mesh.istio())}. */
    public Builder mesh(Mesh.Builder mesh) {
      stack.mesh(mesh.build());
      return this;
    }

    /**
     * Adds an app, e.g.
     * {@code .app(App.deployment("web").image("ghcr.io/acme/web:2.3.1").port(8080))}.
     */
    public Builder app(App.Builder app) {
      return app(app.build());
    }

    /** Adds an app built before, e.g. {@code .app(web)}. */
    public Builder app(App app) {
      stack.addApps(app);
      return this;
    }

    /**
     * Adds objects Shipshape does not model to the stack, e.g.
     * {@code .object(UserObject.resource("monitoring/podmonitor.yaml"))}; see {@link UserObject}.
     */
    public Builder object(UserObject object) {
      stack.addObjects(object);
      return this;
    }

    /**
     * Lets a workload added with {@link #object} take part in the traffic model, e.g.
     * {@code .peer(Peer.named("legacy-worker").podLabel("app", "legacy-worker").port("http", 8080))},
     * so apps can name it in {@code allowFrom}/{@code allowTo}.
     */
    public Builder peer(Peer peer) {
      stack.addPeers(peer);
      return this;
    }

    /**
     * Adds an ExternalName Service {@code name} that points at the DNS name {@code host}, e.g.
     * {@code .externalName("payments", "api.payments.example.com")}.
     */
    public Builder externalName(String name, String host) {
      stack.addExternalServices(new ExternalService(name, host, SourceLocation.ofCaller()));
      return this;
    }

    /** Adds a label to every object of the stack, e.g. {@code .label("cost-center", "retail")}. */
    public Builder label(String key, String value) {
      stack.putLabels(key, value);
      return this;
    }

    /**
     * Changes best-practice defaults for every app of the stack, e.g.
     * {@code .practices(Practices.builder().podDisruptionBudget(false))}.
     */
    public Builder practices(Practices.Builder practices) {
      stack.practices(practices.build());
      return this;
    }

    /**
     * Validates the stack as production: opt-ins such as hostPath volumes are refused, and persistent
     * data must be backed up, e.g. {@code .production()}.
     */
    public Builder production() {
      return profile(Profile.PRODUCTION);
    }

    /**
     * Validates the stack with {@code profile} (standard unless set), e.g.
     * {@code .profile(Profile.PRODUCTION)}.
     */
    public Builder profile(Profile profile) {
      stack.profile(profile);
      return this;
    }

    /** Adds a StorageClass, e.g. {@code .storageClass(StorageClass.awsEbs("gp3-encrypted"))}. */
    public Builder storageClass(StorageClass.Builder storageClass) {
      stack.addStorageClasses(storageClass.build());
      return this;
    }

    /**
     * Adds a statically provisioned PersistentVolume, e.g.
     * {@code .persistentVolume(PersistentVolume.named("pv-demo").capacity("1Gi").nfs("nfs.example.org", "/exports/demo"))}.
     */
    public Builder persistentVolume(PersistentVolume.Builder volume) {
      stack.addPersistentVolumes(volume.build());
      return this;
    }

    /**
     * Adds a PersistentVolumeClaim that apps mount with {@code Volume.claim(name)}, e.g.
     * {@code .claim(Claim.named("shared").size("1Gi"))}.
     */
    public Builder claim(Claim.Builder claim) {
      stack.addClaims(claim.build());
      return this;
    }

    /**
     * Adds a VolumeSnapshotClass, e.g. {@code .snapshotClass(SnapshotClass.of("ebs-snapshots",
     * StorageClass.AWS_EBS))}.
     */
    public Builder snapshotClass(SnapshotClass snapshotClass) {
      stack.addSnapshotClasses(snapshotClass);
      return this;
    }

    /**
     * Adds an on-demand VolumeSnapshot, e.g. {@code .snapshot(Snapshot.of("data-snap-1",
     * "data-db-0"))}.
     */
    public Builder snapshot(Snapshot snapshot) {
      stack.addSnapshots(snapshot);
      return this;
    }

    /**
     * Adds an environment the stack is deployed to, e.g.
     * {@code .environment(Environment.named("prod").production())}.
     */
    public Builder environment(Environment.Builder environment) {
      stack.addEnvironments(environment.build());
      return this;
    }

    /**
     * Chooses how the output is arranged and delivered, e.g.
     * {@code .delivery(Delivery.layout(Layout.KUSTOMIZE_OVERLAYS))}.
     */
    public Builder delivery(Delivery.Builder delivery) {
      stack.delivery(delivery.build());
      return this;
    }

    /**
     * Adds a backup policy: one schedule for several apps, e.g.
     * {@code .backupPolicy(BackupPolicy.named("nightly").covering("orders", "search").with(Backups.daily("01:00")))}.
     */
    public Builder backupPolicy(BackupPolicy policy) {
      stack.addBackupPolicies(policy);
      return this;
    }

    /**
     * Adds an object store for backups, e.g.
     * {@code .backupStorage(BackupStorage.s3("offsite", "acme-velero").region("eu-central-1").asDefault())}.
     */
    public Builder backupStorage(BackupStorage.Builder storage) {
      stack.addBackupStorages(storage.build());
      return this;
    }

    /**
     * Adds a location for provider-native volume snapshots, e.g.
     * {@code .snapshotLocation(SnapshotLocation.aws("ebs").region("eu-central-1"))}.
     */
    public Builder snapshotLocation(SnapshotLocation.Builder location) {
      stack.addSnapshotLocations(location.build());
      return this;
    }

    /**
     * Names the namespace Velero runs in ({@code velero} unless set), e.g.
     * {@code .veleroNamespace("backup")}.
     */
    public Builder veleroNamespace(String namespace) {
      stack.veleroNamespace(namespace);
      return this;
    }

    /**
     * Patches an object the stack renders, for a field Shipshape does not model; patches run after
     * every other change, in declaration order, and one that does not apply is an error, e.g.
     * {@code .patch(Patch.json("Deployment", "web").add("/spec/minReadySeconds", 10))} or
     * {@code .patch(Patch.merge("Deployment", "web", "spec: {revisionHistoryLimit: 3}").onlyIn("prod"))}.
     */
    public Builder patch(Patch patch) {
      stack.addPatches(patch);
      return this;
    }

    /**
     * Switches off rule {@code ruleId} for the whole stack; {@code reason} is mandatory, e.g.
     * {@code .suppress("NET-EGRESS-FQDN", "the provider publishes no address ranges")}.
     */
    public Builder suppress(String ruleId, String reason) {
      stack.addSuppressions(new Suppression(ruleId, reason, SourceLocation.ofCaller()));
      return this;
    }

    /** The stack as declared, ready for validation and rendering. */
    public Stack build() {
      return stack.build();
    }
  }
}
