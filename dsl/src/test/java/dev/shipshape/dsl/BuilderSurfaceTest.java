package dev.shipshape.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The builders offer hand-written verbs only: what the generated builders used to expose (bulk
 * replacement of lists and maps, raw setters of {@code Optional}s, {@code from}, the kind an app's
 * factory chose) is gone, each verb adds or sets one thing, and a {@code null} fails at once.
 */
class BuilderSurfaceTest {

  /** Every public builder of the DSL. */
  static Stream<Class<?>> builders() {
    return Stream.of(App.Builder.class, BackupStorage.Builder.class, Backups.Builder.class,
        Claim.Builder.class, Delivery.Builder.class, Environment.Builder.class, Gateway.Builder.class,
        IngressController.Builder.class, LetsEncrypt.Builder.class, Mesh.Builder.class,
        Persistence.Builder.class, PersistentVolume.Builder.class, Practices.Builder.class,
        Routes.Builder.class, Service.Builder.class, SnapshotLocation.Builder.class,
        Stack.Builder.class, StorageClass.Builder.class);
  }

  @ParameterizedTest
  @MethodSource("builders")
  void aBuilderIsAFinalClassOfItsOwn(Class<?> builder) {
    assertTrue(Modifier.isFinal(builder.getModifiers()), builder + " can be extended");
    assertEquals(Object.class, builder.getSuperclass(), builder + " inherits public methods");
  }

  @ParameterizedTest
  @MethodSource("builders")
  void noVerbReplacesACollectionOrTakesAnOptional(Class<?> builder) {
    List<String> leaks = new ArrayList<>();
    for (Method method : builder.getMethods()) {
      if (method.getDeclaringClass() == Object.class) {
        continue;
      }
      boolean generatedName = method.getName().startsWith("addAll") || method.getName().startsWith("putAll")
          || method.getName().equals("from") || method.getName().equals("source");
      boolean bulkParameter = Arrays.stream(method.getParameterTypes()).anyMatch(type ->
          Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
              || Iterable.class.isAssignableFrom(type) || type == Optional.class);
      if (generatedName || bulkParameter) {
        leaks.add(method.toGenericString());
      }
    }
    assertEquals(List.of(), leaks, builder.getSimpleName() + " exposes generated-style methods");
  }

  @ParameterizedTest
  @MethodSource("builders")
  void onlyTheDslImplementsAModelType(Class<?> builder) {
    Class<?> model = builder.getEnclosingClass();
    assertEquals(List.of(), Arrays.stream(model.getDeclaredConstructors())
        .filter(constructor -> Modifier.isPublic(constructor.getModifiers())
            || Modifier.isProtected(constructor.getModifiers()))
        .toList(), model + " can be subclassed outside the DSL, around its builder");
  }

  @Test
  void theKindAnAppFactoryChoseCannotBeChanged() {
    assertEquals(List.of(), Arrays.stream(App.Builder.class.getMethods())
        .filter(method -> method.getName().equals("kind") || method.getName().equals("name"))
        .toList());
    App db = App.statefulSet("db").image("mysql:8.4.3").build();
    assertEquals(WorkloadKind.STATEFUL_SET, db.with(b -> b.replicas(3)).kind());
  }

  @Test
  void allowFromAndAllowToOnlyAdd() {
    App api = App.deployment("api").allowFrom("web").allowFrom("worker").allowTo("db").allowTo("cache")
        .allowFromNamespace("monitoring").allowFromNamespace("ingress").build();
    assertEquals(List.of("web", "worker"), api.allowFrom().stream().map(Allow::name).toList());
    assertEquals(List.of("db", "cache"), api.allowTo().stream().map(Allow::name).toList());
    assertEquals(List.of("monitoring", "ingress"), api.allowFromNamespaces().stream().map(Allow::name).toList());
    App more = api.with(b -> b.allowFrom("batch"));
    assertEquals(List.of("web", "worker", "batch"), more.allowFrom().stream().map(Allow::name).toList());
  }

  @Test
  void addingVerbsKeepEveryEarlierCall() {
    Stack stack = Stack.named("shop").app(App.deployment("web")).app(App.deployment("api"))
        .label("team", "a").label("cost-center", "b")
        .suppress("NET-EGRESS-FQDN", "first").suppress("IMAGE-UNPINNED", "second").build();
    assertEquals(List.of("web", "api"), stack.apps().stream().map(App::name).toList());
    assertEquals(Map.of("team", "a", "cost-center", "b"), stack.labels());
    assertEquals(2, stack.suppressions().size());
    Service service = Service.loadBalancer().sourceRanges("10.0.0.0/8").sourceRanges("192.0.2.0/24").build();
    assertEquals(List.of("10.0.0.0/8", "192.0.2.0/24"), service.sourceRanges());
  }

