package cn.civilaffairs.assist.department;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.care.CareFacts;
import cn.civilaffairs.assist.care.CareGroup;
import cn.civilaffairs.assist.care.CareService;
import cn.civilaffairs.assist.care.CareTestFixtures;
import cn.civilaffairs.assist.care.Department;
import cn.civilaffairs.assist.common.SelfCare;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.person.PersonService;
import cn.civilaffairs.assist.person.ResidentIdNumber;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.EngineClock;
import cn.civilaffairs.assist.support.IntegrationTest;
import cn.civilaffairs.assist.support.Leads;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * processes/department-referral.bpmn through the API as the department and civil affairs use it: accept →
 * answer, return, the 15-working-day deadline across the 2026 Mid-Autumn and National Day holidays and its
 * escalation to the district, scope (another department, another street), bad input; a care problem going out
 * as a referral and coming back with the department's answer.
 */
@IntegrationTest
@Tag("db")
class DepartmentReferralTest {
    @RegisterExtension
    static final EngineClock clock = new EngineClock();

    static final String VILLAGE = "360199003004"; // 高岭村, 石桥镇 (street003); officer vo003004
    static final String MED = "D36019901"; // 青山区医疗保障局, dept-med
    static final String HEALTH = "D36019909"; // 青山区中心卫生院, dept-health
    /** Monday before the Mid-Autumn (25–27 Sep) and National Day (1–7 Oct, 10 Oct a working Saturday) holidays. */
    static final LocalDate MONDAY = LocalDate.of(2026, 9, 21);
    static final CurrentUser CLERK = new CurrentUser("street003", "郑丹", null, Set.of(Role.STREET_CLERK), "360199003",
            "石桥镇", OrgLevel.STREET, List.of("STREET_CLERK@360199003"));

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired PersonService people;
    @Autowired DepartmentService departments;
    @Autowired CareService care;
    @Autowired CareTestFixtures careFixtures;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    /** A new person in 高岭村 referred by the street office (as the one-door intake would); the referral number. */
    private String refer(DepartmentKind kind) {
        String ref = UUID.randomUUID().toString();
        tx.executeWithoutResult(s -> {
            long personId = people.register(ResidentIdNumber.parse(Leads.newIdNumber()).orElseThrow(), "部门转办测试",
                    null, null, VILLAGE).getId();
            publisher.publishEvent(new DepartmentReferralRequested(personId, VILLAGE, kind, "住院费用自付部分过高，申请医疗救助",
                    ReferralSource.ONE_DOOR, ref, "street003"));
        });
        return departments.referralNo(ReferralSource.ONE_DOOR, ref).orElseThrow();
    }

