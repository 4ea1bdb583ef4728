[#ftl]
[#import "../guide.ftl" as g]
[@g.header/]
A Service gives a set of pods one stable name and address. The course lists four types:

[@g.quote "## 🔗 3. Kubernetes Services" "Types of Services"/]

In Shipshape an app says how it is reached with `.service(...)` (or `.expose()`, a ClusterIP
Service on the app's first port); a Service port forwards to the container port **by name**, so
renaming or renumbering a container port cannot silently break the Service. Every Service carries the
recommended `app.kubernetes.io/*` labels and selects its pods by `name` and `instance` only.

## ClusterIP: internal traffic

[@g.lab "**ClusterIP Example**"/]

[@g.example name="backend-clusterip" files=["*/backend/service.yaml"]/]

Next to the Service, Shipshape renders the Deployment the lab leaves out (Pod Security "restricted",
resources, probes, its own ServiceAccount), a namespace, and default-deny NetworkPolicies: nobody may
reach `backend` until the stack says who (see [NetworkPolicies](network-policies.md)).

## NodePort: a port on every node

[@g.lab "**NodePort Example**"/]

[@g.example name="nodeport-lab" files=["*/backend/service.yaml"]/]

A NodePort opens its port on every node of the cluster, past any TLS or Ingress rule. Shipshape
warns about every NodePort (`NET-NODEPORT-RISK`) unless you say why with `.because("…")`; the
reason is also written where kube-linter reads it, so the oracle does not flag the exposure again.
A stack or environment marked `.production()` turns the warning into an error — the course's "not
recommended for production (security risk)":

[@g.example name="nodeport-without-reason"/]

A `nodePort` outside 30000–32767 is an error everywhere (`NET-NODEPORT-RANGE`; see
[`golden/broken-shop/diagnostics.txt`](../golden/broken-shop/diagnostics.txt)).

## LoadBalancer: the cloud's load balancer

[@g.lab "**LoadBalancer Example**"/]

[@g.example name="loadbalancer-lab" files=["*/backend/service.yaml"]/]

`Service.loadBalancer()` is **internal** unless you write `.internetFacing()`, and each cloud gets
its own annotations (here AWS: a Network Load Balancer with IP targets that keeps the client's
address). An internet-facing load balancer without `sourceRanges(...)` is warned as open to every
address (`NET-LB-OPEN`), and a NodePort/LoadBalancer Service's NetworkPolicy admits outside clients.

## ExternalName: an alias for an outside name

[@g.lab "**ExternalName Example**"/]

[@g.example name="externalname-lab" files=["*/external-api/service.yaml"]/]

An `externalName` must be a DNS name: an IP address would be looked up as a name and never resolve,
so Shipshape refuses it (`NET-EXTERNALNAME-HOST`).

## Best practices, and how Shipshape applies them

[@g.quote "## 🔗 3. Kubernetes Services" "Best Practices"/]

- `.expose()` and `Service.clusterIp()` are the default; `exposeViaIngress(...)` puts a ClusterIP
  Service behind the stack's Ingress controller ([Ingress and controllers](ingress.md)).
- A NodePort needs a written reason, and production refuses it without one.
- A LoadBalancer is internal by default and warned when it is open to the whole internet.
- The course's networking basics ("avoid direct Pod-to-Pod communication → always use Services"):
  `allowTo("api")` opens traffic to the **Service's** named ports, and Shipshape refuses an
  `allowFrom`/`allowTo` that names no app of the stack.

## Discussion

[@g.question "q-service-types"]
A **ClusterIP** Service (the default) gets a virtual IP reachable only inside the cluster: the way
microservices call each other ([@g.sample "backend-clusterip"/]). A **NodePort** Service is a
ClusterIP Service plus the same port (30000–32767) opened on every node, so anything that reaches a
node reaches the app, bypassing TLS and Ingress rules; Shipshape accepts it only with a reason, and
production refuses it without one ([@g.sample "nodeport-lab"/], [@g.sample "nodeport-without-reason"/]).
A **LoadBalancer** Service is a NodePort Service plus a load balancer the cloud provisions in front
of the nodes — the standard way to expose a TCP service outside the cluster, at the price of one
load balancer per Service; Shipshape makes it internal unless you ask otherwise and limits it with
`sourceRanges` ([@g.sample "loadbalancer-lab"/]). For HTTP, one Ingress controller behind one load
balancer serves many apps ([Ingress and controllers](ingress.md)).
[/@g.question]
