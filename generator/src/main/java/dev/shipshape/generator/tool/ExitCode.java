package dev.shipshape.generator.tool;

/**
 * How a run of the CLI ends, defined once for the CLI, the Maven plugin and build scripts; each
 * failure has its own code, so a script can tell a broken stack from a broken command line and from
 * an output directory that could not be written.
 *
 * <pre>{@code
 * System.exit(outcome.exitCode().code());
 * }</pre>
 */
public enum ExitCode {

  /** 0: done; for {@code check}, the directory is up to date. */
  OK(0, "ok"),
  /** 1: a stack has errors (nothing was written), or {@code check} found differences. */
  FAILED(1, "validation errors (nothing written), or check found differences"),
  /** 2: the command line, the classpath, a class or a layout is wrong. */
  USAGE(2, "usage error (command line, classpath, source class, layout, environment)"),
  /**
   * 3: the output directory could not be read or written — a file or link in the way, a folder
   * that cannot be written, a full disk, or another run holding its lock for too long.
   */
  OUTPUT(3, "output directory error (a foreign file or link in the way, permissions, I/O, locked by another run)");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** The process exit code. */
  public int code() {
    return code;
  }

  /** What the code means, for help screens: {@code usage error (…)}. */
  public String meaning() {
    return meaning;
  }
}
