package dev.shipshape.generator.hatch;

import dev.shipshape.generator.diagnostics.Rule;
import java.util.List;

/**
 * The rules of the escape hatches for objects: what a user object must be, and the listing of each
 * use. Errors and the listing cannot be suppressed (an object that breaks them cannot be rendered,
 * and reviewers must see every hatch); the warnings can, by id with a reason, like any rule.
 */
public final class HatchRules {

  /** Each use of an escape hatch, listed so reviewers see what bypasses the model. */
  public static final Rule USED = Rule.info("HATCH-USED", "an escape hatch is used: listed for review");

  /** YAML that cannot be read, or that readers would read differently. */
  public static final Rule YAML = Rule.mandatory("HATCH-YAML", "user YAML is malformed or ambiguous");

  /** A file, directory or resource that is missing or cannot be read. */
  public static final Rule INCLUDE_UNREADABLE =
      Rule.mandatory("HATCH-INCLUDE-UNREADABLE", "an included file, directory or resource cannot be read");

  /** An object without apiVersion, kind or a valid name. */
  public static final Rule OBJECT_INVALID =
      Rule.mandatory("HATCH-OBJECT-INVALID", "a user object lacks apiVersion, kind or a valid name");

  /** A kind Shipshape does not know, without a declared scope. */
  public static final Rule OBJECT_SCOPE =
      Rule.mandatory("HATCH-OBJECT-SCOPE", "a user object of an unknown kind does not declare its scope");

  /** An object in another namespace than the stack's. */
  public static final Rule OBJECT_NAMESPACE =
      Rule.mandatory("HATCH-OBJECT-NAMESPACE", "a user object names another namespace than its stack's");

  /** Two objects with one identity: a user object and a generated one, or a user object twice. */
  public static final Rule OBJECT_COLLISION =
      Rule.mandatory("HATCH-OBJECT-COLLISION", "two objects have the same group, kind, namespace and name");

  /** A Secret with literal data: secrets stay references. */
  public static final Rule OBJECT_SECRET =
      Rule.mandatory("HATCH-OBJECT-SECRET", "a user Secret carries literal data");

  /** A container image of a user workload without a pinned tag or digest. */
  public static final Rule OBJECT_IMAGE =
      Rule.warning("HATCH-OBJECT-IMAGE", "a user workload runs an image without a pinned tag or digest");

  /** A user workload without the Pod Security "restricted" fields. */
  public static final Rule OBJECT_POD_SECURITY =
      Rule.warning("HATCH-OBJECT-POD-SECURITY", "a user workload lacks Pod Security \"restricted\" fields");

  /** A peer whose pod labels select none of the stack's user objects. */
  public static final Rule PEER_UNMATCHED =
      Rule.warning("HATCH-PEER-UNMATCHED", "a peer's pod labels select no user workload of the stack");

  private HatchRules() {}

  /** Every rule of the object hatches. */
  public static List<Rule> all() {
    return List.of(USED, YAML, INCLUDE_UNREADABLE, OBJECT_INVALID, OBJECT_SCOPE, OBJECT_NAMESPACE,
        OBJECT_COLLISION, OBJECT_SECRET, OBJECT_IMAGE, OBJECT_POD_SECURITY, PEER_UNMATCHED);
  }
}