    private Task task(String no) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(no).singleResult();
    }

    private JsonNode referral(ApiClient client, String no) {
        Response r = client.get("/api/department-referrals/" + no);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private List<String> steps(JsonNode view) {
        List<String> out = new ArrayList<>();
        view.get("steps").forEach(s -> out.add(s.get("step").asText()));
        return out;
    }

    @Test
    void theDepartmentAcceptsAndReportsItResolvedWithinFifteenWorkingDaysAcrossTheHolidays() {
        clock.at(MONDAY, 10, 0);
        String no = refer(DepartmentKind.MEDICAL_INSURANCE);
        Task accept = task(no);
        assertThat(accept.getTaskDefinitionKey()).isEqualTo(DepartmentProcesses.TASK_ACCEPT);
        assertThat(engine.getTaskService().getIdentityLinksForTask(accept.getId())).anyMatch(
                l -> ("DEPARTMENT_STAFF@" + MED).equals(l.getGroupId()));

        ApiClient dept = ApiClient.signedIn(port, "dept-med");
        // The department's inbox has it, named by the person and the kind; another department's has not.
        JsonNode inbox = dept.get("/api/tasks?size=100").json().get("items");
        assertThat(inbox.findValuesAsText("id")).contains(accept.getId());
        assertThat(ApiClient.signedIn(port, "dept-edu").get("/api/tasks?size=100").json().get("items").findValuesAsText("id"))
                .doesNotContain(accept.getId());
        Response subject = dept.get("/api/tasks/" + accept.getId() + "/subject");
        assertThat(subject.status()).as(subject.body()).isEqualTo(200);
        assertThat(subject.json().get("referralNo").asText()).isEqualTo(no);
        Response accepted = dept.post("/api/tasks/" + accept.getId() + "/department-accept", Map.of("accept", true));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(204);
        // 22–24 Sep, 28–30 Sep, 8–10 Oct (10 Oct a working Saturday), 12–16 Oct, 19 Oct: the 15th working day.
        LocalDate due = LocalDate.of(2026, 10, 19);
        Task answer = task(no);
        assertThat(answer.getTaskDefinitionKey()).isEqualTo(DepartmentProcesses.TASK_FEEDBACK);
        assertThat(LocalDate.ofInstant(answer.getDueDate().toInstant(), EngineClock.BEIJING)).isEqualTo(due);
        JsonNode view = referral(dept, no);
        assertThat(view.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(view.get("dueOn").asText()).isEqualTo(due.toString());

        // Accepting again (the task is done) is a conflict.
        Response twice = dept.post("/api/tasks/" + accept.getId() + "/department-accept", Map.of("accept", true));
        assertThat(twice.status()).isEqualTo(409);

        clock.at(LocalDate.of(2026, 10, 12), 15, 0);
        Response answered = dept.post("/api/tasks/" + answer.getId() + "/department-feedback",
                Map.of("resolved", true, "summary", "已按规定纳入医疗救助，报销自付部分 70%"));
        assertThat(answered.status()).as(answered.body()).isEqualTo(204);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(no)
                .singleResult().getEndActivityId()).isEqualTo("referralAnswered");

        // The street office sees the outcome and the steps; nothing escalated.
        JsonNode seen = referral(ApiClient.signedIn(port, "street003"), no);
        assertThat(seen.get("status").asText()).isEqualTo("RESOLVED");
        assertThat(seen.get("overdue").asBoolean()).isFalse();
        assertThat(seen.get("summary").asText()).contains("70%");
        assertThat(steps(seen)).containsExactly("REQUESTED", "ACCEPTED", "RESOLVED");
        assertThat(seen.get("steps").get(1).get("actorName").asText()).isEqualTo("蒋涛");
    }

    @Test
    void anUnansweredReferralIsEscalatedToTheDistrictTheDayAfterItsDueDay() {
        clock.at(MONDAY, 10, 0);
        String no = refer(DepartmentKind.MEDICAL_INSURANCE);
        ApiClient dept = ApiClient.signedIn(port, "dept-med");
        assertThat(dept.post("/api/tasks/" + task(no).getId() + "/department-accept", Map.of("accept", true)).status())
                .isEqualTo(204);
        Task answer = task(no);
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(answer.getProcessInstanceId())
                .timers().singleResult();
        // Due at the end of 19 Oct (Beijing): not on 30 Sep, the 15th calendar-working day without the calendar.
        assertThat(LocalDate.ofInstant(timer.getDuedate().toInstant(), EngineClock.BEIJING)).isEqualTo(LocalDate.of(2026, 10, 19));

        clock.at(LocalDate.of(2026, 10, 20), 9, 0);
        engine.getManagementService().executeJob(timer.getId());
        long id = jdbc.queryForObject("select id from department_referral where referral_no = ?", Long.class, no);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where dedup_key = ?", Long.class,
                "department-referral-overdue:" + id + ":manager")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where dedup_key = ?", Long.class,
                "department-referral-overdue-dept:" + id + ":dept-med")).isEqualTo(1);

        ApiClient manager = ApiClient.signedIn(port, "manager");
        JsonNode view = referral(manager, no);
        assertThat(view.get("overdue").asBoolean()).isTrue();
        assertThat(steps(view)).containsExactly("REQUESTED", "ACCEPTED", "OVERDUE");
        Response list = manager.get("/api/department-referrals?status=ACCEPTED&size=100");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items").findValuesAsText("referralNo")).contains(no);

        // The task is still open: the department answers late, not solved.
        Response answered = dept.post("/api/tasks/" + answer.getId() + "/department-feedback",
                Map.of("resolved", false, "summary", "不符合医疗救助条件，已告知申请临时救助"));
        assertThat(answered.status()).as(answered.body()).isEqualTo(204);
        assertThat(referral(manager, no).get("status").asText()).isEqualTo("NOT_RESOLVED");
    }

    @Test
    void theDemoCareProblemWaitsForTheHealthCentre() {
        JsonNode list = ApiClient.signedIn(port, "dept-health").get("/api/department-referrals?size=100").json();
        assertThat(list.get("items").findValuesAsText("personName")).contains("李国强");
        assertThat(ApiClient.signedIn(port, "street001").get("/api/department-referrals?status=REQUESTED&size=100").json()
                .get("items").findValuesAsText("personName")).contains("李国强");
    }

    @Test
    void theDepartmentReturnsAMatterThatIsNotItsBusinessWithAReason() {
        clock.at(MONDAY, 10, 0);
        String no = refer(DepartmentKind.MEDICAL_INSURANCE);
        ApiClient dept = ApiClient.signedIn(port, "dept-med");
        String taskId = task(no).getId();
        Response noReason = dept.post("/api/tasks/" + taskId + "/department-accept", Map.of("accept", false));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        Response returned = dept.post("/api/tasks/" + taskId + "/department-accept",
                Map.of("accept", false, "reason", "属住房困难，请转住建部门"));
        assertThat(returned.status()).as(returned.body()).isEqualTo(204);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(no)
                .singleResult().getEndActivityId()).isEqualTo("referralReturned");
        JsonNode view = referral(ApiClient.signedIn(port, "vo003004"), no);
        assertThat(view.get("status").asText()).isEqualTo("RETURNED");
        assertThat(view.get("summary").asText()).isEqualTo("属住房困难，请转住建部门");
        assertThat(steps(view)).containsExactly("REQUESTED", "RETURNED");
    }

    @Test
    void onlyItsDepartmentAndTheCivilAffairsOfficesAboveThePersonSeeAReferral() {
        String no = refer(DepartmentKind.MEDICAL_INSURANCE);
        String taskId = task(no).getId();
        ApiClient otherDept = ApiClient.signedIn(port, "dept-edu");
        assertThat(otherDept.get("/api/department-referrals/" + no).status()).isEqualTo(404);
        assertThat(otherDept.post("/api/tasks/" + taskId + "/department-accept", Map.of("accept", true)).status())
                .isEqualTo(404);
        assertThat(otherDept.get("/api/department-referrals?size=100").json().get("items").findValuesAsText("referralNo"))
                .doesNotContain(no);
        ApiClient otherStreet = ApiClient.signedIn(port, "street001");
        assertThat(otherStreet.get("/api/department-referrals/" + no).status()).isEqualTo(404);
        assertThat(otherStreet.get("/api/department-referrals?size=100").json().get("items").findValuesAsText("referralNo"))
                .doesNotContain(no);
        // A street clerk cannot act for the department.
        assertThat(ApiClient.signedIn(port, "street003").post("/api/tasks/" + taskId + "/department-accept",
                Map.of("accept", true)).status()).isEqualTo(403);
        assertThat(ApiClient.signedIn(port, "provider1").get("/api/department-referrals").status()).isEqualTo(403);

        ApiClient dept = ApiClient.signedIn(port, "dept-med");
        assertThat(dept.get("/api/department-referrals?size=100").json().get("items").findValuesAsText("referralNo"))
                .contains(no);
        assertThat(referral(ApiClient.signedIn(port, "vo003004"), no).get("personName").asText()).isEqualTo("部门转办测试");
        // The generic completion refuses the domain screen; garbage is a 400.
        assertThat(dept.post("/api/tasks/" + taskId + "/complete", Map.of()).status()).isEqualTo(409);
        assertThat(dept.post("/api/tasks/" + taskId + "/department-accept", Map.of("accept", "yes")).status()).isEqualTo(400);
        assertThat(dept.get("/api/department-referrals/not-a-number").status()).isEqualTo(400);
        assertThat(dept.get("/api/department-referrals?status=LOST").status()).isEqualTo(400);
        assertThat(task(no).getTaskDefinitionKey()).isEqualTo(DepartmentProcesses.TASK_ACCEPT);
    }

    @Test
    void aCareProblemGoesToTheTownshipDepartmentAndItsAnswerLandsOnTheProblem() {
        clock.at(MONDAY, 10, 0);
        String enrolment = careFixtures.gradedAndVisited("问题转办测试", VILLAGE, CareGroup.SEVERE_DISABILITY_OR_ILLNESS,
                new CareFacts(false, SelfCare.FULL, false, 3, true, false, false, false), 2);
        var problem = tx.execute(s -> care.referProblem(enrolment, Department.HEALTH_CENTRE, "需要上门体检", null, CLERK));
        assertThat(problem.getReferralNo()).startsWith("BM");
        String no = problem.getReferralNo();
        // No street-clerk step any more: the health centre's own staff get the task.
        Task accept = task(no);
        assertThat(engine.getTaskService().getIdentityLinksForTask(accept.getId())).anyMatch(
                l -> ("DEPARTMENT_STAFF@" + HEALTH).equals(l.getGroupId()));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("careProblem")
                .processInstanceBusinessKey(enrolment).count()).isZero();

        ApiClient dept = ApiClient.signedIn(port, "dept-health");
        assertThat(dept.post("/api/tasks/" + accept.getId() + "/department-accept", Map.of("accept", true)).status())
                .isEqualTo(204);
        assertThat(dept.post("/api/tasks/" + task(no).getId() + "/department-feedback",
                Map.of("resolved", true, "summary", "卫生院已上门体检，签约家庭医生")).status()).isEqualTo(204);

        JsonNode record = ApiClient.signedIn(port, "street003").get("/api/care/enrolments/" + enrolment).json();
        JsonNode p = record.get("problems").get(0);
        assertThat(p.get("status").asText()).isEqualTo("RESOLVED");
        assertThat(p.get("resolution").asText()).isEqualTo("卫生院已上门体检，签约家庭医生");
        assertThat(p.get("referralNo").asText()).isEqualTo(no);
        assertThat(record.get("timeline").findValuesAsText("type")).contains("PROBLEM_ANSWERED");
        // The referral is of the care problem: CARE_PROBLEM, the health centre.
        JsonNode view = referral(ApiClient.signedIn(port, "street003"), no);
        assertThat(view.get("source").asText()).isEqualTo("CARE_PROBLEM");
        assertThat(view.get("kind").asText()).isEqualTo("HEALTH_CENTRE");
    }
}
