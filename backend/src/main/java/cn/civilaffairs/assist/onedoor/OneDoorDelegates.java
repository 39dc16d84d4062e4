package cn.civilaffairs.assist.onedoor;

import static cn.civilaffairs.assist.onedoor.OneDoorProcesses.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The listeners and delegate of processes/one-door-intake.bpmn. The rules (one-door-routing.dmn) run once per need:
 * the start listener hands them that need's facts as transient variables, the end listener records what they
 * proposed; nothing but ids and flags is kept as a process variable.
 */
@Configuration
class OneDoorDelegates {

    /** 按规则建议救助路径, start of each round: the need's type and facts as the decision's inputs. */
    @Bean
    ExecutionListener oneDoorNeedFactsListener(IntakeService intakes) {
        return ex -> {
            int round = (Integer) ex.getVariable(VAR_LOOP_COUNTER);
            var facts = intakes.needAt(ex.getProcessBusinessKey(), round);
            ex.setVariableLocal(VAR_NEED_TYPE, Variables.stringValue(facts.type().name(), true));
            ex.setVariableLocal(VAR_LIVING_AT_RISK, Variables.booleanValue(facts.livingAtRisk(), true));
            ex.setVariableLocal(VAR_NEED_ID, Variables.longValue(facts.needId(), true));
        };
    }

    /** 按规则建议救助路径, end of each round: every rule that matched proposes its route. */
    @Bean
    ExecutionListener oneDoorRouteProposalListener(IntakeService intakes) {
        return ex -> {
            DmnDecisionResult result = (DmnDecisionResult) ex.getVariableLocal(VAR_DECISION_RESULT);
            List<Map<String, Object>> rows = result == null ? List.of() : result.getResultList();
            intakes.propose(ex.getProcessBusinessKey(), (Long) ex.getVariableLocal(VAR_NEED_ID), rows);
        };
    }

    /** 发起各救助路径: publishes the requests, opens the case; whether a 低保/特困 decision waits, whether all is done. */
    @Bean
    JavaDelegate raiseIntakeRoutesDelegate(IntakeService intakes) {
        return ex -> {
            var raised = intakes.raise(ex.getProcessBusinessKey());
            ex.setVariable(VAR_SUBSISTENCE_REQUESTED, raised.subsistenceRequested());
            ex.setVariable(VAR_ALL_ROUTES_DONE, raised.allDone());
        };
    }
}
