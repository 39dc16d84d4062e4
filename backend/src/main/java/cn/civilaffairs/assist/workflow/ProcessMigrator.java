package cn.civilaffairs.assist.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running instances onto a changed model with the engine's migration API, one
 * {@link ProcessMigrationStep} at a time, in the order the steps are declared. Each step is one
 * transaction: the engine validates every instance against the plan before it changes any, so a step
 * either moves all instances of a source definition or none (an instance waiting in an activity the
 * plan does not map is refused, and the error names it). Runs after every start, when the models have
 * been deployed; a step whose target is not deployed yet, or with nothing to move, does nothing.
 */
@Component
public class ProcessMigrator {
    private static final Logger log = LoggerFactory.getLogger(ProcessMigrator.class);

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TransactionTemplate tx;
    private final List<ProcessMigrationStep> steps;

    ProcessMigrator(RepositoryService repository, RuntimeService runtime, TransactionTemplate tx,
            ObjectProvider<ProcessMigrationStep> steps) {
        this.repository = repository;
        this.runtime = runtime;
        this.tx = tx;
        this.steps = steps.orderedStream().toList();
    }

    /** How many instances one step moved, from which definitions. */
    public record Migrated(String processKey, String fromVersionTag, String toVersionTag, String targetDefinitionId,
            long instances) {}

    @EventListener(ApplicationReadyEvent.class)
    public void migrateOnStart() {
        for (ProcessMigrationStep step : steps) {
            try {
                Migrated done = migrate(step);
                if (done.instances() > 0) {
                    log.info("Migrated {} running {} instance(s) from version tag {} to {}", done.instances(),
                            done.processKey(), done.fromVersionTag(), done.toVersionTag());
                }
            } catch (RuntimeException refused) {
                // The instances stay on their old definition and keep running; the release must fix the plan.
                log.error("Migration of {} from {} to {} refused; instances left on the old model",
                        step.processKey(), step.fromVersionTag(), step.toVersionTag(), refused);
            }
        }
    }

    /** Runs one step now; throws the engine's validation error when an instance cannot be moved. */
    public Migrated migrate(ProcessMigrationStep step) {
        ProcessDefinition target = newest(step.processKey(), step.toVersionTag());
        if (target == null) {
            return new Migrated(step.processKey(), step.fromVersionTag(), step.toVersionTag(), null, 0);
        }
        return tx.execute(status -> {
            long moved = 0;
            for (ProcessDefinition source : definitions(step.processKey(), step.fromVersionTag())) {
                long running = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).count();
                if (running == 0 || source.getId().equals(target.getId())) {
                    continue;
                }
                MigrationPlan plan = step.plan(
                        runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities());
                runtime.newMigration(plan)
                        .processInstanceQuery(runtime.createProcessInstanceQuery().processDefinitionId(source.getId()))
                        .execute();
                moved += running;
            }
            return new Migrated(step.processKey(), step.fromVersionTag(), step.toVersionTag(), target.getId(), moved);
        });
    }

    private ProcessDefinition newest(String key, String versionTag) {
        List<ProcessDefinition> tagged = definitions(key, versionTag);
        return tagged.isEmpty() ? null : tagged.get(0);
    }

    private List<ProcessDefinition> definitions(String key, String versionTag) {
        ProcessDefinitionQuery query = repository.createProcessDefinitionQuery().processDefinitionKey(key);
        // Models deployed before the first change carry no tag.
        query = versionTag == null ? query.withoutVersionTag() : query.versionTag(versionTag);
        return new ArrayList<>(query.orderByProcessDefinitionVersion().desc().list());
    }
}
