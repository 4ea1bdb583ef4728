package dev.shipshape.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Service factories and builder. */
class ServiceTest {

  @Test
  void factoriesSetTheType() {
    assertEquals(ServiceType.CLUSTER_IP, Service.clusterIp().build().type());
    assertEquals(ServiceType.NODE_PORT, Service.nodePort().build().type());
    assertEquals(ServiceType.LOAD_BALANCER, Service.loadBalancer().build().type());
    assertEquals(ServiceType.HEADLESS, Service.headless().build().type());
  }

  @Test
  void defaults() {
    Service service = Service.clusterIp().build();
    assertEquals(List.of(), service.ports());
    assertEquals(Optional.empty(), service.fixedNodePort());
    assertEquals(Optional.empty(), service.nodePortReason());
    assertEquals(Optional.empty(), service.cloud());
    assertFalse(service.internetFacing(), "load balancers are internal by default");
    assertEquals(List.of(), service.sourceRanges());
    assertFalse(service.preserveClientIp());
  }

  @Test
  void portVariants() {
    Service service = Service.clusterIp().port(80).port(81, "metrics").port(82, 9090).build();
    assertEquals(List.of(
            new ServicePort(80, Optional.empty(), Optional.empty(), Optional.empty()),
            new ServicePort(81, Optional.of("metrics"), Optional.empty(), Optional.empty()),
            new ServicePort(82, Optional.empty(), Optional.of(9090), Optional.empty())),
        service.ports());
  }

  @Test
  void nodePortWithReason() {
    Service service = Service.nodePort().port(80).nodePort(30007).because("on-prem lab").build();
    assertEquals(Optional.of(30007), service.fixedNodePort());
    assertEquals(Optional.of("on-prem lab"), service.nodePortReason());
  }

  @Test
  void loadBalancerOptions() {
    Service service = Service.loadBalancer(Cloud.GCP).internetFacing().port(443)
        .sourceRanges("203.0.113.0/24", "198.51.100.0/24").preserveClientIp().build();
    assertEquals(Optional.of(Cloud.GCP), service.cloud());
    assertTrue(service.internetFacing());
    assertEquals(List.of("203.0.113.0/24", "198.51.100.0/24"), service.sourceRanges());
    assertTrue(service.preserveClientIp());
    assertEquals(Optional.empty(), Service.loadBalancer().build().cloud());
  }

  @Test
  void sourceRangesAccumulate() {
    assertEquals(List.of("10.0.0.0/8", "192.168.0.0/16"),
        Service.loadBalancer().sourceRanges("10.0.0.0/8").sourceRanges("192.168.0.0/16").build().sourceRanges());
  }
}
