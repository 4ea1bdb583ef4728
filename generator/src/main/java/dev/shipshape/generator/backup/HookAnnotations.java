package dev.shipshape.generator.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shipshape.dsl.BackupHook;
import dev.shipshape.generator.syntax.GoDuration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A backup hook as Velero pod annotations: {@code pre.hook.backup.velero.io/container},
 * {@code command} (a JSON array string), {@code on-error} and {@code timeout}, and likewise
 * {@code post.hook.backup.velero.io/*}.
 *
 * <pre>{@code
 * HookAnnotations.of(BackupHook.pre("/bin/sh", "-c", "redis-cli save"), "cache");
 * // {pre.hook.backup.velero.io/command=["/bin/sh","-c","redis-cli save"], …/container=cache, …}
 * }</pre>
 */
public final class HookAnnotations {

  private static final ObjectMapper JSON = new ObjectMapper();

  private HookAnnotations() {}

  /** The annotations of {@code hook}; it runs in {@code defaultContainer} unless it names one. */
  public static Map<String, String> of(BackupHook hook, String defaultContainer) {
    String prefix = hook.phase().name().toLowerCase(Locale.ROOT) + ".hook.backup.velero.io/";
    Map<String, String> annotations = new TreeMap<>();
    annotations.put(prefix + "container", hook.container().orElse(defaultContainer));
    annotations.put(prefix + "command", json(hook.command()));
    annotations.put(prefix + "on-error", onError(hook));
    annotations.put(prefix + "timeout", GoDuration.format(hook.timeout()));
    return annotations;
  }

  /** Velero's {@code onError} value of {@code hook}. */
  public static String onError(BackupHook hook) {
    return hook.failBackupOnError() ? "Fail" : "Continue";
  }

  private static String json(List<String> command) {
    try {
      return JSON.writeValueAsString(command);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of strings always serialises", e);
    }
  }
}
