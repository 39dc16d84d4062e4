package cn.civilaffairs.assist.workflow;

import org.camunda.bpm.engine.migration.MigrationInstructionsBuilder;
import org.camunda.bpm.engine.migration.MigrationPlan;

/**
 * One reviewed step in a process model's history: how running instances of the definitions tagged
 * {@link #fromVersionTag()} move to the newest definition tagged {@link #toVersionTag()}. Written
 * beside the model change, reviewed with it, and run by {@link ProcessMigrator} when the new model is
 * deployed. Activities with the same id are mapped already; a step adds only what changed (a renamed
 * or split step, a timer whose trigger moved).
 */
public interface ProcessMigrationStep {
    String processKey();

    /** Null for the definitions deployed before models carried a tag (every model today). */
    String fromVersionTag();

    String toVersionTag();

    /** The plan from the equal-id mapping; override to add instructions. */
    default MigrationPlan plan(MigrationInstructionsBuilder equalActivitiesMapped) {
        return equalActivitiesMapped.build();
    }
}
