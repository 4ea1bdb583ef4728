package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.backup.BackupModel;
import dev.shipshape.generator.backup.RestoreDrill;
import dev.shipshape.generator.backup.ScheduledBackup;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The backup documents that are not applied with the stack, by path relative to the stack's
 * directory: a restore drill per schedule ({@code drills/restore-<schedule>.yaml}) and the Velero
 * chart's values ({@code .platform/velero-values.yaml} — Helm values are not Kubernetes objects, so
 * they sit in a folder that kubectl, Argo CD and linters walking the tree skip). Empty for a stack
 * without backups.
 *
 * <pre>{@code
 * Map<String, ObjectNode> documents = BackupArtifacts.documents(stack);
 * documents.keySet(); // [drills/restore-shop-db-data.yaml, .platform/velero-values.yaml]
 * }</pre>
 */
public final class BackupArtifacts {

  /** Where the Velero chart's values go, relative to the stack's directory. */
  public static final String VALUES_PATH = ".platform/velero-values.yaml";

  private BackupArtifacts() {}

  /** The stack's backup documents by relative path: drills in schedule order, then the values. */
  public static Map<String, ObjectNode> documents(Stack stack) {
    BackupModel model = BackupModel.of(stack);
    Map<String, ObjectNode> documents = new LinkedHashMap<>();
    if (model.isEmpty()) {
      return documents;
    }
    for (ScheduledBackup schedule : model.schedules()) {
      documents.put(RestoreDrill.path(schedule), RestoreDrillLowering.lower(stack, schedule));
    }
    documents.put(VALUES_PATH, VeleroValuesLowering.lower(stack, model));
    return documents;
  }
}
