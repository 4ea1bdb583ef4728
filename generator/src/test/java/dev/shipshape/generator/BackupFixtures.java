package dev.shipshape.generator;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.BackupStorage;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Stack;

/** Small stacks shared by the backup validation and lowering tests. */
public final class BackupFixtures {

  private BackupFixtures() {}

  /** A stack {@code lab} with a default S3 backup storage location {@code offsite}. */
  public static Stack.Builder lab() {
    return Stack.named("lab").backupStorage(BackupStorage.s3("offsite", "acme-velero").region("eu-west-1")
        .credentials(SecretRef.of("velero-cloud", "cloud")).asDefault());
  }

  /** A digest that pins fixture images, as the production profile requires. */
  public static final String DIGEST = "@sha256:" + "c".repeat(64);

  /** A MySQL StatefulSet {@code db} whose root password comes from a Secret; pinned by digest. */
  public static App.Builder db() {
    return App.statefulSet("db").image("mysql:8.4.3" + DIGEST).port("mysql", 3306)
        .env("MYSQL_ROOT_PASSWORD", SecretRef.of("db-root", "password"));
  }
}
