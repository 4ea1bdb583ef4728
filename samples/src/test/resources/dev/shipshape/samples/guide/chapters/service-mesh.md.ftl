[#ftl]
[#import "../guide.ftl" as g]
[@g.header/]
[@g.quote "## 🔁 6. Service Mesh (Istio, Linkerd, Consul)" "Concepts"/]

The course has no lab for this section; the samples below are the labs. A mesh puts a proxy next to
(or, in Istio's ambient mode, under) every pod, and the proxies do per request what plain Kubernetes
does not do at all: mutual TLS with workload identities, retries and timeouts, circuit breaking,
weighted routing for canaries, and golden metrics.

| Capability | Plain Service and kube-proxy | Mesh |
|---|---|---|
| Load balancing | L4, per connection: a long-lived HTTP/2 or gRPC connection sticks to one pod | L7, per request |
| Retries and timeouts | none: the client library's job (an Ingress controller may retry at the edge only) | declared per route |
| Circuit breaking | none; only failing readiness probes take a pod out | connection pools and outlier detection |
| mTLS and identity | none; NetworkPolicy matches IPs and labels (L3/L4) | automatic mTLS, SPIFFE identities per ServiceAccount |
| Traffic shifting | replica ratios, or controller canary annotations | weighted routes, header routing, mirroring |

## Istio

Pods join the mesh through the namespace label `istio-injection=enabled` (or `istio.io/rev=<revision>`
for revision-based upgrades; set one, not both — `istio-injection` wins), then are restarted, since
injection happens at pod creation. Policy is declared in `networking.istio.io/v1` and
`security.istio.io/v1` objects: a namespace-wide `PeerAuthentication` in mode `STRICT` refuses plain
text, a `DestinationRule` sets connection pools and outlier detection (eject a pod after five
consecutive 5xx, for 30 s), a `VirtualService` sets a route's timeout, its retries (`attempts`,
`perTryTimeout`, `retryOn`) and canary weights that sum to 100, and `AuthorizationPolicy` allows
callers by their service-account principal.

[@g.example name="istio-shop" files=["**/peerauthentication*.yaml", "**/api/destinationrule.yaml", "**/api/virtualservice.yaml", "**/api/authorizationpolicy.yaml"]/]

## Linkerd

Pods join with the annotation `linkerd.io/inject: enabled` on the namespace or the pod template, and
mTLS between meshed pods is on without any object. Routing uses the Gateway API: an `HTTPRoute`
whose `parentRef` is the Service (`group: core`, `kind: Service`) splits traffic by backend weight;
retries and timeouts are annotations on the Service or the route (`retry.linkerd.io/http: 5xx`,
`retry.linkerd.io/limit`, `retry.linkerd.io/timeout`, `timeout.linkerd.io/request`). The older
`ServiceProfile` still works but takes precedence and switches that configuration off for its
Service, so the two are not mixed.

[@g.example name="linkerd-shop" files=["**/api/httproute*.yaml", "**/api/server-api-http.yaml"]/]

## Best practices

[@g.quote "## 🔁 6. Service Mesh (Istio, Linkerd, Consul)" "Best Practices"/]

A mesh does not replace NetworkPolicies: the default-deny policies of every Shipshape stack stay, and
the mesh adds identity (L7) on top of addresses (L3/L4).

## Discussion

[@g.question "q-mesh-retries"]
Plain Kubernetes does not retry: a Service is a virtual IP that kube-proxy load-balances per
connection, so a failed request is the client's problem (its HTTP library, or an Ingress controller
at the edge), and readiness probes only stop sending new connections to a failing pod. A mesh
retries in the sidecar (or waypoint) proxy, per request and by policy: Istio's `VirtualService`
`retries` (`attempts: 3`, `perTryTimeout: 2s`, `retryOn: 5xx,reset,connect-failure`) with a route
timeout (without one, the mesh still retries twice on connection failures, refused streams and
`unavailable`); Linkerd's
`retry.linkerd.io/*` annotations with a retry limit. Retries multiply load, so they come with a
timeout per try, outlier detection that ejects failing pods, and only for idempotent requests.
[@g.sample "istio-shop"/] and [@g.sample "linkerd-shop"/] show both.
[/@g.question]
