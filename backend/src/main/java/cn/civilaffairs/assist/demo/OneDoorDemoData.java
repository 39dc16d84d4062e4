package cn.civilaffairs.assist.demo;

import cn.civilaffairs.assist.onedoor.IntakeService;
import cn.civilaffairs.assist.onedoor.IntakeService.IntakeCommand;
import cn.civilaffairs.assist.onedoor.IntakeService.NeedCommand;
import cn.civilaffairs.assist.onedoor.IntakeService.NewPerson;
import cn.civilaffairs.assist.onedoor.NeedType;
import cn.civilaffairs.assist.onedoor.OneDoorProcesses;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.person.ResidentIdNumber;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo one door (一门受理) in 东湖街道: 吴秋菊 (渔港村, house fire: accident and housing) waits for street002's
 * 确认救助路径; 郑大勇 (湖滨社区, basic living) was confirmed by street002, so 低保特困审核确认 waits in manager's inbox.
 */
@Component
@Order(6)
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class OneDoorDemoData implements ApplicationRunner {
    static final CurrentUser OFFICER = new CurrentUser("vo002002", "杨帆", null, Set.of(Role.VILLAGE_OFFICER),
            "360199002002", "渔港村", OrgLevel.VILLAGE, List.of("VILLAGE_OFFICER@360199002002"));
    static final CurrentUser STREET2 = new CurrentUser("street002", "钱进", null, Set.of(Role.STREET_CLERK), "360199002",
            "东湖街道", OrgLevel.STREET, List.of("STREET_CLERK@360199002"));

    private final IntakeService intakes;
    private final TaskService tasks;
    private final TransactionTemplate tx;

    OneDoorDemoData(IntakeService intakes, TaskService tasks, TransactionTemplate tx) {
        this.intakes = intakes;
        this.tasks = tasks;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (intakes.anyIntake()) {
            return;
        }
        tx.executeWithoutResult(s -> load());
    }

    private void load() {
        LocalDate today = intakes.today();
        intakes.create(new IntakeCommand(null, new NewPerson(ResidentIdNumber.withCheckCharacter("36019919680514002")
                .value(), "吴秋菊", "13807910071", "渔港村码头路6号", "360199002002"), null, List.of(
                new NeedCommand(NeedType.ACCIDENT, "住房失火，家具衣物和渔具被毁，丈夫救火时烧伤住院", today.minusDays(3),
                        new BigDecimal("8000.00"), true),
                new NeedCommand(NeedType.HOUSING, "房屋主体烧损，需修缮后才能居住", null, null, false)),
                "本人到村委会求助，村委会已先安排借住邻居家"), OFFICER);
        String basic = intakes.create(new IntakeCommand(null, new NewPerson(ResidentIdNumber
                .withCheckCharacter("36019919590220001").value(), "郑大勇", "13807910072", "湖滨社区湖光路18号",
                "360199002001"), null, List.of(new NeedCommand(NeedType.BASIC_LIVING,
                "独居，腿部残疾无劳动能力，无固定收入", null, null, true)), null), STREET2);
        intakes.confirm(basic, intakes.proposedRoutes(basic), STREET2);
        tasks.complete(tasks.createTaskQuery().processDefinitionKey(OneDoorProcesses.KEY)
                .processInstanceBusinessKey(basic).singleResult().getId());
    }
}
