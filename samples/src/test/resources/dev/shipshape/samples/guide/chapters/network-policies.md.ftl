[#ftl]
[#import "../guide.ftl" as g]
[@g.header/]
[@g.quote "## 🔒 5. Network Policies (Security)" "Concepts"/]

Shipshape turns "default deny, then allow explicitly" into the default: every stack with apps gets a
`default-deny` policy for Ingress and Egress, an `allow-dns` policy so names still resolve, and one
policy per app that admits exactly what the stack declares with `allowFrom`, `allowTo` and
`allowFromNamespace` — both sides of each connection, limited to the target's named ports.

## The lab: only frontend may reach backend

[@g.lab "## 🔒 5. Network Policies (Security)"/]

[@g.example name="backend-policy" files=["*/backend/networkpolicy.yaml#spec", "*/frontend/networkpolicy.yaml#spec", "*/networkpolicy-default-deny.yaml#spec", "*/networkpolicy-allow-dns.yaml#spec", "*/traffic.md"]/]

The lab's policy admits frontend on every port and leaves the rest of the namespace open; here
backend admits frontend on its `http` port only, frontend may send to backend on that port only, and
everything else is denied — including a look-alike `frontend` in another namespace, because
`podSelector` peers only match in the policy's own namespace. `NetworkPolicyBehaviourTest` evaluates
these policies and checks exactly that. `traffic.md`, the picture of who may talk to whom, is drawn
from the same model as the policies.

## Refused: a peer that does not exist

[@g.example name="unknown-allow-target"/]

## Best practices, and how Shipshape applies them

[@g.quote "## 🔒 5. Network Policies (Security)" "Best Practices"/]

- Default deny (Ingress and Egress) for every stack, DNS kept open, one policy per app.
- Namespace isolation: a stack is a namespace; other namespaces get in only through
  `allowFromNamespace(...)`, Ingress controllers and Gateways only to the apps they expose.
- `.cni(Cni.CALICO | CILIUM | CANAL | FLANNEL)` records the network plugin; with Flannel every policy
  is warned as not enforced (`NET-POLICY-NOT-ENFORCED`).

## Discussion

[@g.question "q-namespaces"]
Give each team or app its own namespace, then deny by default in each one: with a `default-deny`
policy selecting every pod, nothing from another namespace gets in (and nothing gets out) unless a
policy allows it, and allowed peers are named by the namespace label Kubernetes sets itself,
`kubernetes.io/metadata.name`, which tenants cannot forge. In Shipshape that is
`.allowFromNamespace("monitoring")` ([@g.sample "nginx-ingress"/], where only the `monitoring`
namespace reaches the API besides the controller), and apps of the same stack talk only along
`allowTo`/`allowFrom` ([@g.sample "backend-policy"/]). NetworkPolicy works at L3/L4; identity-based
rules between namespaces (mTLS, service accounts) are what a mesh adds ([Service mesh](service-mesh.md)).
[/@g.question]

[@g.question "q-cni"]
Kubernetes defines the network model (every pod has its own IP; pods reach each other without NAT)
but does not implement it: the CNI plugin does. When a pod starts, the kubelet calls the plugin to
create its interface, assign its IP (IPAM) and wire routes or an overlay (VXLAN, BGP, eBPF) so pods
on different nodes can talk. The plugin is also what enforces NetworkPolicies — Calico, Cilium and
Canal do, Flannel alone does not, so the same policies are a real boundary on one cluster and a
no-op on another. That is why a Shipshape stack states its plugin with `.cni(Cni.CALICO)`
([@g.sample "backend-policy"/]) and gets `NET-POLICY-NOT-ENFORCED` with `Cni.FLANNEL`.
[/@g.question]
