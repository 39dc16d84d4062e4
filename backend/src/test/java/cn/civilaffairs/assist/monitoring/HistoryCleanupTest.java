package cn.civilaffairs.assist.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.civilaffairs.assist.monitoring.internal.MonitoringProjection;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * History cleanup keeps ACT_HI_* bounded while the read model keeps its daily aggregates: an instance
 * past its time to live leaves no history rows, yet the step view still counts its task, also after a
 * rebuild of the read model.
 */
@IntegrationTest
@Tag("db")
class HistoryCleanupTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    static final String PROBE = "historyCleanupProbe";
    static final CurrentUser MANAGER = new CurrentUser("manager", "林红", null, Set.of(Role.DISTRICT_MANAGER), "360199",
            "青山区", OrgLevel.DISTRICT, List.of("DISTRICT_MANAGER@360199"));

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired ManagementService management;
    @Autowired ProcessEngineConfiguration configuration;
    @Autowired MonitoringQueries queries;
    @Autowired MonitoringProjection projection;
    @Autowired JdbcTemplate jdbc;
    String deploymentId;

    @AfterEach
    void undeploy() {
        if (deploymentId != null) {
            repository.deleteDeployment(deploymentId, true);
        }
    }

    @Test
    void cleanupRemovesHistoryPastItsTimeToLiveAndTheStepViewStillAnswers() {
        // A one-task process that keeps its history for one day (the real ones keep 1825 or 30 days).
        deploymentId = repository.createDeployment().name(PROBE).addModelInstance(PROBE + ".bpmn",
                Bpmn.createExecutableProcess(PROBE).name("清理探针").camundaHistoryTimeToLive(1)
                        .startEvent().userTask("probeTask").name("探针任务").camundaDueDate("${dueDate}")
                        .endEvent().done()).deploy().getId();
        clock.at(LocalDateTime.parse("2026-03-02T09:00"));
        String pi = runtime.startProcessInstanceByKey(PROBE, "PROBE-1", Map.of("villageCode", "360199002003",
                "dueDate", java.util.Date.from(clock.now().plus(Duration.ofDays(1))))).getId();
        clock.advance(Duration.ofHours(3));
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId());

        assertThat(historyRows(pi)).isPositive();
        StepDuration before = probeStep();
        assertThat(before.completed()).isEqualTo(1);
        assertThat(before.p50Hours()).isCloseTo(3.0, within(0.7));
        assertThat(before.onTimeShare()).isEqualTo(1.0);

        // Two days on the instance is past its removal time; the engine's cleanup job removes its history.
        clock.advance(Duration.ofDays(2));
        Job cleanup = history.cleanUpHistoryAsync(true);
        for (int round = 0; round < 20 && historyRows(pi) > 0; round++) {
            Job job = management.createJobQuery().jobId(cleanup.getId()).singleResult();
            if (job != null) {
                management.executeJob(job.getId());
            }
        }
        assertThat(historyRows(pi)).isZero();

        // The aggregates stay, and a rebuild of the read model (as at startup) does not lose them.
        assertThat(probeStep()).isEqualTo(before);
        projection.rebuild();
        assertThat(probeStep()).isEqualTo(before);
    }

    @Test
    void everyProcessHasATimeToLiveAndCleanupRunsAtNight() {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) configuration;
        assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(config.isEnforceHistoryTimeToLive()).isTrue();
        List<ProcessDefinition> latest = repository.createProcessDefinitionQuery().latestVersion().list();
        assertThat(latest).isNotEmpty().allSatisfy(d -> assertThat(d.getHistoryTimeToLive())
                .as(d.getKey()).isNotNull().isBetween(30, 1825));
        // Case-like processes keep five years; only the housekeeping timers keep 30 days.
        assertThat(latest).filteredOn(d -> d.getKey().equals("serviceAssistance")).singleElement()
                .satisfies(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(1825));
    }

    private StepDuration probeStep() {
        return queries.steps(MANAGER, PROBE, 30, null).steps().get(0);
    }

    private long historyRows(String pi) {
        long n = 0;
        for (String table : List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST")) {
            Long c = jdbc.queryForObject("select count(*) from " + table + " where PROC_INST_ID_ = ?", Long.class, pi);
            n += c == null ? 0 : c;
        }
        return n;
    }
}
