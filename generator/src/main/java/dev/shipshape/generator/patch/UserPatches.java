package dev.shipshape.generator.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.Patch;
import dev.shipshape.generator.diagnostics.Diagnostic;
import dev.shipshape.generator.hatch.HatchRules;
import dev.shipshape.generator.lower.Manifest;
import dev.shipshape.generator.transform.RenderedObjects;
import dev.shipshape.generator.transform.Transform;
import dev.shipshape.generator.validate.DidYouMean;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The transform that applies the user's {@link Patch patches}, after every other change, in the
 * order they are declared: the stack-wide ones to the stack as declared, and in each environment
 * those that apply there ({@code Stack.forEnvironment} keeps exactly those). A patch applies whole
 * or not at all; one that misses its object or a path, fails a {@code test}, is not a valid patch,
 * or leaves its object breaking a rule that can be checked on the tree ({@link PatchedObjectCheck})
 * is an error that names the patch and the user's line, and the rendering fails. Each applied patch
 * is listed with {@code HATCH-USED}.
 *
 * <pre>
 * WARNING HATCH-USED shop/patches/Deployment/web: patch Deployment/web: JSON patch: add /spec/minReadySeconds (Shop.java:31)
 * ERROR HATCH-PATCH-MISS shop/patches/Deployment/wbe: patch Deployment/wbe: the stack renders no Deployment named 'wbe'; its Deployment objects are: api, web (Shop.java:33)
 *       hint: patch one of the objects listed (kind and metadata.name, as in the generated files)
 * </pre>
 */
public final class UserPatches implements Transform {

  @Override
  public String name() {
    return USER_PATCHES;
  }

  @Override
  public Set<String> after() {
    return Set.of(MESH_INJECTION, USER_OBJECTS);
  }

  @Override
  public void apply(RenderedObjects objects) {
    for (Patch patch : objects.stack().patches()) {
      if (patch.environments().isEmpty()) {
        apply(patch, objects);
      }
    }
  }

  private static void apply(Patch patch, RenderedObjects objects) {
    String path = path(objects, patch);
    try {
      ParsedPatch parsed = ParsedPatch.of(patch);
      Manifest target = target(patch, objects);
      JsonNode before = target.body();
      JsonNode after = parsed.applyTo(before.deepCopy());
      List<PatchFailure> problems = PatchedObjectCheck.problems(before, after);
      if (!problems.isEmpty()) {
        problems.forEach(problem -> report(objects, path, patch, problem));
        return;
      }
      objects.replace(target, target.withBody((ObjectNode) after));
      objects.report(new Diagnostic(HatchRules.USED, path, "patch " + target(patch) + ": " + parsed.describe(),
          "a hatch: review what it changes in the rendered output; where the model has a setting for it, prefer"
              + " the setting", patch.source()));
    } catch (PatchFailure failure) {
      report(objects, path, patch, failure);
    }
  }

  /**
   * Where a patch's findings are reported: {@code shop/patches/Deployment/web}, and
   * {@code shop@prod/…} in an environment, as the validator names places in environments.
   */
  private static String path(RenderedObjects objects, Patch patch) {
    return objects.stack().name() + objects.environment().map(environment -> "@" + environment).orElse("")
        + "/patches/" + target(patch);
  }

  private static void report(RenderedObjects objects, String path, Patch patch, PatchFailure failure) {
    objects.report(new Diagnostic(failure.rule(), path, "patch " + target(patch) + ": " + failure.getMessage(),
        failure.hint(), failure.source().or(patch::source)));
  }

  /** The one object {@code patch} targets, or a failure that lists the objects there are. */
  private static Manifest target(Patch patch, RenderedObjects objects) throws PatchFailure {
    List<Manifest> named = objects.all().stream()
        .filter(o -> o.kind().equals(patch.kind()) && o.name().equals(patch.name())).toList();
    List<Manifest> chosen = named.stream()
        .filter(o -> patch.apiVersion().map(o.apiVersion()::equals).orElse(true)).toList();
    if (chosen.size() == 1) {
      return chosen.get(0);
    }
    if (chosen.size() > 1) {
      throw new PatchFailure(PatchRules.AMBIGUOUS, chosen.size() + " objects are " + target(patch) + ", of apiVersions "
          + String.join(", ", chosen.stream().map(Manifest::apiVersion).toList()),
          "choose one with .apiVersion(\"" + chosen.get(0).apiVersion() + "\")");
    }
    if (!named.isEmpty()) {
      throw new PatchFailure(PatchRules.MISS, "the stack renders " + target(patch) + " only as "
          + String.join(", ", named.stream().map(Manifest::apiVersion).toList()) + ", not as "
          + patch.apiVersion().orElseThrow(), "use .apiVersion(\"" + named.get(0).apiVersion() + "\")");
    }
    throw miss(patch, objects);
  }

  private static PatchFailure miss(Patch patch, RenderedObjects objects) {
    List<String> sameKind = objects.ofKind(patch.kind()).stream().map(Manifest::name).sorted().toList();
    String message;
    Optional<String> closest;
    if (!sameKind.isEmpty()) {
      message = "the stack renders no " + patch.kind() + " named '" + patch.name() + "'; its "
          + patch.kind() + " objects are: " + String.join(", ", sameKind);
      closest = DidYouMean.closest(patch.name(), sameKind).map(name -> patch.kind() + "/" + name);
    } else {
      Set<String> all = new TreeSet<>();
      objects.all().forEach(o -> all.add(o.kind() + "/" + o.name()));
      message = "the stack renders no " + patch.kind() + "; it renders: " + String.join(", ", all);
      closest = DidYouMean.closest(target(patch), all);
    }
    String hint = closest.map(name -> "did you mean " + name + "?")
        .orElse("patch one of the objects listed (kind and metadata.name, as in the generated files)");
    return new PatchFailure(PatchRules.MISS, message, hint);
  }

  private static String target(Patch patch) {
    return patch.kind() + "/" + patch.name();
  }
}
