package dev.shipshape.dsl;

import java.util.Objects;

/**
 * Where Argo CD finds the rendered repository, for the generated {@code ApplicationSet}s.
 *
 * <pre>{@code
 * Delivery.layout(Layout.ENVIRONMENT_DIRECTORIES)
 *     .argoCd(new ArgoCd("https://github.com/acme/deploy.git", "main", "default"));
 * }</pre>
 *
 * @param repoUrl the Git repository holding the output directory
 * @param revision the branch, tag or commit Argo CD follows
 * @param project the Argo CD project of the generated Applications
 */
public record ArgoCd(String repoUrl, String revision, String project) {

  public ArgoCd {
    Objects.requireNonNull(repoUrl, "repoUrl");
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(project, "project");
  }

  /** Follows {@code main} of {@code repoUrl} in the {@code default} project. */
  public static ArgoCd of(String repoUrl) {
    return new ArgoCd(repoUrl, "main", "default");
  }
}
