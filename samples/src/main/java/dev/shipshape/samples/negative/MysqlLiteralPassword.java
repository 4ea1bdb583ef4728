package dev.shipshape.samples.negative;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.Stack;

/**
 * The source material's StatefulSet lab with its root password written into the manifest.
 * Anyone who can read the StatefulSet (or the Git repository it lives in) has the password, so
 * Shipshape refuses it; {@code mysql} is the twin that reads it from a Secret.
 */
public final class MysqlLiteralPassword implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("mysql-literal-password")
        .app(App.statefulSet("mysql")
            .image("mysql:8.4.3")
            .replicas(3)
            .port("mysql", 3306)
            .env("MYSQL_ROOT_PASSWORD", "root123")
            .persist("/var/lib/mysql", "5Gi")
            .service(Service.headless()))
        .build();
  }
}
