package cn.civilaffairs.assist.demo;

import static cn.civilaffairs.assist.tempaid.TemporaryAidProcesses.*;

import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.person.ResidentIdNumber;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.tempaid.AidEventType;
import cn.civilaffairs.assist.tempaid.AssessDecision;
import cn.civilaffairs.assist.tempaid.PaymentMethod;
import cn.civilaffairs.assist.tempaid.TemporaryAidService;
import cn.civilaffairs.assist.tempaid.TemporaryAidService.ApplyCommand;
import cn.civilaffairs.assist.tempaid.TemporaryAidService.PaymentCommand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo temporary assistance in 城关街道: 陈桂英's fire (1,500 yuan) waits for street001's assessment;
 * 刘建国's sudden illness (4,000 yuan, above the 2,000-yuan township limit) waits for manager's approval;
 * 赵春兰's expense was granted and paid this month (the monthly list and her ledger show it).
 */
@Component
@Order(6)
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class TempAidDemoData implements ApplicationRunner {
    static final CurrentUser OFFICER = new CurrentUser("vo001001", "王丽", null, Set.of(Role.VILLAGE_OFFICER),
            "360199001001", "南门社区", OrgLevel.VILLAGE, List.of("VILLAGE_OFFICER@360199001001"));
    static final CurrentUser STREET = ReferralDemoData.STREET;
    static final CurrentUser MANAGER = ReferralDemoData.MANAGER;

    private final TemporaryAidService aid;
    private final TaskService tasks;
    private final TransactionTemplate tx;

    TempAidDemoData(TemporaryAidService aid, TaskService tasks, TransactionTemplate tx) {
        this.aid = aid;
        this.tasks = tasks;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (aid.anyApplication()) {
            return;
        }
        tx.executeWithoutResult(s -> load());
    }

    private void load() {
        LocalDate today = aid.today();
        aid.applyForNumber(new ApplyCommand(null, "陈桂英", ResidentIdNumber.withCheckCharacter("36019919560714002").value(),
                "13807910071", "360199001001", AidEventType.ACCIDENT, today.minusDays(1),
                "厨房失火，被褥衣物和炊具烧毁，暂时无法正常生活", new BigDecimal("1500.00")), OFFICER);

        String big = aid.applyForNumber(new ApplyCommand(null, "刘建国", ResidentIdNumber.withCheckCharacter(
                "36019919680203001").value(), "13807910072", "360199001003", AidEventType.SUDDEN_ILLNESS,
                today.minusDays(5), "突发脑梗住院，医保报销后自付部分超出家庭承受能力", new BigDecimal("5000.00")), STREET);
        aid.assess(big, AssessDecision.REFER, new BigDecimal("4000.00"), "经入户核实，建议救助4000元，报区审批", STREET);
        tasks.complete(task(big, TASK_ASSESS), Map.of(VAR_DECISION, AssessDecision.REFER.name()));

        String paid = aid.applyForNumber(new ApplyCommand(null, "赵春兰", ResidentIdNumber.withCheckCharacter(
                "36019919590918002").value(), "13807910073", "360199001002", AidEventType.NECESSARY_EXPENSE,
                today.minusDays(3), "子女意外身故，丧葬费用支出困难", new BigDecimal("2000.00")), STREET);
        aid.assess(paid, AssessDecision.GRANT, new BigDecimal("1800.00"), "先行救助", STREET);
        tasks.complete(task(paid, TASK_ASSESS), Map.of(VAR_DECISION, AssessDecision.GRANT.name()));
        aid.pay(paid, new PaymentCommand(today, new BigDecimal("1800.00"), PaymentMethod.BANK_TRANSFER, "YH-DEMO-0001"),
                STREET);
        tasks.complete(task(paid, TASK_PAY));
    }

    private String task(String applicationNo, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(applicationNo).taskDefinitionKey(key).singleResult()
                .getId();
    }
}
