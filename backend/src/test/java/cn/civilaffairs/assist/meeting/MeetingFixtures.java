package cn.civilaffairs.assist.meeting;

import cn.civilaffairs.assist.demo.CaseWalkthrough;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.support.Leads;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Recipients in 石桥镇's 高岭村 (own village, so other tests' rows do not collide), a second agency with staff. */
@Component
class MeetingFixtures {
    static final String DISTRICT = "360199";
    static final String AGENCY = "A360199001";
    static final String OTHER_AGENCY = "A360199081";
    static final String STREET = "360199003";
    static final String VILLAGE = "360199003004";
    static final CurrentUser CLERK = new CurrentUser("street003", "郑丹", null, Set.of(Role.STREET_CLERK), STREET,
            "石桥镇", OrgLevel.STREET, List.of("STREET_CLERK@" + STREET));
    static final CurrentUser OTHER_CLERK = new CurrentUser("street001", "赵文", null, Set.of(Role.STREET_CLERK),
            "360199001", "城关街道", OrgLevel.STREET, List.of("STREET_CLERK@360199001"));
    static final CurrentUser MANAGER = new CurrentUser("manager", "林红", null, Set.of(Role.DISTRICT_MANAGER), DISTRICT,
            "青山区", OrgLevel.DISTRICT, List.of("DISTRICT_MANAGER@" + DISTRICT));
    static final CurrentUser AGENCY_STAFF = new CurrentUser("agency1", "苏晴", null, Set.of(Role.SOCIAL_WORK_AGENCY),
            AGENCY, "青山区阳光社工服务中心", OrgLevel.AGENCY, List.of("SOCIAL_WORK_AGENCY@" + AGENCY));
    static final CurrentUser OTHER_AGENCY_STAFF = new CurrentUser("tsw1", "测试社工", null,
            Set.of(Role.SOCIAL_WORK_AGENCY), OTHER_AGENCY, "测试社工站", OrgLevel.AGENCY,
            List.of("SOCIAL_WORK_AGENCY@" + OTHER_AGENCY));

    private final OrgService orgs;
    private final CaseWalkthrough walkthrough;
    private final TaskService tasks;
    private final IdentityService identity;
    private final TransactionTemplate tx;

    MeetingFixtures(OrgService orgs, CaseWalkthrough walkthrough, TaskService tasks, IdentityService identity,
            TransactionTemplate tx) {
        this.orgs = orgs;
        this.walkthrough = walkthrough;
        this.tasks = tasks;
        this.identity = identity;
        this.tx = tx;
    }

    /** A second agency of the district; its staff tsw1 signs in with the demo password. */
    synchronized void otherAgency() {
        if (orgs.find(OTHER_AGENCY).isPresent()) {
            return;
        }
        tx.executeWithoutResult(s -> orgs.save(new OrgUnit(OTHER_AGENCY, "测试社工站", OrgLevel.AGENCY, DISTRICT)));
        User user = identity.newUser("tsw1");
        user.setLastName("测试社工");
        user.setFirstName("");
        user.setPassword("Demo@2026");
        identity.saveUser(user);
        Group group = identity.newGroup("SOCIAL_WORK_AGENCY@" + OTHER_AGENCY);
        group.setName("测试社工站 · SOCIAL_WORK_AGENCY");
        group.setType("WORKGROUP");
        identity.saveGroup(group);
        identity.createMembership("tsw1", group.getId());
    }

    /** A recipient in service (党员结对帮扶 granted) in 高岭村; returns the case number. */
    String serving(String name) {
        otherAgency();
        return walkthrough.toServing(Leads.lead(VILLAGE, name), 2, "PARTIAL", List.of("PARTY_PAIRING"));
    }

    Task task(String itemNo, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(itemNo).taskDefinitionKey(key).singleResult();
    }
}
