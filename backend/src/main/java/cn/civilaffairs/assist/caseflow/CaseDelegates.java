package cn.civilaffairs.assist.caseflow;

import static cn.civilaffairs.assist.caseflow.ServiceAssistanceProcess.*;

import cn.civilaffairs.assist.caseflow.internal.ServiceCase;
import cn.civilaffairs.assist.notification.NotificationService;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of service-assistance.bpmn and generic-service.bpmn: each reads the case
 * number (business key) and small variables and calls one domain service.
 */
@Configuration
class CaseDelegates {
    static final String SYSTEM = "system";

    @Bean
    JavaDelegate recordVerificationDelegate(CaseService cases) {
        return ex -> cases.recordVerification(ex.getProcessBusinessKey(), bool(ex, VAR_GENUINE),
                (String) ex.getVariable(VAR_VERIFICATION_NOTE), actor(ex));
    }

    @Bean
    JavaDelegate recordRecognitionDelegate(CaseService cases) {
        return ex -> cases.recordRecognition(ex.getProcessBusinessKey(), bool(ex, VAR_RECOGNISED),
                (String) ex.getVariable(VAR_RECOGNITION_NOTE), actor(ex));
    }

    @Bean
    JavaDelegate issueCardDelegate(CaseService cases) {
        return ex -> cases.issueCard(ex.getProcessBusinessKey(), (String) ex.getVariable(VAR_STREET_CODE), SYSTEM);
    }

    @Bean
    JavaDelegate publishNoticeDelegate(NoticeService notices) {
        return ex -> {
            Instant end = notices.publish(ex.getProcessBusinessKey(), (String) ex.getVariable(VAR_NOTICE_PERIOD), SYSTEM);
            ex.setVariable(VAR_NOTICE_PERIOD_END, Date.from(end));
        };
    }

    @Bean
    JavaDelegate noticePeriodEndedDelegate(NoticeService notices) {
        return ex -> notices.endPeriod(ex.getProcessBusinessKey());
    }

    /** One review's decision; the objection id and the form's values live in that review's scope. */
    @Bean
    JavaDelegate recordObjectionDecisionDelegate(NoticeService notices) {
        return ex -> {
            Number objectionId = (Number) ex.getVariable(VAR_OBJECTION_ID);
            notices.decideObjection(ex.getProcessBusinessKey(), objectionId == null ? null : objectionId.longValue(),
                    bool(ex, VAR_OBJECTION_UPHELD), (String) ex.getVariable(VAR_OBJECTION_NOTE), actor(ex));
        };
    }

    @Bean
    JavaDelegate startServicesDelegate(CaseService cases, GrantService grants, NoticeService notices) {
        return ex -> {
            String caseNo = ex.getProcessBusinessKey();
            if (cases.get(caseNo).getStatus() == CaseStatus.NOTICE) {
                cases.startServing(caseNo, SYSTEM);
                notices.makeLongTerm(caseNo);
            }
            grants.startPending(caseNo, (String) ex.getVariable(VAR_STREET_CODE), SYSTEM);
        };
    }

    @Bean
    JavaDelegate applyServiceChangesDelegate(GrantService grants) {
        return ex -> grants.startPending(ex.getProcessBusinessKey(), (String) ex.getVariable(VAR_STREET_CODE), SYSTEM);
    }

    /** Ends a case with the outcome given as input parameter, stopping its services and notices. */
    @Bean
    JavaDelegate closeCaseDelegate(CaseService cases, GrantService grants, NoticeService notices) {
        return ex -> {
            String caseNo = ex.getProcessBusinessKey();
            CaseStatus outcome = CaseStatus.valueOf((String) ex.getVariable(VAR_OUTCOME));
            String reason = switch (outcome) {
                case CLOSED_NOT_GENUINE -> null; // recorded with the verification
                case REJECTED -> null;           // recorded with the recognition
                // the review's scope has ended with the error; its note is on the objection
                case OBJECTION_UPHELD -> ex.getVariable(VAR_OBJECTION_NOTE) instanceof String note ? note
                        : notices.upheldNote(caseNo);
                default -> (String) ex.getVariable(VAR_REVIEW_REASON);
            };
            grants.stopAll(caseNo, reason == null ? outcome.name() : reason, actor(ex));
            notices.withdraw(caseNo, actor(ex));
            if (cases.get(caseNo).getStatus().isOpen()) {
                cases.close(caseNo, outcome, reason, actor(ex));
            }
        };
    }

    /** A missed deadline: tell the supervising level's work group by mail, once per task. */
    @Bean
    JavaDelegate escalationDelegate(CaseService cases, NotificationService notifications) {
        return ex -> {
            String caseNo = ex.getProcessBusinessKey();
            String level = (String) ex.getVariable("escalateTo");
            String group = switch (level) {
                case "STREET_CLERK" -> "STREET_CLERK@" + ex.getVariable(VAR_STREET_CODE);
                default -> "DISTRICT_MANAGER@" + ex.getVariable(VAR_DISTRICT_CODE);
            };
            String task = (String) ex.getVariable("overdueTask");
            ServiceCase c = cases.get(caseNo);
            cases.event(c, SYSTEM, CaseEventType.ESCALATED, "「" + task + "」已超过办理期限，已督办：" + group);
            notifications.notifyGroup(group, "escalation:" + ex.getId() + ":" + group,
                    "【督办】" + task + "逾期 " + caseNo,
                    "案件 " + caseNo + "（" + c.getSubjectName() + "）的「" + task + "」已超过规定的工作日期限，请督促办理。");
        };
    }

    /** Progress of a generic service process, written to the case timeline. */
    @Bean
    JavaDelegate serviceProgressDelegate(GrantService grants) {
        return ex -> {
            long grantId = ((Number) ex.getVariable(GrantService.VAR_GRANT_ID)).longValue();
            String step = (String) ex.getVariable(GenericServiceProcess.VAR_STEP);
            String detail = switch (step) {
                case "ASSIGNED" -> "指派责任单位 " + ex.getVariable(GenericServiceProcess.VAR_ORGANISATION);
                case "STARTED" -> "开始服务";
                default -> "服务结案：" + ex.getVariable(GenericServiceProcess.VAR_OUTCOME);
            };
            grants.progress(grantId, step, detail, actor(ex));
        };
    }

    private static boolean bool(DelegateExecution ex, String name) {
        return Boolean.TRUE.equals(ex.getVariable(name));
    }

    /** Who did the step: the user completing the preceding task, when there is one. */
    private static String actor(DelegateExecution ex) {
        String user = ex.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? null
                : ex.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
        return user == null ? SYSTEM : user;
    }
}