  @Test
  void settingsChangeOnlyWhatTheyOverride() {
    Stack stack = Stack.named("shop")
        .app(App.deployment("api").image("ghcr.io/acme/api:1.0.0").env("A", "1").env("B", "2").allowFrom("web"))
        .app(App.deployment("web").image("ghcr.io/acme/web:1.0.0"))
        .environment(Environment.named("prod").env("api", "A", "9").replicas("api", 4)
            .practices(Practices.builder().podDisruptionBudget(false)).profile(Profile.PRODUCTION))
        .build();
    Stack prod = stack.forEnvironment(stack.environments().get(0));
    App api = prod.apps().get(0);
    assertEquals(List.of("A=9", "B=2"), api.env().stream()
        .map(variable -> variable.name() + "=" + ((EnvValue.Literal) variable.value()).value()).toList());
    assertEquals(4, api.replicas());
    assertEquals(List.of("web"), api.allowFrom().stream().map(Allow::name).toList());
    assertEquals(Optional.of(false), prod.practices().flatMap(Practices::podDisruptionBudget));
    assertEquals(List.of(), prod.environments());
    assertEquals(Profile.PRODUCTION, prod.profile());
    assertEquals(Profile.STANDARD, stack.profile());
    assertEquals(1, prod.apps().get(1).replicas());
  }

  @Test
  void aCopyChangesOnlyWhatItsVerbsSet() {
    Stack istio = Stack.named("shop").mesh(Mesh.istio()).app(App.deployment("web").allowFrom("api"))
        .label("team", "a").build();
    Stack linkerd = istio.with(b -> b.mesh(Mesh.linkerd()).label("tier", "b"));
    assertEquals(Optional.of(MeshKind.LINKERD), linkerd.mesh().map(Mesh::kind));
    assertEquals(istio.apps(), linkerd.apps());
    assertEquals(Map.of("team", "a", "tier", "b"), linkerd.labels());
    assertEquals(Optional.of(MeshKind.ISTIO), istio.mesh().map(Mesh::kind));
  }

  @Test
  void theServicesTheGeneratorDerivesAreDeclaredNowhere() {
    Service declared = Service.nodePort().port(80).port(9090, "metrics").because("lab").build();
    Service copy = declared.asClusterIp();
    assertEquals(ServiceType.CLUSTER_IP, copy.type());
    assertEquals(declared.ports(), copy.ports());
    assertEquals(Optional.empty(), copy.nodePortReason());
    assertEquals(Optional.empty(), copy.source());
    assertEquals(ServiceType.CLUSTER_IP, Service.implied().type());
    assertEquals(Optional.empty(), Service.implied().source());
  }

  static Stream<Arguments> nullArguments() {
    return Stream.of(
        Arguments.of("App image", (Executable) () -> App.deployment("web").image(null)),
        Arguments.of("App allowFrom", (Executable) () -> App.deployment("web").allowFrom(null)),
        Arguments.of("App allowTo", (Executable) () -> App.deployment("web").allowTo((String) null)),
        Arguments.of("App label", (Executable) () -> App.deployment("web").label("team", null)),
        Arguments.of("App resources", (Executable) () -> App.deployment("web").resources(null)),
        Arguments.of("Stack namespace", (Executable) () -> Stack.named("shop").namespace(null)),
        Arguments.of("Stack app", (Executable) () -> Stack.named("shop").app((App) null)),
        Arguments.of("Practices defaultResources", (Executable) () -> Practices.builder().defaultResources(null)),
        Arguments.of("Service name", (Executable) () -> Service.clusterIp().name(null)),
        Arguments.of("Routes tls", (Executable) () -> Routes.host("shop.example.com").tls(null)),
        Arguments.of("Environment profile", (Executable) () -> Environment.named("prod").profile(null)),
        Arguments.of("StorageClass parameter", (Executable) () -> StorageClass.awsEbs("gp3").parameter("type", null)),
        Arguments.of("Backups keep", (Executable) () -> Backups.daily("02:00").keep(null)),
        Arguments.of("App env literal", (Executable) () -> App.deployment("web").env("A", (String) null)),
        Arguments.of("App persist size", (Executable) () -> App.deployment("web").persist("/data", null)),
        Arguments.of("Environment set app", (Executable) () -> Environment.named("prod")
            .set(null, Setting.REPLICAS, 2)),
        Arguments.of("Service port target", (Executable) () -> Service.clusterIp().port(80, (String) null)),
        Arguments.of("PersistentVolume csi fsType", (Executable) () -> PersistentVolume.named("pv")
            .csi("ebs.csi.aws.com", "vol-1", null)),
        Arguments.of("StorageClass mount option", (Executable) () -> StorageClass.nfs("nfs", "server", "/share")
            .mountOptions("noatime", null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullArguments")
  void aNullArgumentFailsAtTheCall(String verb, Executable call) {
    assertThrows(NullPointerException.class, call);
  }
}
