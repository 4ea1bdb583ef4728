package dev.shipshape.generator.patch;

import dev.shipshape.generator.diagnostics.Rule;
import java.util.List;

/**
 * The rules of the patch hatch: a patch either applies as written or fails loudly, and the patched
 * object is checked again where the model's own rules can be checked on a tree.
 */
public final class PatchRules {

  /** The patch's target is not among the objects the stack renders. */
  public static final Rule MISS = Rule.error("HATCH-PATCH-MISS", "a patch names an object the stack does not render");

  /** Two objects of different apiVersions share the target's kind and name. */
  public static final Rule AMBIGUOUS = Rule.error("HATCH-PATCH-AMBIGUOUS",
      "a patch's kind and name match objects of several apiVersions");

  /** An operation's path, or the parent it adds under, does not exist. */
  public static final Rule PATH = Rule.error("HATCH-PATCH-PATH", "a patch operation's path does not exist in its object");

  /** A {@code test} operation found another value. */
  public static final Rule TEST = Rule.error("HATCH-PATCH-TEST", "a patch's test operation found another value");

  /** The patch text or an operation is not a valid RFC 6902 or RFC 7386 patch. */
  public static final Rule INVALID = Rule.error("HATCH-PATCH-INVALID", "a patch is not a valid JSON patch or merge patch");

  /** The patch changes what identifies the object, which belongs to the generator. */
  public static final Rule IDENTITY = Rule.error("HATCH-PATCH-IDENTITY",
      "a patch changes an object's apiVersion, kind, name or namespace");

  /** The patch sets a container image without a version. */
  public static final Rule IMAGE = Rule.error("HATCH-PATCH-IMAGE", "a patch sets an image without a tag, or on 'latest'");

  /** The patch weakens the pod security settings Shipshape renders. */
  public static final Rule POD_SECURITY = Rule.error("HATCH-PATCH-POD-SECURITY",
      "a patch weakens a pod's or a container's security settings");

  /** The patch changes a workload's selector, or drops the pod labels it selects. */
  public static final Rule SELECTOR = Rule.error("HATCH-PATCH-SELECTOR",
      "a patch changes a workload's selector or the pod labels it selects");

  private PatchRules() {}

  /** Every rule of the patch hatch. */
  public static List<Rule> all() {
    return List.of(MISS, AMBIGUOUS, PATH, TEST, INVALID, IDENTITY, IMAGE, POD_SECURITY, SELECTOR);
  }
}
