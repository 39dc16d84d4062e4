package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.caseflow.internal.NeedsAssessment;
import cn.civilaffairs.assist.caseflow.internal.NeedsAssessmentRepository;
import cn.civilaffairs.assist.caseflow.internal.ServiceCard;
import cn.civilaffairs.assist.caseflow.internal.ServiceCardRepository;
import cn.civilaffairs.assist.caseflow.internal.ServiceCase;
import cn.civilaffairs.assist.caseflow.internal.ServiceCaseRepository;
import cn.civilaffairs.assist.caseflow.internal.ServiceGrant;
import cn.civilaffairs.assist.caseflow.internal.ServiceGrantRepository;
import cn.civilaffairs.assist.common.SelfCare;
import cn.civilaffairs.assist.catalogue.CatalogueService;
import cn.civilaffairs.assist.catalogue.ServiceItem;
import cn.civilaffairs.assist.catalogue.ServiceWay;
import cn.civilaffairs.assist.person.Person;
import cn.civilaffairs.assist.person.PersonService;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may know of a case's recipient, grants and service card: small records,
 * never entities. Purchased services and referrals read through here.
 */
@Service
@Transactional(readOnly = true)
public class Recipients {
    private final ServiceCaseRepository cases;
    private final ServiceGrantRepository grants;
    private final ServiceCardRepository cards;
    private final NeedsAssessmentRepository assessments;
    private final PersonService persons;
    private final CatalogueService catalogue;

    Recipients(ServiceCaseRepository cases, ServiceGrantRepository grants, ServiceCardRepository cards,
            NeedsAssessmentRepository assessments, PersonService persons, CatalogueService catalogue) {
        this.catalogue = catalogue;
        this.cases = cases;
        this.grants = grants;
        this.cards = cards;
        this.assessments = assessments;
        this.persons = persons;
    }

    public record GrantInfo(long grantId, long caseId, String caseNo, String villageCode, String itemCode,
            boolean stopped) {}

    public record CardInfo(long caseId, String caseNo, String cardNo, LocalDate validFrom, LocalDate validTo,
            boolean revoked) {
        public boolean validOn(LocalDate day) {
            return !revoked && !day.isBefore(validFrom) && !day.isAfter(validTo);
        }
    }

    /** selfCare is FULL / PARTIAL / NONE, or null before assessment; recipientCategory 1 = 特困, 2 = 低保. */
    public record Recipient(long caseId, String caseNo, String name, String villageCode, String address,
            String phone, LocalDate birthDate, Integer recipientCategory, String selfCare) {}

    public GrantInfo grant(long grantId) {
        ServiceGrant g = grants.findById(grantId).orElseThrow();
        ServiceCase c = cases.findById(g.getCaseId()).orElseThrow();
        return new GrantInfo(g.getId(), c.getId(), c.getCaseNo(), c.getVillageCode(), g.getItemCode(),
                g.getStatus() == GrantStatus.STOPPED);
    }

    /**
     * Running grants of one service way on cases whose village lies under {@code orgCode}, by village and
     * case number: e.g. who may be referred to a charity (way CHARITY).
     */
    public List<GrantInfo> activeGrants(ServiceWay way, String orgCode) {
        List<String> codes = catalogue.activeItems().stream().filter(i -> i.getWay() == way)
                .map(ServiceItem::getCode).toList();
        if (codes.isEmpty()) {
            return List.of();
        }
        List<ServiceGrant> found = grants.findInScope(GrantStatus.ACTIVE, codes, orgCode + "%");
        Map<Long, ServiceCase> byId = new HashMap<>();
        cases.findAllById(found.stream().map(ServiceGrant::getCaseId).distinct().toList())
                .forEach(c -> byId.put(c.getId(), c));
        return found.stream().map(g -> {
            ServiceCase c = byId.get(g.getCaseId());
            return new GrantInfo(g.getId(), c.getId(), c.getCaseNo(), c.getVillageCode(), g.getItemCode(), false);
        }).toList();
    }

    /** The case's newest card, valid or revoked. */
    public Optional<CardInfo> currentCard(long caseId) {
        return cards.findFirstByCaseIdOrderByIdDesc(caseId).map(this::info);
    }

    public Optional<CardInfo> card(String cardNo) {
        return cards.findByCardNo(cardNo).map(this::info);
    }

    public Optional<Long> caseIdOf(String caseNo) {
        return cases.findByCaseNo(caseNo).map(ServiceCase::getId);
    }

    public Map<Long, Recipient> recipients(Collection<Long> caseIds) {
        Map<Long, Recipient> out = new HashMap<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        var found = cases.findAllById(caseIds);
        Map<Long, Person> people = persons.getAll(found.stream().map(ServiceCase::getPersonId)
                .filter(java.util.Objects::nonNull).toList());
        Map<Long, NeedsAssessment> needs = new HashMap<>();
        assessments.findAllById(caseIds).forEach(a -> needs.put(a.getCaseId(), a));
        for (ServiceCase c : found) {
            Person p = c.getPersonId() == null ? null : people.get(c.getPersonId());
            NeedsAssessment a = needs.get(c.getId());
            out.put(c.getId(), new Recipient(c.getId(), c.getCaseNo(), c.getSubjectName(), c.getVillageCode(),
                    p == null ? null : p.getAddress(), p == null ? null : p.getPhone(),
                    p == null ? null : p.getBirthDate(), c.getRecipientCategory(),
                    a == null ? null : a.getSelfCare().name()));
        }
        return out;
    }

    private CardInfo info(ServiceCard c) {
        ServiceCase sc = cases.findById(c.getCaseId()).orElseThrow();
        return new CardInfo(c.getCaseId(), sc.getCaseNo(), c.getCardNo(), c.getValidFrom(), c.getValidTo(),
                !"VALID".equals(c.getStatus()));
    }

    /** The person ids behind cases, for the access log (case id → person id; cases without one left out). */
    public Map<Long, Long> personIds(Collection<Long> caseIds) {
        Map<Long, Long> result = new HashMap<>();
        cases.findAllById(caseIds).forEach(c -> {
            if (c.getPersonId() != null) {
                result.put(c.getId(), c.getPersonId());
            }
        });
        return result;
    }
}
