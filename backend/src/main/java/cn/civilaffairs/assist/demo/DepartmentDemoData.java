package cn.civilaffairs.assist.demo;

import cn.civilaffairs.assist.care.CareService;
import cn.civilaffairs.assist.care.Department;
import cn.civilaffairs.assist.department.DepartmentKind;
import cn.civilaffairs.assist.person.PersonService;
import cn.civilaffairs.assist.person.ResidentIdNumber;
import cn.civilaffairs.assist.department.DepartmentService;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.security.WorkGroups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo departments: one of each kind serving 青山区 (360199), codes D36019901…D36019911, each with one
 * account (DEPARTMENT_STAFF@<code>, password Demo@2026): dept-med 医疗保障 … dept-veterans 退役军人服务站.
 * The township kinds (学校 … 退役军人服务站) serve the whole district here; a street may get its own later.
 * One demo care problem (李国强, 南门社区) goes to 青山区中心卫生院: 部门受理 waits in dept-health's inbox.
 */
@Component
@Order(6)
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class DepartmentDemoData implements ApplicationRunner {
    static final String FIRST = "D36019901";

    /** kind, username, unit name, staff name */
    private static final Object[][] UNITS = {
        {DepartmentKind.MEDICAL_INSURANCE, "dept-med", "青山区医疗保障局", "蒋涛"},
        {DepartmentKind.HOUSING, "dept-house", "青山区住房和城乡建设局", "沈红"},
        {DepartmentKind.EDUCATION, "dept-edu", "青山区教育体育局", "韦东"},
        {DepartmentKind.HUMAN_RESOURCES, "dept-hr", "青山区人力资源和社会保障局", "秦雪"},
        {DepartmentKind.EMERGENCY_MANAGEMENT, "dept-emg", "青山区应急管理局", "尤刚"},
        {DepartmentKind.SCHOOL, "dept-school", "青山区第一中心小学", "许佳"},
        {DepartmentKind.JUDICIAL_OFFICE, "dept-judicial", "青山区司法所", "吕明"},
        {DepartmentKind.WOMENS_FEDERATION, "dept-women", "青山区妇女联合会", "施燕"},
        {DepartmentKind.HEALTH_CENTRE, "dept-health", "青山区中心卫生院", "张华"},
        {DepartmentKind.DISABLED_FEDERATION, "dept-disabled", "青山区残疾人联合会", "孔亮"},
        {DepartmentKind.VETERANS_STATION, "dept-veterans", "青山区退役军人服务站", "曹军"},
    };

    private final DepartmentService departments;
    private final OrgService orgs;
    private final IdentityService identity;
    private final TransactionTemplate tx;
    private final PersonService people;
    private final CareService care;

    DepartmentDemoData(DepartmentService departments, OrgService orgs, IdentityService identity, TransactionTemplate tx,
            PersonService people, CareService care) {
        this.people = people;
        this.care = care;
        this.departments = departments;
        this.orgs = orgs;
        this.identity = identity;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (orgs.find(DemoData.DISTRICT).isEmpty() || orgs.find(FIRST).isPresent()) {
            return;
        }
        tx.executeWithoutResult(s -> load());
    }

    private void load() {
        for (int i = 0; i < UNITS.length; i++) {
            String code = "D" + DemoData.DISTRICT + "%02d".formatted(i + 1);
            departments.register(code, (String) UNITS[i][2], (DepartmentKind) UNITS[i][0], DemoData.DISTRICT);
            user((String) UNITS[i][1], (String) UNITS[i][3], code, (String) UNITS[i][2]);
        }
        // A problem found on a visit to 李国强 (南门社区): 部门受理 waits in dept-health's inbox; street001 follows it.
        people.findByIdNumber(ResidentIdNumber.withCheckCharacter("36019919520708001").value())
                .flatMap(p -> care.activeEnrolmentNo(p.getId()))
                .ifPresent(no -> care.referProblem(no, Department.HEALTH_CENTRE,
                        "走访发现老人血压偏高、常忘记服药，需卫生院上门体检并签约家庭医生。", null, ReferralDemoData.STREET));
    }

    private void user(String username, String name, String orgCode, String orgName) {
        User user = identity.newUser(username);
        user.setLastName(name);
        user.setFirstName("");
        user.setEmail(username + "@qingshan.example.cn");
        user.setPassword(DemoData.PASSWORD);
        identity.saveUser(user);
        String groupId = WorkGroups.of(Role.DEPARTMENT_STAFF, orgCode);
        if (identity.createGroupQuery().groupId(groupId).singleResult() == null) {
            Group group = identity.newGroup(groupId);
            group.setName(orgName + " · " + Role.DEPARTMENT_STAFF.name());
            group.setType("WORKGROUP");
            identity.saveGroup(group);
        }
        identity.createMembership(username, groupId);
    }
}
