package cn.civilaffairs.assist.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.junit.jupiter.api.Test;

/** The app-audit level writes what the app reads of history (audit, incidents, identity links) and no more. */
class AuditHistoryLevelTest {
    private final AuditHistoryLevel level = new AuditHistoryLevel();

    private List<HistoryEventTypes> produced() {
        List<HistoryEventTypes> out = new ArrayList<>();
        for (HistoryEventTypes type : HistoryEventTypes.values()) {
            if (level.isHistoryEventProduced(type, null)) {
                out.add(type);
            }
        }
        return out;
    }

    @Test
    void writesAuditPlusIncidentsIdentityLinksAndTheOperationLog() {
        for (HistoryEventTypes type : HistoryEventTypes.values()) {
            if (HistoryLevel.HISTORY_LEVEL_AUDIT.isHistoryEventProduced(type, null)) {
                assertThat(produced()).as(type.name()).contains(type);
            }
        }
        assertThat(produced()).contains(HistoryEventTypes.INCIDENT_CREATE, HistoryEventTypes.INCIDENT_RESOLVE,
                HistoryEventTypes.INCIDENT_DELETE, HistoryEventTypes.IDENTITY_LINK_ADD,
                HistoryEventTypes.IDENTITY_LINK_DELETE, HistoryEventTypes.USER_OPERATION_LOG);
    }

    @Test
    void leavesOutWhatNothingInTheAppReads() {
        assertThat(produced()).doesNotContain(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
                HistoryEventTypes.JOB_CREATE, HistoryEventTypes.JOB_SUCCESS,
                HistoryEventTypes.DMN_DECISION_EVALUATE, HistoryEventTypes.BATCH_START,
                HistoryEventTypes.EXTERNAL_TASK_CREATE);
    }

    @Test
    void isRegisteredWithTheEngineUnderItsName() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        level.preInit(configuration);
        List<HistoryLevel> custom = configuration.getCustomHistoryLevels();
        assertThat(custom).extracting(HistoryLevel::getName).containsExactly(AuditHistoryLevel.NAME);
        assertThat(custom.get(0).getId()).isNotIn(0, 1, 2, 3, -1);
    }
}
