[#ftl]
[#import "../guide.ftl" as g]
[@g.header/]
[@g.quote "## 🌍 4. Ingress & Ingress Controllers" "Concepts"/]

In Shipshape a stack names its controller once (`.ingressController(IngressController.nginx())`,
`traefik()`, `haproxy()`, `alb()`), and each app says how it is reached with
`.exposeViaIngress(Routes.host(...))`. Shipshape renders the Ingress with the controller's class and
annotations, the ClusterIP Service it points to (backends name the Service port, not a number),
cert-manager issuers when TLS comes from Let's Encrypt, and NetworkPolicies that let the
controller's namespace in.

## The lab: a basic Ingress

[@g.lab "**Basic Ingress**"/]

[@g.lab "👉 Deploy NGINX Ingress Controller:"/]

Installing the controller is the platform's job, not the stack's: Shipshape renders what the stack
needs from it (the class, the annotations, the controller namespace its policies admit).

[@g.example name="web-ingress" files=["*/web/ingress.yaml", "*/web/service-web-service.yaml#metadata.name,spec", "_cluster/*/clusterissuer-letsencrypt-production.yaml#spec"]/]

`Service.clusterIp().name("web-service")` keeps the lab's Service name. The TLS the course asks for
comes from `Tls.certManager()`: the Ingress names the stack's `letsencrypt-production`
ClusterIssuer, the certificate lands in the Secret `web-tls`, HTTP is redirected to HTTPS, and the
HTTP-01 solver is bound to the `nginx` class. Shipshape also warns that ingress-nginx is retired
upstream (`NET-INGRESS-NGINX-RETIRED`), naming the alternatives.

## Refused: a public Ingress without TLS

[@g.example name="ingress-without-tls"/]

An Ingress that only the internal network reaches says so with `.internal()`
([@g.sample "haproxy-ingress"/] has one); one that really must serve plain HTTP says why with
`Tls.none("<why>")`.

## Host- and path-based routing

Several hosts and paths per app, several apps per host; `Prefix` by default, `Exact` or
`ImplementationSpecific` only when asked for. Routing the same host and path to two apps is an error
([@g.sample "duplicate-route"/]).

[@g.example name="nginx-ingress" files=["*/api/ingress.yaml#spec"]/]

## AWS: the AWS Load Balancer Controller

[@g.example name="alb-ingress" files=["*/web/ingress.yaml#metadata.annotations,spec.ingressClassName"]/]

One ALB is shared by the stack's Ingresses (`group.name`), targets are pod IPs, the certificate
comes from ACM, HTTP is redirected to 443, and because ALB traffic comes from the VPC's addresses,
the apps' NetworkPolicies admit the VPC range. The same intent on Traefik, HAProxy and the Gateway
API: [@g.sample "traefik-ingress"/], [@g.sample "haproxy-ingress"/], [@g.sample "gateway-api"/].

## Best practices, and how Shipshape applies them

[@g.quote "## 🌍 4. Ingress & Ingress Controllers" "Best Practices"/]

- TLS is required on a public Ingress (`NET-TLS-MISSING`); `Tls.certManager()` renders the
  Let's Encrypt staging and production ClusterIssuers; a wildcard host needs a DNS-01 solver
  (`NET-TLS-WILDCARD`).
- Host- and path-based routes are one call each; duplicates and invalid paths are errors.
- `IngressController.alb()` renders the ALB annotations; it needs the VPC range
  (`NET-ALB-VPC-CIDR`), and ACM certificates are only accepted on ALB (`NET-TLS-CONTROLLER`).

## Discussion

[@g.question "q-ingress-controller"]
An Ingress object is only a routing table; the controller is the proxy that implements it — one
load-balanced entry point that terminates TLS and routes by host and path to ClusterIP Services.
With NodePorts, every app opens a port on every node, there is no TLS or HTTP routing unless each app
does it itself, clients must know node addresses and high ports, and each port widens the attack
surface. With a controller, one load balancer serves many apps on 443, certificates are managed in
one place (cert-manager), and the apps stay ClusterIP: [@g.sample "web-ingress"/] exposes `web` on
`https://web.example.com` without opening any node port, and [@g.sample "nginx-ingress"/] puts three
apps behind two hosts.
[/@g.question]
