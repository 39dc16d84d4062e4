package cn.civilaffairs.assist.demo;

import cn.civilaffairs.assist.common.SelfCare;
import cn.civilaffairs.assist.care.CareFacts;
import cn.civilaffairs.assist.care.CareGroup;
import cn.civilaffairs.assist.care.CarePolicy;
import cn.civilaffairs.assist.care.CareService;
import cn.civilaffairs.assist.care.CareService.EnrolCommand;
import cn.civilaffairs.assist.care.CareService.NewEnrolment;
import cn.civilaffairs.assist.care.CareService.VisitCommand;
import cn.civilaffairs.assist.care.Risk;
import cn.civilaffairs.assist.care.VisitMode;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.person.ResidentIdNumber;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
 * Demo people under care monitoring, after the demo organisation exists: every roster colour and
 * one lapse warning, so a cadre signing in has something to do.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class CareDemoData implements ApplicationRunner {
    private final CareService care;
    private final TaskService tasks;
    private final TransactionTemplate tx;
    private final Clock clock;

    CareDemoData(CareService care, TaskService tasks, TransactionTemplate tx, Clock clock) {
        this.care = care;
        this.tasks = tasks;
        this.tx = tx;
        this.clock = clock;
    }

    /** Visits older than the late-entry limit are loaded after the fact, as at go-live: 补录 with this reason. */
    static final String LOADED_LATE = "系统启用前的纸质走访记录补录";

    private record Demo(String name, String id17, String village, CareGroup group, CareFacts facts, int daysSinceVisit) {}

    @Override
    public void run(ApplicationArguments args) {
        if (care.anyEnrolled()) {
            return;
        }
        CurrentUser system = new CurrentUser(CareService.SYSTEM, "系统", null, Set.of(Role.ADMIN), "360199", "青山区",
                OrgLevel.DISTRICT, List.of());
        List<Demo> demo = List.of(
                new Demo("王秀珍", "36019919400315002", "360199001001", CareGroup.EMPTY_NEST_LEFT_BEHIND_ELDERLY,
                        new CareFacts(true, SelfCare.NONE, true, 0, false, false, false, false), 7),
                new Demo("李国强", "36019919520708001", "360199001001", CareGroup.SEVERE_DISABILITY_OR_ILLNESS,
                        new CareFacts(false, SelfCare.PARTIAL, false, 2, true, false, true, false), 3),
                new Demo("孙美华", "36019919460921004", "360199001001", CareGroup.SUPPORTER_FAILING,
                        new CareFacts(false, SelfCare.FULL, false, 6, false, false, true, true), 15),
                new Demo("周大山", "36019919380102003", "360199001001", CareGroup.DISPERSED_EXTREME_POVERTY,
                        new CareFacts(true, SelfCare.PARTIAL, true, 0, false, false, false, false), 0),
                new Demo("陈小雨", "36019920150611002", "360199002002", CareGroup.CHILD_IN_DIFFICULTY,
                        new CareFacts(false, SelfCare.FULL, false, 5, false, true, true, true), 4),
                new Demo("赵长林", "36019919490417005", "360199003001", CareGroup.EMPTY_NEST_LEFT_BEHIND_ELDERLY,
                        new CareFacts(true, SelfCare.PARTIAL, false, 3, false, false, false, false), 9));
        LocalDate today = CarePolicy.today(clock);
        tx.executeWithoutResult(s -> {
            for (Demo d : demo) {
                NewEnrolment e = care.enrolNew(new EnrolCommand(d.name(), ResidentIdNumber.withCheckCharacter(d.id17()).value(),
                        null, null, d.village(), d.group(), d.facts(), null), system);
                care.confirmLevel(e.enrolmentNo(), e.proposedLevel(), null, today, "vo" + d.village().substring(6));
                for (Task t : tasks.createTaskQuery().processInstanceBusinessKey(e.enrolmentNo()).list()) {
                    tasks.complete(t.getId());
                }
                // Earlier visits at 09:30 of their day; "today" at the moment of loading (never in the future).
                care.recordVisit(e.enrolmentNo(), new VisitCommand(d.daysSinceVisit() == 0 ? clock.instant()
                        : today.minusDays(d.daysSinceVisit()).atTime(9, 30).atZone(CarePolicy.ZONE).toInstant(),
                        VisitMode.HOME, "本人", "身体状况稳定，生活用品齐全。", Risk.NONE, LOADED_LATE), null, null, system);
            }
            care.sweepLapses(today);
        });
    }
}
