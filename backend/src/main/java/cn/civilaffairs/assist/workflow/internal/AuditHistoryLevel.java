package cn.civilaffairs.assist.workflow.internal;

import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.IDENTITY_LINK_ADD;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.IDENTITY_LINK_DELETE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.INCIDENT_CREATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.INCIDENT_DELETE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.INCIDENT_MIGRATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.INCIDENT_RESOLVE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.INCIDENT_UPDATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.USER_OPERATION_LOG;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.springframework.stereotype.Component;

/**
 * History level {@code app-audit} ({@code camunda.bpm.history-level: app-audit}), the production level
 * (the {@code prod} profile): what the app reads of the engine's history, and the audit trail. That is
 * the {@code audit} level (instances, activities, tasks, variables) plus incidents (the monitoring read
 * model follows them), task identity links (who could see a finished task: 409 rather than 404 on a
 * second completion; the read model's rebuild places finished tasks by candidate group) and the engine's
 * user operation log (who changed what through Cockpit or /engine-rest: an audit need, about 4 rows a
 * case). Left out compared to {@code full}: variable change details and form submissions (ACT_HI_DETAIL),
 * job log, decision history and batch / external-task logs; the app's own case events and access log
 * say who did what in it. The embedded default keeps {@code full} (its ./data was created at that level).
 */
@Component
class AuditHistoryLevel extends AbstractProcessEnginePlugin implements HistoryLevel {
    static final String NAME = "app-audit";
    /** Stored in ACT_GE_PROPERTY 'historyLevel'; the engine's own levels are 0 to 3. */
    static final int ID = 12;
    private static final Set<HistoryEventType> BEYOND_AUDIT = Set.of(INCIDENT_CREATE, INCIDENT_RESOLVE,
            INCIDENT_DELETE, INCIDENT_MIGRATE, INCIDENT_UPDATE, IDENTITY_LINK_ADD, IDENTITY_LINK_DELETE,
            USER_OPERATION_LOG);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> custom = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryLevels());
        custom.add(this);
        configuration.setCustomHistoryLevels(custom);
    }

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    /** The engine names the level by this in its log and in a "historyLevel mismatch" at startup. */
    @Override
    public String toString() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return HistoryLevel.HISTORY_LEVEL_AUDIT.isHistoryEventProduced(eventType, entity)
                || BEYOND_AUDIT.contains(eventType);
    }
}
