package cn.civilaffairs.assist.referral;

import static org.assertj.core.api.Assertions.assertThat;

import cn.civilaffairs.assist.support.ApiClient;
import cn.civilaffairs.assist.support.ApiClient.Response;
import cn.civilaffairs.assist.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The referral API as street office, charity and district call it: a charity sees only its own batches,
 * names without consent never reach it, nothing runs before agreement, the return/resubmit loop is kept,
 * the outcome shows on the case, and every answer stays inside the caller's scope.
 */
@IntegrationTest
class ReferralApiTest {
    static final String VILLAGE = "360199001004"; // 花园社区, 城关街道 (street001); its officer is vo001004
    static final String CHARITY = ReferralFixtures.CHARITY;
    static final String OTHER_CHARITY = ReferralFixtures.OTHER_CHARITY;

    @LocalServerPort int port;
    @Autowired ReferralFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    ApiClient street;
    ApiClient charity;

    @BeforeEach
    void signIn() {
        fixtures.otherCharity();
        street = ApiClient.signedIn(port, "street001");
        charity = ApiClient.signedIn(port, "charity1");
    }

    private String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    /** A recipient with 慈善救济 in 花园社区; consent recorded over the API when charityCode is given ("" = any). */
    private String recipient(String name, String consentFor) {
        String caseNo = fixtures.serving(VILLAGE, name);
        if (consentFor != null) {
            consent(caseNo, consentFor);
        }
        return caseNo;
    }

