package dev.shipshape.generator.hatch;

import dev.shipshape.dsl.UserObject.Scope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scope of the kinds Shipshape knows: the core Kubernetes kinds and the custom resources of the
 * projects the checks know (Prometheus Operator, External Secrets, KEDA, cert-manager, Velero,
 * Istio, Linkerd, Gateway API, Argo CD, Flux, CSI snapshots). Any other kind must declare its scope
 * ({@code UserObject.namespaced()} or {@code clusterScoped()}).
 *
 * <pre>{@code
 * KnownKinds.scopeOf("monitoring.coreos.com/v1", "ServiceMonitor"); // Optional[NAMESPACED]
 * KnownKinds.scopeOf("rbac.authorization.k8s.io/v1", "ClusterRole"); // Optional[CLUSTER]
 * KnownKinds.scopeOf("example.com/v1", "Widget");                   // Optional.empty
 * }</pre>
 */
public final class KnownKinds {

  private static final Map<String, Scope> SCOPES = new HashMap<>();

  static {
    namespaced("", List.of("Pod", "Service", "ConfigMap", "Secret", "ServiceAccount", "PersistentVolumeClaim",
        "Endpoints", "Event", "LimitRange", "ResourceQuota", "ReplicationController", "PodTemplate"));
    cluster("", List.of("Namespace", "Node", "PersistentVolume"));
    namespaced("apps", List.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ControllerRevision"));
    namespaced("batch", List.of("Job", "CronJob"));
    namespaced("autoscaling", List.of("HorizontalPodAutoscaler"));
    namespaced("policy", List.of("PodDisruptionBudget"));
    namespaced("networking.k8s.io", List.of("NetworkPolicy", "Ingress"));
    cluster("networking.k8s.io", List.of("IngressClass"));
    namespaced("rbac.authorization.k8s.io", List.of("Role", "RoleBinding"));
    cluster("rbac.authorization.k8s.io", List.of("ClusterRole", "ClusterRoleBinding"));
    cluster("storage.k8s.io", List.of("StorageClass", "CSIDriver", "CSINode", "VolumeAttachment"));
    cluster("scheduling.k8s.io", List.of("PriorityClass"));
    cluster("node.k8s.io", List.of("RuntimeClass"));
    cluster("apiextensions.k8s.io", List.of("CustomResourceDefinition"));
    cluster("admissionregistration.k8s.io", List.of("ValidatingWebhookConfiguration",
        "MutatingWebhookConfiguration", "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding"));
    cluster("certificates.k8s.io", List.of("CertificateSigningRequest"));
    namespaced("coordination.k8s.io", List.of("Lease"));
    namespaced("discovery.k8s.io", List.of("EndpointSlice"));
    namespaced("monitoring.coreos.com", List.of("ServiceMonitor", "PodMonitor", "PrometheusRule", "Probe",
        "Prometheus", "PrometheusAgent", "Alertmanager", "AlertmanagerConfig", "ThanosRuler", "ScrapeConfig"));
    namespaced("external-secrets.io", List.of("ExternalSecret", "SecretStore", "PushSecret"));
    cluster("external-secrets.io", List.of("ClusterSecretStore", "ClusterExternalSecret"));
    namespaced("keda.sh", List.of("ScaledObject", "ScaledJob", "TriggerAuthentication"));
    cluster("keda.sh", List.of("ClusterTriggerAuthentication"));
    namespaced("cert-manager.io", List.of("Certificate", "CertificateRequest", "Issuer"));
    cluster("cert-manager.io", List.of("ClusterIssuer"));
    namespaced("acme.cert-manager.io", List.of("Order", "Challenge"));
    namespaced("velero.io", List.of("Backup", "Restore", "Schedule", "BackupStorageLocation",
        "VolumeSnapshotLocation", "PodVolumeBackup", "PodVolumeRestore", "DeleteBackupRequest",
        "DownloadRequest", "ServerStatusRequest", "BackupRepository", "DataUpload", "DataDownload"));
    namespaced("networking.istio.io", List.of("VirtualService", "DestinationRule", "Gateway", "ServiceEntry",
        "Sidecar", "WorkloadEntry", "WorkloadGroup", "EnvoyFilter", "ProxyConfig"));
    namespaced("security.istio.io", List.of("PeerAuthentication", "AuthorizationPolicy", "RequestAuthentication"));
    namespaced("telemetry.istio.io", List.of("Telemetry"));
    namespaced("extensions.istio.io", List.of("WasmPlugin"));
    namespaced("policy.linkerd.io", List.of("Server", "ServerAuthorization", "AuthorizationPolicy",
        "MeshTLSAuthentication", "NetworkAuthentication", "HTTPRoute", "EgressNetwork"));
    namespaced("linkerd.io", List.of("ServiceProfile"));
    namespaced("gateway.networking.k8s.io", List.of("Gateway", "HTTPRoute", "GRPCRoute", "TCPRoute", "TLSRoute",
        "UDPRoute", "ReferenceGrant", "BackendTLSPolicy"));
    cluster("gateway.networking.k8s.io", List.of("GatewayClass"));
    namespaced("argoproj.io", List.of("Application", "ApplicationSet", "AppProject"));
    namespaced("kustomize.toolkit.fluxcd.io", List.of("Kustomization"));
    namespaced("helm.toolkit.fluxcd.io", List.of("HelmRelease"));
    namespaced("source.toolkit.fluxcd.io", List.of("GitRepository", "HelmRepository", "HelmChart",
        "OCIRepository", "Bucket"));
    namespaced("notification.toolkit.fluxcd.io", List.of("Alert", "Provider", "Receiver"));
    namespaced("image.toolkit.fluxcd.io", List.of("ImageRepository", "ImagePolicy", "ImageUpdateAutomation"));
    namespaced("snapshot.storage.k8s.io", List.of("VolumeSnapshot"));
    cluster("snapshot.storage.k8s.io", List.of("VolumeSnapshotClass", "VolumeSnapshotContent"));
  }

  private KnownKinds() {}

  /** The scope of {@code kind} in the API group of {@code apiVersion}, when Shipshape knows it. */
  public static Optional<Scope> scopeOf(String apiVersion, String kind) {
    return Optional.ofNullable(SCOPES.get(groupOf(apiVersion) + "/" + kind));
  }

  /** The API group of {@code apiVersion}: {@code apps} of {@code apps/v1}, empty for the core {@code v1}. */
  public static String groupOf(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  private static void namespaced(String group, List<String> kinds) {
    kinds.forEach(kind -> SCOPES.put(group + "/" + kind, Scope.NAMESPACED));
  }

  private static void cluster(String group, List<String> kinds) {
    kinds.forEach(kind -> SCOPES.put(group + "/" + kind, Scope.CLUSTER));
  }
}
