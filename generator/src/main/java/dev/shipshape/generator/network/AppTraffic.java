package dev.shipshape.generator.network;

import dev.shipshape.dsl.App;
import java.util.List;
import java.util.Objects;

/**
 * Who may connect to an app and whom it may connect to: the content of the app's NetworkPolicy and
 * of its part of the traffic picture.
 *
 * @param app the app
 * @param ingress the allowed incoming flows, to the app's ports
 * @param egress the allowed outgoing flows, besides DNS
 */
public record AppTraffic(App app, List<TrafficRule> ingress, List<TrafficRule> egress) {

  public AppTraffic {
    Objects.requireNonNull(app, "app");
    ingress = List.copyOf(ingress);
    egress = List.copyOf(egress);
  }
}
