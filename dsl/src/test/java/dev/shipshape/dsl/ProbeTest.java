package dev.shipshape.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Probe factories use Kubernetes' defaults; withers change one field and leave the rest. */
class ProbeTest {

  @Test
  void httpProbe() {
    Probe probe = Probe.http("/healthz");
    assertEquals(Probe.Type.HTTP, probe.type());
    assertEquals(Optional.of("/healthz"), probe.path());
    assertEquals(Optional.empty(), probe.port());
    assertEquals(List.of(), probe.command());
    assertEquals(10, probe.periodSeconds());
    assertEquals(3, probe.failureThreshold());
    assertEquals(0, probe.initialDelaySeconds());
    assertEquals(1, probe.timeoutSeconds());
  }

  @Test
  void tcpAndExecProbes() {
    assertEquals(new Probe(Probe.Type.TCP, Optional.empty(), Optional.empty(), List.of(), 10, 3, 0, 1),
        Probe.tcp());
    Probe exec = Probe.exec("pg_isready", "-U", "postgres");
    assertEquals(Probe.Type.EXEC, exec.type());
    assertEquals(List.of("pg_isready", "-U", "postgres"), exec.command());
    assertEquals(Optional.empty(), exec.path());
  }

  @Test
  void eachWitherChangesOneField() {
    Probe base = Probe.http("/healthz");
    assertEquals(new Probe(Probe.Type.HTTP, Optional.of("/healthz"), Optional.of("admin"), List.of(), 10, 3, 0, 1),
        base.onPort("admin"));
    assertEquals(new Probe(Probe.Type.HTTP, Optional.of("/healthz"), Optional.empty(), List.of(), 20, 3, 0, 1),
        base.periodSeconds(20));
    assertEquals(new Probe(Probe.Type.HTTP, Optional.of("/healthz"), Optional.empty(), List.of(), 10, 30, 0, 1),
        base.failureThreshold(30));
    assertEquals(new Probe(Probe.Type.HTTP, Optional.of("/healthz"), Optional.empty(), List.of(), 10, 3, 15, 1),
        base.initialDelaySeconds(15));
    assertEquals(new Probe(Probe.Type.HTTP, Optional.of("/healthz"), Optional.empty(), List.of(), 10, 3, 0, 5),
        base.timeoutSeconds(5));
    assertEquals(Probe.http("/healthz"), base, "withers do not change the original");
  }

  @Test
  void withersChain() {
    Probe probe = Probe.tcp().onPort("grpc").periodSeconds(5).failureThreshold(30).initialDelaySeconds(2)
        .timeoutSeconds(3);
    assertEquals(new Probe(Probe.Type.TCP, Optional.empty(), Optional.of("grpc"), List.of(), 5, 30, 2, 3), probe);
  }

  @Test
  void theCommandIsCopied() {
    List<String> command = new ArrayList<>(List.of("check"));
    Probe probe = new Probe(Probe.Type.EXEC, Optional.empty(), Optional.empty(), command, 10, 3, 0, 1);
    command.add("--more");
    assertEquals(List.of("check"), probe.command());
    assertThrows(UnsupportedOperationException.class, () -> probe.command().add("x"));
    assertEquals(List.of("check"), probe.timeoutSeconds(2).command());
  }

  @Test
  void nullsAreRejected() {
    assertThrows(NullPointerException.class, () -> Probe.http(null));
    assertThrows(NullPointerException.class,
        () -> new Probe(null, Optional.empty(), Optional.empty(), List.of(), 10, 3, 0, 1));
  }
}
