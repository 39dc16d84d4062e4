package cn.civilaffairs.assist.serviceorder;

import cn.civilaffairs.assist.demo.CaseWalkthrough;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.serviceorder.ContractService.ContractCommand;
import cn.civilaffairs.assist.serviceorder.internal.ContractRepository;
import cn.civilaffairs.assist.serviceorder.internal.ProviderStaff;
import cn.civilaffairs.assist.serviceorder.internal.ProviderStaffRepository;
import cn.civilaffairs.assist.support.Leads;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Test providers with contracts in 石桥镇 (no demo provider serves it) and recipients in service there. */
@Component
class ServiceFixtures {
    static final String STREET = "360199003";
    static final String VILLAGE = "360199003003";
    static final String PROVIDER_A = "P360199081";
    static final String PROVIDER_B = "P360199082";
    static final CurrentUser STAFF_A = provider("ta1", "测试甲", PROVIDER_A);
    static final CurrentUser STAFF_A2 = provider("ta2", "测试甲二", PROVIDER_A);
    static final CurrentUser STAFF_B = provider("tb1", "测试乙", PROVIDER_B);
    static final CurrentUser CLERK = new CurrentUser("street003", "郑丹", null, Set.of(Role.STREET_CLERK), STREET,
            "石桥镇", OrgLevel.STREET, List.of("STREET_CLERK@" + STREET));
    static final CurrentUser OFFICER = new CurrentUser("vo003003", "村官", null, Set.of(Role.VILLAGE_OFFICER), VILLAGE,
            "村", OrgLevel.VILLAGE, List.of("VILLAGE_OFFICER@" + VILLAGE));

    static CurrentUser provider(String username, String name, String code) {
        return new CurrentUser(username, name, null, Set.of(Role.PROVIDER_STAFF), code, name + "服务社",
                OrgLevel.PROVIDER, List.of("PROVIDER_STAFF@" + code));
    }

    private final OrgService orgs;
    private final ContractService contracts;
    private final ContractRepository contractRepository;
    private final ProviderStaffRepository staff;
    private final CaseWalkthrough walkthrough;
    private final TaskService tasks;
    private final TransactionTemplate tx;
    private final IdentityService identity;

    ServiceFixtures(OrgService orgs, ContractService contracts, ContractRepository contractRepository,
            ProviderStaffRepository staff, CaseWalkthrough walkthrough, TaskService tasks, TransactionTemplate tx,
            IdentityService identity) {
        this.identity = identity;
        this.orgs = orgs;
        this.contracts = contracts;
        this.contractRepository = contractRepository;
        this.staff = staff;
        this.walkthrough = walkthrough;
        this.tasks = tasks;
        this.tx = tx;
    }

    /** A cheaper provider A and a dearer provider B, both for CLEANING and HOME_CARE in 石桥镇; nobody for SHOPPING. */
    synchronized void providers() {
        if (orgs.find(PROVIDER_A).isPresent()) {
            return;
        }
        tx.executeWithoutResult(s -> {
            orgs.save(new OrgUnit(PROVIDER_A, "测试甲服务社", OrgLevel.PROVIDER, "360199"));
            orgs.save(new OrgUnit(PROVIDER_B, "测试乙服务社", OrgLevel.PROVIDER, "360199"));
            contracts.create(new ContractCommand(PROVIDER_A, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                    List.of(STREET), Map.of("CLEANING", new BigDecimal("35.00"), "HOME_CARE", new BigDecimal("30.00"))),
                    "manager");
            contracts.create(new ContractCommand(PROVIDER_B, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                    List.of(STREET), Map.of("CLEANING", new BigDecimal("38.00"), "HOME_CARE", new BigDecimal("32.00"))),
                    "manager");
            staff.save(new ProviderStaff("ta1", PROVIDER_A, "测试甲"));
            staff.save(new ProviderStaff("ta2", PROVIDER_A, "测试甲二"));
            staff.save(new ProviderStaff("tb1", PROVIDER_B, "测试乙"));
        });
        // ta1 can sign in like any provider staff (password Demo@2026).
        User user = identity.newUser("ta1");
        user.setLastName("测试甲");
        user.setFirstName("");
        user.setPassword("Demo@2026");
        identity.saveUser(user);
        Group group = identity.newGroup("PROVIDER_STAFF@" + PROVIDER_A);
        group.setName("测试甲服务社 · PROVIDER_STAFF");
        group.setType("WORKGROUP");
        identity.saveGroup(group);
        identity.createMembership("ta1", group.getId());
    }

    /** A recipient in service with the given items; returns the case number. */
    String serving(String name, int category, String selfCare, String... items) {
        providers();
        return walkthrough.toServing(Leads.lead(VILLAGE, name), category, selfCare, List.of(items));
    }

    Task taskOf(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }
}
