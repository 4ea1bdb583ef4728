package dev.shipshape.samples;

import dev.shipshape.samples.delivery.Guestbook;
import dev.shipshape.samples.negative.BrokenShop;
import dev.shipshape.samples.services.BackendClusterIp;
import dev.shipshape.samples.services.ExternalNameLab;
import dev.shipshape.samples.services.LoadBalancerLab;
import dev.shipshape.samples.services.NodePortLab;
import dev.shipshape.samples.shop.Shop;
import java.util.List;

/**
 * Every bundled sample, in the order they are documented. The rendering ones are also configured,
 * one plugin execution each, in {@code samples/pom.xml}: the main job renders them through the
 * Maven plugin into {@code target/manifests/<sample>/}.
 */
public final class SampleCatalog {

  private SampleCatalog() {}

  /** All samples, rendering ones first. */
  public static List<Sample> all() {
    return List.of(
        Sample.rendering(new BackendClusterIp()),
        Sample.rendering(new NodePortLab()),
        Sample.rendering(new LoadBalancerLab()),
        Sample.rendering(new ExternalNameLab()),
        Sample.rendering(new Shop()),
        Sample.rendering(new Guestbook()),
        Sample.failing(new BrokenShop()));
  }
}