    private void consent(String caseNo, String charityCode) {
        Map<String, Object> body = new HashMap<>(Map.of("caseNo", caseNo, "giverRelation", "SELF", "giverName", "本人",
                "givenOn", today(), "documentNote", "同意书已存档"));
        body.put("charityCode", charityCode.isEmpty() ? null : charityCode);
        Response r = street.post("/api/referrals/consents", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private Response send(ApiClient client, String... caseNos) {
        return client.post("/api/referrals", Map.of("charityCode", CHARITY, "caseNos", List.of(caseNos),
                "note", "测试"));
    }

    private String sent(String... caseNos) {
        Response r = send(street, caseNos);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("batchNo").asText();
    }

    private String idNumber(String caseNo) {
        return jdbc.queryForObject("select p.id_number from person p join service_case c on c.person_id = p.id"
                + " where c.case_no = ?", String.class, caseNo);
    }

    private JsonNode batch(ApiClient client, String batchNo) {
        Response r = client.get("/api/referrals/" + batchNo);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private JsonNode item(JsonNode batch, String name) {
        return StreamSupport.stream(batch.get("items").spliterator(), false)
                .filter(i -> i.get("recipientName").asText().equals(name)).findFirst().orElseThrow();
    }

    private String taskId(ApiClient client, String batchNo, String formKey) {
        JsonNode b = batch(client, batchNo);
        assertThat(b.get("taskFormKey").asText()).isEqualTo(formKey);
        return b.get("taskId").asText();
    }

    private List<String> allBatchNos(ApiClient client) {
        List<String> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode p = client.get("/api/referrals?size=100&page=" + page).json();
            p.get("items").forEach(b -> out.add(b.get("batchNo").asText()));
            if ((page + 1) * 100 >= p.get("total").asInt()) {
                return out;
            }
        }
    }

    private static Map<String, Object> plan(Object itemId, String from, String to, String... contents) {
        Map<String, Object> body = new HashMap<>(Map.of("contents", List.of(contents), "scheduleFrom", from,
                "scheduleTo", to, "budget", 600, "responsiblePerson", "罗晓", "description", "每月走访一次"));
        body.put("itemId", itemId);
        return body;
    }

    @Test
    void aCharitySeesOnlyBatchesSentToItWithoutCaseOrIdNumbersAndContactOnlyOnceItAccepts() {
        String caseNo = recipient("转接甲", "");
        JsonNode eligible = street.get("/api/referrals/eligible?villageCode=" + VILLAGE + "&text=转接甲").json();
        assertThat(eligible.get(0).get("consentStatus").asText()).isEqualTo("GIVEN");
        String batchNo = sent(caseNo);
        assertThat(batchNo).matches("ZJ\\d{9}");

        // The charity sees the person by name and village only: no case number, no ID number, no phone yet.
        Response seen = charity.get("/api/referrals/" + batchNo);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body()).doesNotContain(idNumber(caseNo)).doesNotContain(caseNo);
        JsonNode person = item(seen.json(), "转接甲");
        assertThat(person.get("caseNo").isNull()).isTrue();
        assertThat(person.get("phone").isNull()).isTrue();
        assertThat(person.get("villageName").asText()).isEqualTo("花园社区");
        assertThat(allBatchNos(charity)).contains(batchNo);
        String taskId = seen.json().get("taskId").asText();
        assertThat(seen.json().get("taskFormKey").asText()).isEqualTo("app:referral-response");
        assertThat(charity.get("/api/tasks/" + taskId + "/subject").json().get("batch").get("batchNo").asText())
                .isEqualTo(batchNo);

        // Another charity: as if the batch did not exist.
        ApiClient other = ApiClient.signedIn(port, "tc1");
        Response notMine = other.get("/api/referrals/" + batchNo);
        assertThat(notMine.status()).isEqualTo(404);
        assertThat(notMine.isProblem()).isTrue();
        assertThat(allBatchNos(other)).doesNotContain(batchNo);
        assertThat(other.post("/api/referrals/" + batchNo + "/items/" + person.get("id").asLong() + "/response",
                Map.of("accept", true)).status()).isEqualTo(404);
        assertThat(other.post("/api/tasks/" + taskId + "/referral-response", Map.of()).status()).isEqualTo(404);
        assertThat(other.get("/api/tasks/" + taskId + "/subject").status()).isEqualTo(404);

        // Accepting shares the contact data with the charity.
        Response accepted = charity.post("/api/referrals/" + batchNo + "/items/" + person.get("id").asLong()
                + "/response", Map.of("accept", true));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("phone").asText()).isEqualTo("13800000000");
        assertThat(accepted.json().get("address").asText()).isEqualTo("测试地址1号");

        // Officials: the sending street and the district see it; another street does not; a village officer has no list.
        assertThat(batch(street, batchNo).get("items").get(0).get("caseNo").asText()).isEqualTo(caseNo);
        assertThat(batch(ApiClient.signedIn(port, "manager"), batchNo).get("status").asText()).isEqualTo("RESPONDING");
        ApiClient street2 = ApiClient.signedIn(port, "street002");
        assertThat(street2.get("/api/referrals/" + batchNo).status()).isEqualTo(404);
        assertThat(allBatchNos(street2)).doesNotContain(batchNo);
        assertThat(street2.get("/api/referrals/eligible?text=" + caseNo).json()).isEmpty();
        Response foreign = send(street2, caseNo);
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().get("errors").get(0).get("field").asText()).isEqualTo("caseNos[0]");
        ApiClient officer = ApiClient.signedIn(port, "vo001004");
        assertThat(officer.get("/api/referrals").status()).isEqualTo(403);
        assertThat(officer.post("/api/referrals", Map.of("charityCode", CHARITY, "caseNos", List.of(caseNo)))
                .status()).isEqualTo(403);
        assertThat(charity.get("/api/referrals/eligible").status()).isEqualTo(403);
        assertThat(charity.get("/api/referrals/by-case/" + caseNo).status()).isEqualTo(403);

