package cn.civilaffairs.assist.demo;

import cn.civilaffairs.assist.caseflow.CaseService.LeadCommand;
import cn.civilaffairs.assist.caseflow.FocusGroup;
import cn.civilaffairs.assist.caseflow.LeadSource;
import cn.civilaffairs.assist.meeting.MeetingService;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.person.ResidentIdNumber;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.security.WorkGroups;
import java.util.List;
import java.util.Set;
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
 * Demo joint meeting: the social-work agency 青山区阳光社工服务中心 (A360199001) with its staff account
 * {@code agency1}, and one need on the district's agenda — street002 put 吴建华's (东湖街道) need for
 * psychological support and family mediation there; manager schedules the meeting and decides.
 */
@Component
@Order(6)
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class MeetingDemoData implements ApplicationRunner {
    static final String AGENCY = "A360199001";
    static final CurrentUser STREET2 = new CurrentUser("street002", "钱进", null, Set.of(Role.STREET_CLERK), "360199002",
            "东湖街道", OrgLevel.STREET, List.of("STREET_CLERK@360199002"));

    private final OrgService orgs;
    private final IdentityService identity;
    private final CaseWalkthrough walkthrough;
    private final MeetingService meetings;
    private final TransactionTemplate tx;

    MeetingDemoData(OrgService orgs, IdentityService identity, CaseWalkthrough walkthrough, MeetingService meetings,
            TransactionTemplate tx) {
        this.orgs = orgs;
        this.identity = identity;
        this.walkthrough = walkthrough;
        this.meetings = meetings;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (orgs.find(AGENCY).isPresent()) {
            return;
        }
        tx.executeWithoutResult(s -> load());
    }

    private void load() {
        orgs.save(new OrgUnit(AGENCY, "青山区阳光社工服务中心", OrgLevel.AGENCY, "360199"));
        User user = identity.newUser("agency1");
        user.setLastName("苏晴");
        user.setFirstName("");
        user.setEmail("agency1@qingshan.example.cn");
        user.setPassword(DemoData.PASSWORD);
        identity.saveUser(user);
        String groupId = WorkGroups.of(Role.SOCIAL_WORK_AGENCY, AGENCY);
        if (identity.createGroupQuery().groupId(groupId).singleResult() == null) {
            Group group = identity.newGroup(groupId);
            group.setName("青山区阳光社工服务中心 · " + Role.SOCIAL_WORK_AGENCY.name());
            group.setType("WORKGROUP");
            identity.saveGroup(group);
        }
        identity.createMembership("agency1", groupId);

        String caseNo = walkthrough.toServing(new LeadCommand("吴建华", ResidentIdNumber.withCheckCharacter(
                "36019919620715003").value(), "13807910071", "渔港村码头路6号", "360199002002", LeadSource.OWN_VISIT,
                FocusGroup.SEVERE_DISABILITY, "重度残疾，与家人矛盾突出，情绪低落"), 2, "PARTIAL", List.of("PARTY_PAIRING"));
        meetings.list(caseNo, "需要长期心理疏导和家庭关系调解，帮助其重建社会支持网络",
                "民政部门的服务项目中没有专业心理疏导和家庭调解，需专业社工机构介入", STREET2);
    }
}
