package cn.civilaffairs.assist.demo;

import static cn.civilaffairs.assist.referral.ReferralProcesses.TASK_RESPOND;
import static cn.civilaffairs.assist.referral.ReferralProcesses.TASK_REVIEW_PLAN;
import static cn.civilaffairs.assist.referral.ReferralProcesses.TASK_WRITE_PLAN;
import static cn.civilaffairs.assist.referral.ReferralProcesses.VAR_ANY_ACCEPTED;
import static cn.civilaffairs.assist.referral.ReferralProcesses.VAR_PLAN_AGREED;

import cn.civilaffairs.assist.caseflow.CaseService.LeadCommand;
import cn.civilaffairs.assist.caseflow.FocusGroup;
import cn.civilaffairs.assist.caseflow.LeadSource;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.person.ResidentIdNumber;
import cn.civilaffairs.assist.referral.ConsentService;
import cn.civilaffairs.assist.referral.ConsentService.ConsentCommand;
import cn.civilaffairs.assist.referral.GiverRelation;
import cn.civilaffairs.assist.referral.PlanContent;
import cn.civilaffairs.assist.referral.PlanService;
import cn.civilaffairs.assist.referral.PlanService.PlanCommand;
import cn.civilaffairs.assist.referral.ReferralQueries;
import cn.civilaffairs.assist.referral.ReferralService;
import cn.civilaffairs.assist.referral.ReferralService.ActivityCommand;
import cn.civilaffairs.assist.referral.ReferralService.Decision;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo charity referral: three recipients in 城关街道 with 慈善救济 granted, two with consent; street001
 * sent those two to 青山区慈善总会, charity1 accepted one and declined one, wrote a plan for the batch and
 * submitted it — 审核帮扶方案 waits in manager's inbox. 王桂芝 has no consent yet (cannot be sent).
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class ReferralDemoData implements ApplicationRunner {
    static final String CHARITY = "C360199001";
    static final CurrentUser STREET = new CurrentUser("street001", "赵文", null, Set.of(Role.STREET_CLERK), "360199001",
            "城关街道", OrgLevel.STREET, List.of("STREET_CLERK@360199001"));
    static final CurrentUser STREET2 = new CurrentUser("street002", "钱进", null, Set.of(Role.STREET_CLERK), "360199002",
            "东湖街道", OrgLevel.STREET, List.of("STREET_CLERK@360199002"));
    static final CurrentUser MANAGER = new CurrentUser("manager", "林红", null, Set.of(Role.DISTRICT_MANAGER), "360199",
            "青山区", OrgLevel.DISTRICT, List.of("DISTRICT_MANAGER@360199"));
    static final CurrentUser CHARITY_STAFF = new CurrentUser("charity1", "罗晓", null, Set.of(Role.CHARITY_STAFF),
            CHARITY, "青山区慈善总会", OrgLevel.CHARITY, List.of("CHARITY_STAFF@" + CHARITY));

    private final CaseWalkthrough walkthrough;
    private final ConsentService consents;
    private final ReferralService referrals;
    private final ReferralQueries queries;
    private final PlanService plans;
    private final TaskService tasks;
    private final TransactionTemplate tx;

    ReferralDemoData(CaseWalkthrough walkthrough, ConsentService consents, ReferralService referrals,
            ReferralQueries queries, PlanService plans, TaskService tasks, TransactionTemplate tx) {
        this.walkthrough = walkthrough;
        this.consents = consents;
        this.referrals = referrals;
        this.queries = queries;
        this.plans = plans;
        this.tasks = tasks;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (referrals.anyBatch()) {
            return;
        }
        // One transaction: a start killed half-way leaves nothing behind, so the next start loads it
        // again instead of failing on a demo person whose case is already open.
        tx.executeWithoutResult(s -> load());
    }

    private void load() {
        String a = walkthrough.toServing(new LeadCommand("孙秀兰", ResidentIdNumber.withCheckCharacter("36019919440806002")
                .value(), "13807910061", "南门社区解放路22号", "360199001001", LeadSource.OWN_VISIT, FocusGroup.NO_CARER,
                "独居高龄，冬季缺少御寒衣物"), 1, "PARTIAL", List.of("CHARITY_RELIEF"));
        String b = walkthrough.toServing(new LeadCommand("李德明", ResidentIdNumber.withCheckCharacter("36019919510911001")
                .value(), "13807910062", "文昌社区育才巷5号", "360199001003", LeadSource.NEIGHBOUR,
                FocusGroup.SERIOUS_ILLNESS, "大病后家庭开支大，生活用品短缺"), 2, "FULL", List.of("CHARITY_RELIEF"));
        walkthrough.toServing(new LeadCommand("王桂芝", ResidentIdNumber.withCheckCharacter("36019919370425004").value(),
                "13807910063", "北门社区和平街9号", "360199001002", LeadSource.HOTLINE, FocusGroup.NO_CARER,
                "子女在外地，逢年过节无人探望"), 2, "PARTIAL", List.of("CHARITY_RELIEF"));
        LocalDate today = referrals.today();
        tx.executeWithoutResult(s -> {
            consents.record(new ConsentCommand(a, null, GiverRelation.SELF, "孙秀兰", today,
                    "本人签字的《慈善转介同意书》已存档"), STREET);
            consents.record(new ConsentCommand(b, CHARITY, GiverRelation.FAMILY, "李娟（女儿）", today,
                    "女儿代为签字，同意书已存档"), STREET);
        });
        String batchNo = referrals.send(CHARITY, List.of(a, b), "城关街道本月慈善转介名单", STREET);
        tx.executeWithoutResult(s -> {
            List<Long> list = queries.itemIds(CHARITY_STAFF, batchNo);
            boolean any = referrals.completeResponse(batchNo, List.of(new Decision(list.get(0), true, null),
                    new Decision(list.get(1), false, "已纳入市慈善总会“大病救助”项目，本次不重复帮扶")), CHARITY_STAFF);
            tasks.complete(task(batchNo, TASK_RESPOND).getId(), Map.of(VAR_ANY_ACCEPTED, any));
        });
        tx.executeWithoutResult(s -> {
            plans.create(batchNo, new PlanCommand(null, EnumSet.of(PlanContent.VISIT, PlanContent.CLOTHING,
                    PlanContent.LOW_PRICE_GOODS), today.plusDays(1), today.plusMonths(3), new BigDecimal("1200.00"),
                    "罗晓", "13907911234", "每月走访一次；入冬前配发棉衣棉被；“小篷车”每月送一次低价生活用品上门。"),
                    CHARITY_STAFF);
            plans.submit(batchNo, "请审核", CHARITY_STAFF);
            tasks.complete(task(batchNo, TASK_WRITE_PLAN).getId());
        });
        runningBatch(today);
    }

    /** A second batch, from 东湖街道, already agreed and with a first activity: something for 转介统计 to count. */
    private void runningBatch(LocalDate today) {
        String c = walkthrough.toServing(new LeadCommand("周玉梅", ResidentIdNumber.withCheckCharacter("36019919460302002")
                .value(), "13807910064", "湖滨社区湖光路3号", "360199002001", LeadSource.OWN_VISIT, FocusGroup.NO_CARER,
                "丧偶独居，冬季取暖困难"), 1, "PARTIAL", List.of("CHARITY_RELIEF"));
        tx.executeWithoutResult(s -> consents.record(new ConsentCommand(c, CHARITY, GiverRelation.SELF, "周玉梅", today,
                "本人签字的《慈善转介同意书》已存档"), STREET2));
        String batchNo = referrals.send(CHARITY, List.of(c), "东湖街道慈善转介", STREET2);
        tx.executeWithoutResult(s -> {
            long item = queries.itemIds(CHARITY_STAFF, batchNo).get(0);
            referrals.completeResponse(batchNo, List.of(new Decision(item, true, null)), CHARITY_STAFF);
            tasks.complete(task(batchNo, TASK_RESPOND).getId(), Map.of(VAR_ANY_ACCEPTED, true));
        });
        tx.executeWithoutResult(s -> {
            plans.create(batchNo, new PlanCommand(null, EnumSet.of(PlanContent.VISIT, PlanContent.CLOTHING), today,
                    today.plusMonths(2), new BigDecimal("800.00"), "罗晓", "13907911234", "入冬走访并配发棉衣棉被。"),
                    CHARITY_STAFF);
            plans.submit(batchNo, null, CHARITY_STAFF);
            tasks.complete(task(batchNo, TASK_WRITE_PLAN).getId());
        });
        tx.executeWithoutResult(s -> {
            plans.approve(batchNo, true, null, MANAGER);
            tasks.complete(task(batchNo, TASK_REVIEW_PLAN).getId(), Map.of(VAR_PLAN_AGREED, true));
        });
        tx.executeWithoutResult(s -> {
            long item = queries.itemIds(CHARITY_STAFF, batchNo).get(0);
            referrals.recordActivity(batchNo, new ActivityCommand(item, today, PlanContent.VISIT,
                    "上门走访，了解取暖情况，约定下周送棉被", null), CHARITY_STAFF);
        });
    }

    private Task task(String batchNo, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(batchNo).taskDefinitionKey(key).singleResult();
    }
}
