package dev.shipshape.generator.write;

/**
 * Why one path of the output directory cannot be written as rendered, and what the user can do.
 *
 * <pre>{@code
 * new WriteConflict("prod/shop", "is a symbolic link; Shipshape never writes through links",
 *     "replace the link with a real directory, or choose another output directory");
 * }</pre>
 *
 * @param path the relative path in the output directory
 * @param problem what is wrong there, as the rest of a sentence that starts with the path
 * @param fix how to resolve it
 */
public record WriteConflict(String path, String problem, String fix) {

  /** {@code prod/shop is a symbolic link; … — replace the link …}. */
  @Override
  public String toString() {
    return path + " " + problem + " — " + fix;
  }
}
