package dev.shipshape.generator.storage;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.ClaimSettings;
import java.util.Optional;

/**
 * A PersistentVolumeClaim that will exist once the stack is applied: a stack-level claim, the claim
 * of a Deployment's {@code persist(...)}, or one replica's claim of a StatefulSet.
 *
 * @param name the claim's name in the namespace
 * @param settings what it asks for
 * @param owner the app whose {@code persist(...)} creates it; empty for stack-level claims
 */
public record KnownClaim(String name, ClaimSettings settings, Optional<App> owner) {}