        // Withdrawing consent ends the person's referral at once and takes the contact data back.
        long consentId = street.get("/api/referrals/consents?caseNo=" + caseNo).json().get(0).get("id").asLong();
        Response withdrawn = street.post("/api/referrals/consents/" + consentId + "/withdraw", Map.of("reason", "本人反悔"));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(street.post("/api/referrals/consents/" + consentId + "/withdraw", Map.of("reason", "再次"))
                .status()).isEqualTo(409);
        JsonNode after = batch(charity, batchNo);
        assertThat(after.get("status").asText()).isEqualTo("CLOSED");
        assertThat(item(after, "转接甲").get("phone").isNull()).isTrue();
        assertThat(item(after, "转接甲").get("outcomeReason").asText()).isEqualTo("REFUSED");
        assertThat(street.get("/api/referrals/eligible?text=" + caseNo).json().get(0).get("consentStatus").asText())
                .isEqualTo("WITHDRAWN");
    }

    @Test
    void namesWithoutConsentAreRefusedAndNeverReachTheCharity() {
        String agreed = recipient("转同意甲", "");
        String missing = recipient("转未同意乙", null);
        String elsewhere = recipient("转他会丙", OTHER_CHARITY);
        assertThat(street.get("/api/referrals/eligible?text=" + missing).json().get(0).get("consentStatus").asText())
                .isEqualTo("NONE");
        assertThat(street.get("/api/referrals/eligible?charityCode=" + CHARITY + "&text=" + elsewhere).json().get(0)
                .get("consentStatus").asText()).isEqualTo("NONE");
        long before = jdbc.queryForObject("select count(*) from referral_batch", Long.class);

        Response refused = send(street, agreed, missing, elsewhere);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("detail").asText()).contains("转未同意乙", "转他会丙", "未登记同意转介")
                .doesNotContain("转同意甲");
        assertThat(jdbc.queryForObject("select count(*) from referral_batch", Long.class)).isEqualTo(before);
        for (String batchNo : allBatchNos(charity)) {
            assertThat(charity.get("/api/referrals/" + batchNo).body()).doesNotContain("转未同意乙", "转他会丙");
        }
        assertThat(charity.get("/api/tasks?size=100").body()).doesNotContain("转未同意乙");

        // With consent recorded the person may go; twice is refused while the first referral runs.
        consent(missing, CHARITY);
        String batchNo = sent(agreed, missing);
        assertThat(batch(charity, batchNo).get("persons").asInt()).isEqualTo(2);
        Response again = send(street, agreed);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("已在转介中", batchNo);
    }

    @Test
    void theWholeLoopNothingRunsBeforeAgreementTheReturnIsKeptAndTheOutcomeShowsOnTheCase() {
        String a = recipient("转环甲", "");
        String b = recipient("转环乙", "");
        String batchNo = sent(a, b);
        JsonNode sentView = batch(charity, batchNo);
        long itemA = item(sentView, "转环甲").get("id").asLong();
        long itemB = item(sentView, "转环乙").get("id").asLong();

        // The charity answers: a decline needs a reason.
        String respond = taskId(charity, batchNo, "app:referral-response");
        assertThat(charity.post("/api/tasks/" + respond + "/referral-response", Map.of("decisions", List.of(
                Map.of("itemId", itemA, "accept", true), Map.of("itemId", itemB, "accept", false)))).status())
                .isEqualTo(400);
        Response answered = charity.post("/api/tasks/" + respond + "/referral-response", Map.of("decisions", List.of(
                Map.of("itemId", itemA, "accept", true),
                Map.of("itemId", itemB, "accept", false, "reason", "已由其他项目覆盖"))));
        assertThat(answered.status()).as(answered.body()).isEqualTo(204);
        assertThat(charity.post("/api/tasks/" + respond + "/referral-response", Map.of()).status()).isEqualTo(409);

        // The plan: validated; activities are refused until the district agrees.
        String plans = "/api/referrals/" + batchNo + "/plans";
        Response backwards = charity.post(plans, plan(null, today(), "2020-01-01", "VISIT"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(charity.post(plans, plan(null, today(), today())).status()).isEqualTo(400);
        assertThat(charity.post(plans, plan(itemB, today(), today(), "VISIT")).status()).isEqualTo(400);
        Response created = charity.post(plans, plan(null, today(), LocalDate.parse(today()).plusMonths(2).toString(),
                "VISIT", "LOW_PRICE_GOODS"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long planId = created.json().get("id").asLong();
        Map<String, Object> visit = Map.of("itemId", itemA, "activityDate", today(), "kind", "VISIT",
                "description", "上门慰问，送米面油", "amount", 80);
        String activities = "/api/referrals/" + batchNo + "/activities";
        Response early = charity.post(activities, visit);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asText()).contains("同意后才能登记");
        assertThat(charity.post("/api/tasks/" + taskId(charity, batchNo, "app:referral-plan") + "/referral-plan",
                Map.of("note", "请审核")).status()).isEqualTo(204);
        assertThat(charity.post(activities, visit).status()).isEqualTo(409);
        assertThat(charity.put(plans + "/" + planId, plan(null, today(), today(), "VISIT")).status()).isEqualTo(409);

        // The district returns it (a comment is required); the charity revises and resubmits; the district agrees.
        ApiClient manager = ApiClient.signedIn(port, "manager");
        String review = taskId(manager, batchNo, "app:referral-plan-review");
        JsonNode subject = manager.get("/api/tasks/" + review + "/subject").json();
        assertThat(subject.get("formKey").asText()).isEqualTo("app:referral-plan-review");
        assertThat(subject.get("batch").get("plans").get(0).get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(street.post("/api/tasks/" + review + "/referral-plan-review", Map.of("agree", true)).status())
                .isEqualTo(403);
        assertThat(manager.post("/api/tasks/" + review + "/referral-plan-review", Map.of("agree", false)).status())
                .isEqualTo(400);
        assertThat(manager.post("/api/tasks/" + review + "/referral-plan-review",
                Map.of("agree", false, "comment", "请写明低价生活用品的配送频次")).status()).isEqualTo(204);
        JsonNode returned = batch(charity, batchNo);
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.get("plans").get(0).get("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.get("approvals").get(1).get("comment").asText()).isEqualTo("请写明低价生活用品的配送频次");
        Response revised = charity.put(plans + "/" + planId, plan(null, today(),
                LocalDate.parse(today()).plusMonths(2).toString(), "VISIT", "LOW_PRICE_GOODS"));
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().get("version").asInt()).isEqualTo(2);
        assertThat(revised.json().get("status").asText()).isEqualTo("DRAFT");
        assertThat(charity.post("/api/tasks/" + taskId(charity, batchNo, "app:referral-plan") + "/referral-plan",
                Map.of()).status()).isEqualTo(204);
        assertThat(manager.post("/api/tasks/" + taskId(manager, batchNo, "app:referral-plan-review")
                + "/referral-plan-review", Map.of("agree", true, "comment", "同意")).status()).isEqualTo(204);
        JsonNode agreed = batch(manager, batchNo);
        assertThat(agreed.get("status").asText()).isEqualTo("RUNNING");
        assertThat(agreed.get("planRound").asInt()).isEqualTo(2);
        List<String> loop = new ArrayList<>();
        agreed.get("approvals").forEach(r -> loop.add(r.get("action").asText() + ":" + r.get("round").asInt()));
        assertThat(loop).containsExactly("SUBMITTED:1", "RETURNED:1", "SUBMITTED:2", "AGREED:2");

        // Running: activities against the plan, then the outcome.
        Response clothing = charity.post(activities, Map.of("itemId", itemA, "activityDate", today(), "kind",
                "CLOTHING", "description", "配发棉衣"));
        assertThat(clothing.status()).isEqualTo(409);
        Response declinedPerson = charity.post(activities, Map.of("itemId", itemB, "activityDate", today(), "kind",
                "VISIT", "description", "走访"));
        assertThat(declinedPerson.status()).isEqualTo(409);
        Response recorded = charity.post(activities, visit);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().get("amount").decimalValue()).isEqualByComparingTo("80");
        String closePath = "/api/referrals/" + batchNo + "/items/" + itemA + "/close";
        assertThat(charity.post(closePath, Map.of("outcome", "NOT_HELPED")).status()).isEqualTo(400);
        assertThat(charity.post(closePath, Map.of("outcome", "NOT_HELPED", "reason", "OTHER")).status())
                .isEqualTo(400);
        Response closed = charity.post(closePath, Map.of("outcome", "HELPED", "note", "已解决冬季生活用品"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(batch(charity, batchNo).get("status").asText()).isEqualTo("CLOSED");

        // On the case: the village officer of the case's village sees the outcome, plan and activities.
        ApiClient officer = ApiClient.signedIn(port, "vo001004");
        JsonNode onCase = officer.get("/api/referrals/by-case/" + a).json();
        JsonNode referral = onCase.get("referrals").get(0);
        assertThat(referral.get("batchNo").asText()).isEqualTo(batchNo);
        assertThat(referral.get("item").get("outcome").asText()).isEqualTo("HELPED");
        assertThat(referral.get("item").get("daysToFirstActivity").asLong()).isZero();
        assertThat(referral.get("plan").get("contents")).extracting(JsonNode::asText)
                .containsExactly("VISIT", "LOW_PRICE_GOODS");
        assertThat(referral.get("activities").get(0).get("description").asText()).isEqualTo("上门慰问，送米面油");
        assertThat(onCase.get("consents").get(0).get("giverRelation").asText()).isEqualTo("SELF");
        assertThat(ApiClient.signedIn(port, "vo001001").get("/api/referrals/by-case/" + a).status()).isEqualTo(404);
        JsonNode timeline = street.get("/api/cases/" + a).json().get("timeline");
        List<String> types = new ArrayList<>();
        timeline.forEach(e -> types.add(e.get("type").asText()));
        assertThat(types).containsSubsequence("SERVICE_REFERRED", "SERVICE_REFERRAL_ACCEPTED", "SERVICE_CHARITY_PLAN",
                "SERVICE_CHARITY_ACTIVITY", "SERVICE_REFERRAL_CLOSED");

        // The district's figures: by charity and status, days from referral to first activity.
        JsonNode stats = manager.get("/api/referrals/stats").json();
        JsonNode row = StreamSupport.stream(stats.get("charities").spliterator(), false)
                .filter(c -> c.get("charityCode").asText().equals(CHARITY)).findFirst().orElseThrow();
        assertThat(row.get("batches").get("CLOSED").asLong()).isPositive();
        assertThat(row.get("persons").get("DECLINED").asLong()).isPositive();
        assertThat(row.get("helped").asLong()).isPositive();
        assertThat(row.get("withFirstActivity").asLong()).isPositive();
        assertThat(row.get("averageDaysToFirstActivity").isNull()).isFalse();
        assertThat(manager.get("/api/referrals?status=CLOSED&charityCode=" + CHARITY).json().get("items"))
                .extracting(i -> i.get("batchNo").asText()).contains(batchNo);
    }

    @Test
    void badInputAnswers400WithTheFields() {
        String caseNo = recipient("转校验甲", "");
        Response empty = street.post("/api/referrals", Map.of("charityCode", CHARITY, "caseNos", List.of()));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("field").asText()).isEqualTo("caseNos");
        Response duplicate = send(street, caseNo, caseNo);
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("errors").get(0).get("field").asText()).isEqualTo("caseNos[1]");
        Response notCharity = street.post("/api/referrals", Map.of("charityCode", "P360199001",
                "caseNos", List.of(caseNo)));
        assertThat(notCharity.status()).isEqualTo(400);
        assertThat(notCharity.json().get("errors").get(0).get("field").asText()).isEqualTo("charityCode");
        assertThat(street.post("/api/referrals", Map.of("charityCode", CHARITY, "caseNos", List.of("SA-1")))
                .status()).isEqualTo(400);
        assertThat(street.get("/api/referrals/XX123").status()).isEqualTo(400);
        assertThat(street.get("/api/referrals/eligible?category=9").status()).isEqualTo(400);

        Response future = street.post("/api/referrals/consents", Map.of("caseNo", caseNo, "giverRelation", "SELF",
                "giverName", "本人", "givenOn", LocalDate.parse(today()).plusDays(1).toString()));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("errors").get(0).get("field").asText()).isEqualTo("givenOn");
        Response noGiver = street.post("/api/referrals/consents", Map.of("caseNo", caseNo, "giverRelation", "SELF",
                "givenOn", today()));
        assertThat(noGiver.status()).isEqualTo(400);
        Response badCharity = street.post("/api/referrals/consents", Map.of("caseNo", caseNo, "giverRelation",
                "SELF", "giverName", "本人", "givenOn", today(), "charityCode", "P360199001"));
        assertThat(badCharity.status()).isEqualTo(400);
        assertThat(ApiClient.signedIn(port, "street002").post("/api/referrals/consents", Map.of("caseNo", caseNo,
                "giverRelation", "SELF", "giverName", "本人", "givenOn", today())).status()).isEqualTo(404);
        assertThat(street.post("/api/referrals/consents/999999/withdraw", Map.of("reason", "x")).status())
                .isEqualTo(404);
    }
}
