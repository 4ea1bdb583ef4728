package dev.shipshape.generator.tool;

/**
 * A problem with how Shipshape was invoked (a class that cannot be loaded, an unknown layout or
 * environment), as opposed to a problem in a stack: the shells report its message, without a stack
 * trace.
 *
 * <pre>{@code
 * throw new ToolException("no ManifestSource found; list your classes with <sources>");
 * }</pre>
 */
public final class ToolException extends Exception {

  private static final long serialVersionUID = 1L;

  /** A problem described by {@code message}. */
  public ToolException(String message) {
    super(message);
  }

  /** A problem described by {@code message}, caused by {@code cause}. */
  public ToolException(String message, Throwable cause) {
    super(message, cause);
  }
}
