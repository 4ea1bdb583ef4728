package dev.shipshape.dsl;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * A set of apps deployed together into one namespace: the unit Shipshape validates and renders.
 *
 * <pre>{@code
 * Stack shop = Stack.named("shop")
 *     .cloud(Cloud.AWS)
 *     .app(App.deployment("web").image("ghcr.io/acme/web:2.3.1").port(8080).replicas(2)
 *         .expose())
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

  /** The stack's apps, in declaration order. */
  public abstract List<App> apps();

  /** Aliases for DNS names outside the cluster. */
  public abstract List<ExternalService> externalServices();

  /** Best-practice switches for every app of the stack. */
  public abstract Optional<Practices> practices();

  /** Rules switched off for the whole stack, with reasons. */
  public abstract List<Suppression> suppressions();

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

  /** How the rendered output is arranged and delivered; the default layout when empty. */
  public abstract Optional<Delivery> delivery();

  /** Where the user declared this stack. */
  @Value.Auxiliary
  public abstract Optional<SourceLocation> source();

  /** The namespace the stack's objects go to. */
  public String namespaceName() {
    return namespace().orElse(name());
  }

  /**
   * The stack as deployed in {@code environment}: its overrides applied in order (overrides that do
   * not apply are left out; validation reports them), its profile in force, and no environments.
   */
  public Stack forEnvironment(Environment environment) {
    Stack applied = environment.applyTo(this);
    return applied.with(b -> b.environments(List.of())
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

    /** Changes best-practice defaults for every app of the stack. */
    public Builder practices(Practices.Builder practices) {
      return practices(practices.build());
    }

    /** Adds an environment the stack is deployed to. */
    public Builder environment(Environment.Builder environment) {
      return addEnvironments(environment.build());
    }

    /** Chooses how the output is arranged and delivered. */
    public Builder delivery(Delivery.Builder delivery) {
      return delivery(delivery.build());
    }

    /** Switches off rule {@code ruleId} for the whole stack; {@code reason} is mandatory. */
    public Builder suppress(String ruleId, String reason) {
      return addSuppressions(new Suppression(ruleId, reason, SourceLocation.ofCaller()));
    }
  }
}
