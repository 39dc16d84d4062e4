package cn.civilaffairs.assist.demo;

import cn.civilaffairs.assist.caseflow.CaseService;
import cn.civilaffairs.assist.caseflow.CaseService.LeadCommand;
import cn.civilaffairs.assist.caseflow.FocusGroup;
import cn.civilaffairs.assist.caseflow.LeadSource;
import cn.civilaffairs.assist.person.ResidentIdNumber;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.security.WorkGroups;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo county on the first start of an empty database: one district, three streets,
 * twelve villages, a provider and a charity, one account per role and a few open leads.
 * The accounts are listed in README.md.
 */
@Component
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
@org.springframework.core.annotation.Order(1)
class DemoData implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String PASSWORD = "Demo@2026";
    static final String DISTRICT = "360199";

    private final OrgService orgService;
    private final IdentityService identityService;
    private final CaseService caseService;
    private final TransactionTemplate tx;

    DemoData(OrgService orgService, IdentityService identityService, CaseService caseService, TransactionTemplate tx) {
        this.orgService = orgService;
        this.identityService = identityService;
        this.caseService = caseService;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (orgService.count() > 0) {
            return;
        }
        tx.executeWithoutResult(status -> load());
        log.info("Demo data loaded: district {}, demo password {}", DISTRICT, PASSWORD);
    }

    private void load() {
        orgService.save(new OrgUnit(DISTRICT, "青山区", OrgLevel.DISTRICT, null));
        String[][] streets = {
            {"360199001", "城关街道", "南门社区", "北门社区", "文昌社区", "花园社区"},
            {"360199002", "东湖街道", "湖滨社区", "渔港村", "柳岸村", "东湖村"},
            {"360199003", "石桥镇", "石桥村", "青龙村", "白沙村", "高岭村"},
        };
        String[] officerNames = {"王丽", "李强", "张敏", "刘洋", "陈静", "杨帆", "黄磊", "周婷", "吴刚", "徐芳", "孙浩", "马琳"};
        String[] clerkNames = {"赵文", "钱进", "郑丹"};
        int v = 0;
        for (int s = 0; s < streets.length; s++) {
            String streetCode = streets[s][0];
            orgService.save(new OrgUnit(streetCode, streets[s][1], OrgLevel.STREET, DISTRICT));
            user("street" + streetCode.substring(6), clerkNames[s], Role.STREET_CLERK, streetCode);
            for (int i = 2; i < streets[s].length; i++) {
                String villageCode = streetCode + "%03d".formatted(i - 1);
                orgService.save(new OrgUnit(villageCode, streets[s][i], OrgLevel.VILLAGE, streetCode));
                user("vo" + villageCode.substring(6), officerNames[v++], Role.VILLAGE_OFFICER, villageCode);
            }
        }
        orgService.save(new OrgUnit("P360199001", "青山区颐康居家养老服务中心", OrgLevel.PROVIDER, DISTRICT));
        orgService.save(new OrgUnit("P360199002", "东湖邻里助老服务社", OrgLevel.PROVIDER, DISTRICT));
        orgService.save(new OrgUnit("C360199001", "青山区慈善总会", OrgLevel.CHARITY, DISTRICT));

        user("manager", "林红", Role.DISTRICT_MANAGER, DISTRICT);
        user("admin", "系统管理员", Role.ADMIN, DISTRICT);
        identityService.createMembership("admin", camundaAdminGroup().getId());
        user("provider1", "何师傅", Role.PROVIDER_STAFF, "P360199001");
        user("provider2", "程阿姨", Role.PROVIDER_STAFF, "P360199002");
        user("charity1", "罗晓", Role.CHARITY_STAFF, "C360199001");
        // Care cadres (DOMAIN §5): a township cadre per street for level 3, a village cadre per village for levels 2 and 1.
        user("cadre1", "邓志", Role.CARE_CADRE, "360199001");
        user("cadre2", "韩梅", Role.CARE_CADRE, "360199002");
        user("cadre3", "冯军", Role.CARE_CADRE, "360199003");
        String[] villageCadres = {"高燕", "林峰", "谢婷", "宋涛", "唐丽", "许亮", "何静", "邓勇", "曹敏", "彭飞", "曾琳", "肖强"};
        int vc = 0;
        for (String[] street : streets) {
            for (int i = 2; i < street.length; i++) {
                String villageCode = street[0] + "%03d".formatted(i - 1);
                user("vc" + villageCode.substring(6), villageCadres[vc++], Role.CARE_CADRE, villageCode);
            }
        }

        List<LeadCommand> leads = List.of(
                new LeadCommand("张桂兰", ResidentIdNumber.withCheckCharacter("36019919430512002").value(),
                        "13907910001", "南门社区幸福巷12号", "360199001001", LeadSource.OWN_VISIT,
                        FocusGroup.NO_CARER, "独居老人，患慢性病，行动不便，无人照料。"),
                new LeadCommand("刘福生", ResidentIdNumber.withCheckCharacter("36019919580823001").value(),
                        "13907910002", "南门社区向阳路8号", "360199001001", LeadSource.NEIGHBOUR,
                        FocusGroup.SEVERE_DISABILITY, "重度残疾，子女外出务工，日常照料困难。"),
                new LeadCommand("陈秀英", ResidentIdNumber.withCheckCharacter("36019919391103004").value(),
                        "13907910003", "北门社区建设街3号", "360199001002", LeadSource.HOTLINE,
                        FocusGroup.DISABLED_OR_DEMENTED, "失能老人，配偶年迈，照护能力不足。"),
                new LeadCommand("赵建国", ResidentIdNumber.withCheckCharacter("36019919650217003").value(),
                        "13907910004", "湖滨社区滨江路21号", "360199002001", LeadSource.DATA_MATCH,
                        FocusGroup.SERIOUS_ILLNESS, "大病住院后出院，家中无人照看。"));
        for (LeadCommand lead : leads) {
            caseService.openLead(lead, "system");
        }
    }

    private void user(String username, String name, Role role, String orgCode) {
        User user = identityService.newUser(username);
        // Chinese names: family name first, kept whole in lastName.
        user.setLastName(name);
        user.setFirstName("");
        user.setEmail(username + "@qingshan.example.cn");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        String groupId = WorkGroups.of(role, orgCode);
        if (identityService.createGroupQuery().groupId(groupId).singleResult() == null) {
            Group group = identityService.newGroup(groupId);
            group.setName(orgService.get(orgCode).getName() + " · " + role.name());
            group.setType("WORKGROUP");
            identityService.saveGroup(group);
        }
        identityService.createMembership(username, groupId);
    }

    private Group camundaAdminGroup() {
        Group existing = identityService.createGroupQuery().groupId(WorkGroups.CAMUNDA_ADMIN).singleResult();
        if (existing != null) {
            return existing;
        }
        Group group = identityService.newGroup(WorkGroups.CAMUNDA_ADMIN);
        group.setName("Camunda 管理员");
        group.setType("SYSTEM");
        identityService.saveGroup(group);
        return group;
    }
}
