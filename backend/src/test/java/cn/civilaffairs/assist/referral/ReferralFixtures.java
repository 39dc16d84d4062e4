package cn.civilaffairs.assist.referral;

import cn.civilaffairs.assist.demo.CaseWalkthrough;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.referral.ConsentService.ConsentCommand;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.support.Leads;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Recipients with 慈善救济 granted, consent, a second charity with its own staff account. */
@Component
class ReferralFixtures {
    static final String DISTRICT = "360199";
    static final String CHARITY = "C360199001";
    static final String OTHER_CHARITY = "C360199081";
    static final String STREET = "360199003";
    static final String VILLAGE = "360199003002";
    static final CurrentUser CLERK = new CurrentUser("street003", "郑丹", null, Set.of(Role.STREET_CLERK), STREET,
            "石桥镇", OrgLevel.STREET, List.of("STREET_CLERK@" + STREET));
    static final CurrentUser MANAGER = new CurrentUser("manager", "林红", null, Set.of(Role.DISTRICT_MANAGER), DISTRICT,
            "青山区", OrgLevel.DISTRICT, List.of("DISTRICT_MANAGER@" + DISTRICT));
    static final CurrentUser CHARITY_STAFF = new CurrentUser("charity1", "罗晓", null, Set.of(Role.CHARITY_STAFF),
            CHARITY, "青山区慈善总会", OrgLevel.CHARITY, List.of("CHARITY_STAFF@" + CHARITY));
    static final CurrentUser OTHER_STAFF = new CurrentUser("tc1", "测试慈善", null, Set.of(Role.CHARITY_STAFF),
            OTHER_CHARITY, "测试慈善会", OrgLevel.CHARITY, List.of("CHARITY_STAFF@" + OTHER_CHARITY));

    private final OrgService orgs;
    private final CaseWalkthrough walkthrough;
    private final ConsentService consents;
    private final TaskService tasks;
    private final IdentityService identity;
    private final TransactionTemplate tx;

    ReferralFixtures(OrgService orgs, CaseWalkthrough walkthrough, ConsentService consents, TaskService tasks,
            IdentityService identity, TransactionTemplate tx) {
        this.orgs = orgs;
        this.walkthrough = walkthrough;
        this.consents = consents;
        this.tasks = tasks;
        this.identity = identity;
        this.tx = tx;
    }

    /** A second charity of the district; its staff tc1 signs in with the demo password. */
    synchronized void otherCharity() {
        if (orgs.find(OTHER_CHARITY).isPresent()) {
            return;
        }
        tx.executeWithoutResult(s -> orgs.save(new OrgUnit(OTHER_CHARITY, "测试慈善会", OrgLevel.CHARITY, DISTRICT)));
        User user = identity.newUser("tc1");
        user.setLastName("测试慈善");
        user.setFirstName("");
        user.setPassword("Demo@2026");
        identity.saveUser(user);
        Group group = identity.newGroup("CHARITY_STAFF@" + OTHER_CHARITY);
        group.setName("测试慈善会 · CHARITY_STAFF");
        group.setType("WORKGROUP");
        identity.saveGroup(group);
        identity.createMembership("tc1", group.getId());
    }

    /** A recipient in service with 慈善救济 granted; returns the case number. */
    String serving(String villageCode, String name) {
        otherCharity();
        return walkthrough.toServing(Leads.lead(villageCode, name), 2, "PARTIAL", List.of("CHARITY_RELIEF"));
    }

    String servingWithConsent(String villageCode, String name, CurrentUser by) {
        String caseNo = serving(villageCode, name);
        consent(caseNo, null, by);
        return caseNo;
    }

    void consent(String caseNo, String charityCode, CurrentUser by) {
        tx.executeWithoutResult(s -> consents.record(new ConsentCommand(caseNo, charityCode, GiverRelation.SELF, "本人",
                LocalDate.of(2025, 1, 2), "同意书已存档"), by));
    }

    Task task(String batchNo, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(batchNo).taskDefinitionKey(key).singleResult();
    }
}
