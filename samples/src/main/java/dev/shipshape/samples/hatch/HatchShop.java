package dev.shipshape.samples.hatch;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Delivery;
import dev.shipshape.dsl.Environment;
import dev.shipshape.dsl.HelmChart;
import dev.shipshape.dsl.Layout;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Peer;
import dev.shipshape.dsl.Port;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.UserObject;
import java.util.List;
import java.util.Map;

/**
 * What Shipshape does not model, added as it is: a Prometheus Operator ServiceMonitor for the API's
 * metrics port, an External Secrets ExternalSecret that creates the Secret the API reads its
 * password from, a KEDA ScaledObject for the worker, and a workload the team already had, included
 * from a YAML file on the class path and declared as a peer, so the API can allow it in.
 */
public final class HatchShop implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("hatch-shop")
        .app(App.deployment("api").image("ghcr.io/acme/api:1.4.2").replicas(2)
            .port(8080).port(Port.tcp("metrics", 9090))
            .env("DB_PASSWORD", SecretRef.of("api-db", "password"))
            .expose()
            .allowFromNamespace("monitoring")
            .allowFrom("legacy-worker")
            .object(UserObject.yaml("""
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata:
                  name: api
                spec:
                  selector:
                    matchLabels:
                      app.kubernetes.io/name: api
                      app.kubernetes.io/instance: api
                  endpoints:
                    - port: metrics
                      interval: 30s
                """))
            .object(UserObject.yaml("""
                apiVersion: external-secrets.io/v1
                kind: ExternalSecret
                metadata:
                  name: api-db
                spec:
                  refreshInterval: 1h
                  secretStoreRef:
                    kind: ClusterSecretStore
                    name: vault
                  target:
                    name: api-db
                  data:
                    - secretKey: password
                      remoteRef:
                        key: shop/api-db
                        property: password
                """)))
        .app(App.deployment("worker").image("ghcr.io/acme/worker:2.0.1").port(8080)
            .object(UserObject.custom("keda.sh/v1alpha1", "ScaledObject", "worker", Map.of(
                "scaleTargetRef", Map.of("name", "worker"),
                "minReplicaCount", 1,
                "maxReplicaCount", 10,
                "triggers", List.of(Map.of(
                    "type", "cpu",
                    "metricType", "Utilization",
                    "metadata", Map.of("value", "60")))))))
        .object(UserObject.resource("hatch-shop/legacy-worker.yaml"))
        .peer(Peer.named("legacy-worker").podLabel("app.kubernetes.io/name", "legacy-worker").port("http", 8080))
        .environment(Environment.named("dev").namespace("hatch-shop-dev").replicas("api", 1))
        .environment(Environment.named("prod").replicas("api", 3))
        .delivery(Delivery.layout(Layout.KUSTOMIZE_OVERLAYS).helmChart(HelmChart.standard()))
        .build();
  }
}
