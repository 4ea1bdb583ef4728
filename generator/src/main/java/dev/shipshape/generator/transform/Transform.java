package dev.shipshape.generator.transform;

import java.util.Set;

/**
 * One named step of the {@link TransformStage}: it runs over a stack's rendered objects after
 * lowering and may change them, add or replace objects, or report diagnostics. Its place in the
 * stage comes from the names it declares it runs {@link #after()} and {@link #before()}, never from
 * its position in a list.
 *
 * <pre>{@code
 * Transform owners = new Transform() {
 *   public String name() { return "team-label"; }
 *   public Set<String> after() { return Set.of(MESH_INJECTION); }
 *   public void apply(RenderedObjects objects) {
 *     objects.all().forEach(o -> ((ObjectNode) o.body().get("metadata")).withObject("/labels").put("team", "payments"));
 *   }
 * };
 * }</pre>
 *
 * <p>A transform is stateless and safe to call from several threads; whatever it needs of one
 * rendering comes from the {@link RenderedObjects} it is given.
 */
public interface Transform {

  /** The built-in transform that makes pods join the stack's mesh. */
  String MESH_INJECTION = "mesh-injection";

  /** The built-in transform that adds the user's own objects to a stack. */
  String USER_OBJECTS = "user-objects";

  /** The built-in transform that applies the user's patches, after every other change. */
  String USER_PATCHES = "user-patches";

  /** The transform's name: unique in its stage, lower-case words joined by hyphens. */
  String name();

  /** The transforms that must have run before this one (unknown names are an error of the stage). */
  default Set<String> after() {
    return Set.of();
  }

  /** The transforms that must run after this one (unknown names are an error of the stage). */
  default Set<String> before() {
    return Set.of();
  }

  /** Changes {@code objects}: one stack's rendering, for one environment or as declared. */
  void apply(RenderedObjects objects);
}
