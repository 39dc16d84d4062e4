package cn.civilaffairs.assist.department;

import cn.civilaffairs.assist.audit.AccessAction;
import cn.civilaffairs.assist.audit.AccessLog;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.common.Page;
import cn.civilaffairs.assist.department.internal.Referral;
import cn.civilaffairs.assist.department.internal.Referrals;
import cn.civilaffairs.assist.department.internal.Step;
import cn.civilaffairs.assist.department.internal.Steps;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.person.Person;
import cn.civilaffairs.assist.person.PersonService;
import cn.civilaffairs.assist.security.ActorNames;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of department referrals, with the one scope rule: department staff see the referrals sent to their
 * own department; civil-affairs staff (village, street, district, admin) those of people in their subtree.
 * Anything else answers 404.
 */
@Service
public class DepartmentQueries {
    private final Referrals referrals;
    private final Steps steps;
    private final OrgService orgs;
    private final PersonService people;
    private final ActorNames actorNames;
    private final AccessLog accessLog;

    DepartmentQueries(Referrals referrals, Steps steps, OrgService orgs, PersonService people, ActorNames actorNames,
            AccessLog accessLog) {
        this.referrals = referrals;
        this.steps = steps;
        this.orgs = orgs;
        this.people = people;
        this.actorNames = actorNames;
        this.accessLog = accessLog;
    }

    static boolean isDepartment(CurrentUser user) {
        return user.hasRole(Role.DEPARTMENT_STAFF);
    }

    static boolean visible(CurrentUser user, Referral r) {
        if (isDepartment(user)) {
            return r.getDepartmentCode().equals(user.orgCode());
        }
        return user.hasAnyRole(Role.VILLAGE_OFFICER, Role.STREET_CLERK, Role.DISTRICT_MANAGER, Role.ADMIN)
                && OrgService.covers(user.orgCode(), r.getVillageCode());
    }

    Referral visibleReferral(CurrentUser user, String referralNo) {
        return referrals.findByReferralNo(referralNo).filter(r -> visible(user, r))
                .orElseThrow(() -> new NotFoundException("部门转办不存在或不在您的管辖范围内。"));
    }

    Referral visibleReferral(CurrentUser user, long referralId) {
        return referrals.findById(referralId).filter(r -> visible(user, r))
                .orElseThrow(() -> new NotFoundException("部门转办不存在或不在您的管辖范围内。"));
    }

    /** The list in the caller's scope; {@code status} null = all. Newest first. */
    @Transactional(readOnly = true)
    public Page<DepartmentReferralRow> list(CurrentUser user, DepartmentReferralStatus status, int page, int size) {
        Set<DepartmentReferralStatus> statuses = status == null ? EnumSet.allOf(DepartmentReferralStatus.class)
                : EnumSet.of(status);
        PageRequest request = PageRequest.of(page, size);
        org.springframework.data.domain.Page<Referral> found = isDepartment(user)
                ? referrals.findByDepartmentCodeAndStatusInOrderByIdDesc(user.orgCode(), statuses, request)
                : referrals.findByVillageCodeStartingWithAndStatusInOrderByIdDesc(user.orgCode(), statuses, request);
        Map<Long, Person> persons = people.getAll(found.getContent().stream().map(Referral::getPersonId).toList());
        List<DepartmentReferralRow> rows = new ArrayList<>();
        for (Referral r : found.getContent()) {
            Person p = persons.get(r.getPersonId());
            rows.add(new DepartmentReferralRow(r.getReferralNo(), p == null ? "" : p.getName(), r.getVillageCode(),
                    name(r.getVillageCode()), name(r.getDepartmentCode()), r.getKind(), r.getSource(), r.getMatter(),
                    r.getStatus(), r.getRequestedAt(), r.getDueOn(), r.isOverdue(), r.getClosedAt()));
        }
        return new Page<>(rows, found.getTotalElements(), page, size);
    }

    /** One referral with its steps (the read is logged: it names a person and the matter). */
    @Transactional(readOnly = true)
    public DepartmentReferralView view(CurrentUser user, String referralNo) {
        Referral r = visibleReferral(user, referralNo);
        accessLog.record(user, AccessAction.DEPARTMENT_REFERRAL, r.getReferralNo(), r.getPersonId());
        return view(r);
    }

    DepartmentReferralView view(Referral r) {
        List<Step> history = steps.findByReferralIdOrderByOccurredAtAscIdAsc(r.getId());
        List<String> actors = new ArrayList<>(history.stream().map(Step::getActor).toList());
        actors.add(r.getRequestedBy());
        Function<String, String> names = actorNames.of(actors);
        return new DepartmentReferralView(r.getReferralNo(), people.get(r.getPersonId()).getName(), r.getVillageCode(),
                name(r.getVillageCode()), r.getDepartmentCode(), name(r.getDepartmentCode()), r.getKind(), r.getSource(),
                r.getMatter(), r.getStatus(), names.apply(r.getRequestedBy()), r.getRequestedAt(), r.getAcceptedAt(),
                r.getDueOn(), r.isOverdue(), r.getClosedAt(), r.getSummary(),
                history.stream().map(s -> new DepartmentReferralView.StepView(s.getOccurredAt(), s.getStep(),
                        names.apply(s.getActor()), s.getDetail())).toList());
    }

    private String name(String code) {
        return orgs.find(code).map(OrgUnit::getName).orElse(code);
    }
}
