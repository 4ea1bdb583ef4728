package dev.shipshape.generator.storage;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Claim;
import dev.shipshape.dsl.ClaimSettings;
import dev.shipshape.dsl.Persistence;
import dev.shipshape.dsl.SnapshotClass;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.StorageClass;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The storage of a stack, resolved: which class a claim ends up with, which driver serves it,
 * every claim that will exist (including those {@code persist(...)} creates) and the snapshot
 * class for a driver. Shared by validation and lowering so both see the same names.
 *
 * <pre>{@code
 * StorageModel storage = StorageModel.of(stack);
 * storage.claim("data-mysql-0");                  // a StatefulSet replica's claim
 * storage.driverOf(claim);                        // Optional["ebs.csi.aws.com"]
 * }</pre>
 */
public final class StorageModel {

  private final Stack stack;
  private final Map<String, KnownClaim> claims = new LinkedHashMap<>();

  private StorageModel(Stack stack) {
    this.stack = stack;
    for (Claim claim : stack.claims()) {
      claims.putIfAbsent(claim.name(), new KnownClaim(claim.name(), claim, Optional.empty()));
    }
    for (App app : stack.apps()) {
      for (Persistence persistence : app.persistence()) {
        if (claimPerReplica(app)) {
          for (int ordinal = 0; ordinal < app.replicas(); ordinal++) {
            String name = persistence.name() + "-" + app.name() + "-" + ordinal;
            claims.putIfAbsent(name, new KnownClaim(name, persistence, Optional.of(app)));
          }
        } else {
          String name = deploymentClaimName(app, persistence);
          claims.putIfAbsent(name, new KnownClaim(name, persistence, Optional.of(app)));
        }
      }
    }
  }

  /** The resolved storage of {@code stack}. */
  public static StorageModel of(Stack stack) {
    return new StorageModel(stack);
  }

  /**
   * Whether each replica of {@code app} gets its own claims from the workload's claim templates
   * ({@code <volume>-<app>-<ordinal>}), rather than all replicas sharing one claim per
   * {@code persist(...)} that the app owns ({@link #deploymentClaimName}).
   */
  public static boolean claimPerReplica(App app) {
    return switch (app.kind()) {
      case STATEFUL_SET -> true;
      case DEPLOYMENT -> false;
    };
  }

  /** The claim a Deployment's {@code persist(...)} creates: {@code <app>-<volume>}. */
  public static String deploymentClaimName(App app, Persistence persistence) {
    return app.name() + "-" + persistence.name();
  }

  /** Every claim that will exist, by name, stack-level claims first. */
  public Map<String, KnownClaim> claims() {
    return Map.copyOf(claims);
  }

  /** The claim called {@code name}, if the stack creates one. */
  public Optional<KnownClaim> claim(String name) {
    return Optional.ofNullable(claims.get(name));
  }

  /** The stack's default StorageClass, if it declares one. */
  public Optional<StorageClass> defaultClass() {
    return stack.storageClasses().stream().filter(StorageClass::defaultClass).findFirst();
  }

  /** The StorageClass the stack declares under {@code name}. */
  public Optional<StorageClass> storageClass(String name) {
    return stack.storageClasses().stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The class a claim asks for: its own, else the stack's default class, else none (the cluster's). */
  public Optional<String> classNameOf(ClaimSettings claim) {
    return claim.storageClass().or(() -> defaultClass().map(StorageClass::name));
  }

  /** The CSI driver that provisions a claim, when its class is declared in the stack. */
  public Optional<String> driverOf(ClaimSettings claim) {
    return classNameOf(claim).flatMap(this::storageClass).map(StorageClass::provisioner);
  }

  /** The snapshot class for {@code driver}: the first the stack declares for it. */
  public Optional<SnapshotClass> snapshotClassFor(String driver) {
    return stack.snapshotClasses().stream().filter(c -> c.driver().equals(driver)).findFirst();
  }

  /** The snapshot class called {@code name}. */
  public Optional<SnapshotClass> snapshotClass(String name) {
    return stack.snapshotClasses().stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
