package dev.shipshape.dsl;

import java.util.Objects;

/**
 * A Helm chart of the stack, written beside the plain manifests from the same rendered objects (to
 * {@code .charts/<stack>/} of the output directory): {@code Chart.yaml}, {@code values.yaml},
 * {@code values.schema.json}, one template per object, and a {@code values-<env>.yaml} per
 * environment holding only what differs from the defaults.
 *
 * <pre>{@code
 * Stack.named("shop")
 *     .delivery(Delivery.layout(Layout.ENVIRONMENT_DIRECTORIES)
 *         .helmChart(HelmChart.version("1.4.2")));      // appVersion "1.4.2" too
 * HelmChart.version("1.4.2").appVersion("2026.05");   // a different appVersion
 * }</pre>
 *
 * @param version the chart's SemVer 2 version ({@code version} in {@code Chart.yaml})
 * @param appVersion the version of what the chart deploys ({@code appVersion})
 */
public record HelmChart(String version, String appVersion) {

  public HelmChart {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(appVersion, "appVersion");
  }

  /** A chart of version {@code version}, with the same {@code appVersion}. */
  public static HelmChart version(String version) {
    return new HelmChart(version, version);
  }

  /** A chart of version {@code 0.1.0}. */
  public static HelmChart standard() {
    return version("0.1.0");
  }

  /** This chart with {@code appVersion} instead. */
  public HelmChart appVersion(String appVersion) {
    return new HelmChart(version, appVersion);
  }
}
