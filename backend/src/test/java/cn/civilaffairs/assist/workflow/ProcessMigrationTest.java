package cn.civilaffairs.assist.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.civilaffairs.assist.support.IntegrationTest;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.migration.MigrationInstructionsBuilder;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Changing the six-step model while cases run on it (issue #17): the real service-assistance.bpmn,
 * under a key of its own so that no other test starts cases on the changed versions, gains a step
 * (v2) and then renames one (v3). Running instances waiting in different steps, one with its overdue
 * timer, move with {@link ProcessMigrator}: an equal-id step moves them all and the new step is taken;
 * a step that forgets the renamed activity is refused as a whole; its reviewed plan moves them.
 */
@IntegrationTest
@Tag("db")
class ProcessMigrationTest {
    static final String KEY = "serviceAssistanceMigrationProbe";

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired ProcessMigrator migrator;
    final List<String> deployments = new ArrayList<>();

    @AfterEach
    void undeploy() {
        // Listeners run, so the inbox projection forgets the deleted tasks.
        deployments.forEach(id -> repository.deleteDeployment(id, true));
    }

    record Step(String fromVersionTag, String toVersionTag, Map<String, String> renamed) implements ProcessMigrationStep {
        @Override
        public String processKey() {
            return KEY;
        }

        @Override
        public MigrationPlan plan(MigrationInstructionsBuilder equalActivitiesMapped) {
            renamed.forEach((from, to) -> equalActivitiesMapped.mapActivities(from, to));
            return equalActivitiesMapped.build();
        }
    }

    @Test
    void runningCasesMoveToTheChangedModelAllOrNothing() {
        ProcessDefinition v1 = deploy(model(null)); // untagged, as every model is today
        String waitingForVerification = startAt("verifyLead", "MIG-1");
        String waitingForFiling = startAt("fileCase", "MIG-2");
        String waitingForInvestigation = startAt("homeInvestigation", "MIG-3");
        String verifyTaskId = taskOf(waitingForVerification).getId();
        assertThat(timerOf(waitingForVerification).getProcessDefinitionId()).isEqualTo(v1.getId());

        // v2: a file check (档案复核) between filing and the notice.
        BpmnModelInstance changed = model("2");
        addStepAfter(changed, "fileCase", "checkFile", "档案复核");
        ProcessDefinition v2 = deploy(changed);
        ProcessMigrator.Migrated moved = migrator.migrate(new Step(null, "2", Map.of()));

        assertThat(moved.instances()).isEqualTo(3);
        assertThat(moved.targetDefinitionId()).isEqualTo(v2.getId());
        for (String pi : List.of(waitingForVerification, waitingForFiling, waitingForInvestigation)) {
            assertThat(definitionOf(pi)).isEqualTo(v2.getId());
        }
        // The same task (its id, its candidates) and the same overdue timer, now of the new model.
        assertThat(taskOf(waitingForVerification).getId()).isEqualTo(verifyTaskId);
        assertThat(timerOf(waitingForVerification).getProcessDefinitionId()).isEqualTo(v2.getId());
        // A migrated case takes the new step.
        tasks.complete(taskOf(waitingForFiling).getId());
        assertThat(taskOf(waitingForFiling).getTaskDefinitionKey()).isEqualTo("checkFile");
        // Nothing left to move: running it again (as every start does) changes nothing.
        assertThat(migrator.migrate(new Step(null, "2", Map.of())).instances()).isZero();

        // v3 renames the investigation step; a plan that only maps equal ids cannot place that case.
        BpmnModelInstance renamed = model("3");
        addStepAfter(renamed, "fileCase", "checkFile", "档案复核");
        renamed.<FlowNode>getModelElementById("homeInvestigation").setId("homeVisit");
        ProcessDefinition v3 = deploy(renamed);
        assertThatThrownBy(() -> migrator.migrate(new Step("2", "3", Map.of())))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("homeInvestigation");
        for (String pi : List.of(waitingForVerification, waitingForFiling, waitingForInvestigation)) {
            assertThat(definitionOf(pi)).as("all or nothing").isEqualTo(v2.getId());
        }

        // The reviewed plan says where the renamed step went.
        assertThat(migrator.migrate(new Step("2", "3", Map.of("homeInvestigation", "homeVisit"))).instances())
                .isEqualTo(3);
        assertThat(definitionOf(waitingForInvestigation)).isEqualTo(v3.getId());
        assertThat(taskOf(waitingForInvestigation).getTaskDefinitionKey()).isEqualTo("homeVisit");
        assertThat(taskOf(waitingForFiling).getTaskDefinitionKey()).isEqualTo("checkFile");
    }

    @Test
    void aStepWhoseTargetIsNotDeployedDoesNothing() {
        deploy(model("1"));
        String pi = startAt("verifyLead", "MIG-9");
        ProcessMigrator.Migrated nothing = migrator.migrate(new Step("1", "9", Map.of()));
        assertThat(nothing.instances()).isZero();
        assertThat(nothing.targetDefinitionId()).isNull();
        assertThat(taskOf(pi).getTaskDefinitionKey()).isEqualTo("verifyLead");
    }

    /** The production model under the probe's key and a version tag; without its diagram (ids change). */
    private BpmnModelInstance model(String versionTag) {
        try (InputStream xml = getClass().getResourceAsStream("/processes/service-assistance.bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromStream(xml);
            Process process = model.getModelElementById("serviceAssistance");
            process.setId(KEY);
            if (versionTag != null) {
                process.setCamundaVersionTag(versionTag);
            }
            model.getDefinitions().getBpmDiagrams().clear();
            return model;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void addStepAfter(BpmnModelInstance model, String afterId, String id, String name) {
        FlowNode after = model.getModelElementById(afterId);
        SequenceFlow out = after.getOutgoing().iterator().next();
        FlowNode next = out.getTarget();
        UserTask step = model.newInstance(UserTask.class);
        step.setId(id);
        step.setName(name);
        step.setCamundaCandidateGroups("STREET_CLERK@${streetCode}");
        after.getParentElement().addChildElement(step);
        SequenceFlow onward = model.newInstance(SequenceFlow.class);
        onward.setId("flow_" + id + "_onward");
        after.getParentElement().addChildElement(onward);
        onward.setSource(step);
        onward.setTarget(next);
        out.setTarget(step);
    }

    private ProcessDefinition deploy(BpmnModelInstance model) {
        String id = repository.createDeployment().name(KEY).addModelInstance(KEY + ".bpmn", model).deploy().getId();
        deployments.add(id);
        return repository.createProcessDefinitionQuery().deploymentId(id).singleResult();
    }

    /** A case waiting in one step, as if it had come there (no delegates run on the way). */
    private String startAt(String activityId, String businessKey) {
        return runtime.createProcessInstanceByKey(KEY).businessKey(businessKey).startBeforeActivity(activityId)
                .setVariables(Map.of("caseId", -1L, "villageCode", "360199003009", "streetCode", "360199003",
                        "districtCode", "360199"))
                .execute().getId();
    }

    private Task taskOf(String pi) {
        return tasks.createTaskQuery().processInstanceId(pi).singleResult();
    }

    private Job timerOf(String pi) {
        return management.createJobQuery().processInstanceId(pi).timers().singleResult();
    }

    private String definitionOf(String pi) {
        return runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult().getProcessDefinitionId();
    }
}
