package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.caseflow.internal.CaseDocument;
import cn.civilaffairs.assist.caseflow.internal.CaseDocumentRepository;
import cn.civilaffairs.assist.caseflow.internal.CaseEvent;
import cn.civilaffairs.assist.caseflow.internal.CaseEventRepository;
import cn.civilaffairs.assist.caseflow.internal.NeedsAssessment;
import cn.civilaffairs.assist.caseflow.internal.NeedsAssessmentRepository;
import cn.civilaffairs.assist.caseflow.internal.ServiceCard;
import cn.civilaffairs.assist.caseflow.internal.ServiceCardRepository;
import cn.civilaffairs.assist.caseflow.internal.ServiceCase;
import cn.civilaffairs.assist.caseflow.internal.ServiceCaseRepository;
import cn.civilaffairs.assist.caseflow.internal.ServiceGrant;
import cn.civilaffairs.assist.caseflow.internal.ServiceGrantRepository;
import cn.civilaffairs.assist.common.SelfCare;
import static cn.civilaffairs.assist.caseflow.ServiceAssistanceProcess.*;

import cn.civilaffairs.assist.catalogue.CatalogueService;
import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.FieldValidationException.FieldError;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.common.Sequences;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.person.Person;
import cn.civilaffairs.assist.person.PersonService;
import cn.civilaffairs.assist.person.ResidentIdNumber;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service-assistance case. Opening one starts its process (business key = case number) in
 * the same transaction; each step's domain change is made here, called by the step's API or delegate.
 */
@Service("assistanceCaseService") // "caseService" is the engine's CMMN service
public class CaseService {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ServiceCaseRepository cases;
    private final NeedsAssessmentRepository assessments;
    private final ServiceGrantRepository grants;
    private final ServiceCardRepository cards;
    private final CaseDocumentRepository documents;
    private final CaseEventRepository events;
    private final Sequences sequences;
    private final OrgService orgService;
    private final PersonService personService;
    private final CatalogueService catalogue;
    private final RuntimeService runtimeService;
    private final Clock clock;
    private final String noticePeriod;
    private final String reviewCycle;

    CaseService(ServiceCaseRepository cases, NeedsAssessmentRepository assessments, ServiceGrantRepository grants,
            ServiceCardRepository cards, CaseDocumentRepository documents, CaseEventRepository events,
            Sequences sequences, OrgService orgService, PersonService personService, CatalogueService catalogue,
            RuntimeService runtimeService, Clock clock,
            @Value("${app.case.notice-period:P7D}") String noticePeriod,
            @Value("${app.case.review-cycle:P3M}") String reviewCycle) {
        this.cases = cases;
        this.assessments = assessments;
        this.grants = grants;
        this.cards = cards;
        this.documents = documents;
        this.events = events;
        this.sequences = sequences;
        this.orgService = orgService;
        this.personService = personService;
        this.catalogue = catalogue;
        this.runtimeService = runtimeService;
        this.clock = clock;
        this.noticePeriod = noticePeriod;
        this.reviewCycle = reviewCycle;
    }

    public record LeadCommand(String name, String idNumber, String phone, String address, String villageCode,
            LeadSource source, FocusGroup focusGroup, String situation) {}

    /** Step 1, discover: records a lead for a person and starts the case process; returns the case number. */
    @Transactional
    public String openLead(LeadCommand lead, String actor) {
        OrgUnit village = orgService.get(lead.villageCode());
        if (village.getLevel() != OrgLevel.VILLAGE) {
            throw new FieldValidationException("线索必须登记到村（社区）。",
                    List.of(new FieldError("villageCode", "请选择村（社区）。")));
        }
        ResidentIdNumber id = new ResidentIdNumber(lead.idNumber());
        Person person = personService.register(id, lead.name(), lead.phone(), lead.address(), lead.villageCode());
        cases.findByOpenPersonId(person.getId()).ifPresent(open -> {
            throw new ConflictException("该人员已有办理中的案件：" + open.getCaseNo() + "，不能重复登记。");
        });
        Instant now = clock.instant();
        String caseNo = "SA-%d-%06d".formatted(now.atZone(SHANGHAI).getYear(),
                sequences.next("case-no:" + now.atZone(SHANGHAI).getYear()));
        ServiceCase c;
        try {
            c = cases.saveAndFlush(new ServiceCase(caseNo, lead.villageCode(), person.getId(), lead.name(),
                    lead.situation(), lead.source(), lead.focusGroup(), actor, now));
        } catch (DataIntegrityViolationException concurrentLead) {
            throw new ConflictException("该人员已有办理中的案件，不能重复登记。");
        }
        event(c, actor, CaseEventType.LEAD_RECORDED, "登记线索：" + lead.situation());
        String street = village.getParentCode();
        String district = orgService.get(street).getParentCode();
        runtimeService.createProcessInstanceByKey(KEY)
                .businessKey(caseNo)
                .setVariable(VAR_VILLAGE_CODE, lead.villageCode())
                .setVariable(VAR_STREET_CODE, street)
                .setVariable(VAR_DISTRICT_CODE, district)
                .setVariable(VAR_NOTICE_PERIOD, noticePeriod)
                .setVariable(VAR_REVIEW_CYCLE, reviewCycle)
                .execute();
        return caseNo;
    }

    /**
     * One door's service route: opens a case for a person already on file (lead source 本人申请), or answers the
     * open case the person already has. Returns the case number and whether it is new.
     */
    @Transactional
    public OpenedCase openForPerson(long personId, String situation, String actor) {
        Person p = personService.get(personId);
        var open = cases.findByOpenPersonId(personId);
        if (open.isPresent()) {
            return new OpenedCase(open.get().getCaseNo(), false);
        }
        String caseNo = openLead(new LeadCommand(p.getName(), p.getIdNumber().value(), p.getPhone(), p.getAddress(),
                p.getVillageCode(), LeadSource.SELF_APPLICATION, null, situation), actor);
        return new OpenedCase(caseNo, true);
    }

    public record OpenedCase(String caseNo, boolean created) {}

    /** A person's cases, newest first, for the person page (the caller has checked the scope). */
    @Transactional(readOnly = true)
    public List<PersonCase> casesOf(long personId) {
        return cases.findByPersonIdOrderByIdDesc(personId).stream()
                .map(c -> new PersonCase(c.getCaseNo(), c.getStatus(), c.getCreatedAt(), c.getClosedAt(),
                        c.getVerificationNote()))
                .toList();
    }

    @Transactional
    public void recordVerification(String caseNo, boolean genuine, String note, String actor) {
        ServiceCase c = get(caseNo);
        c.recordVerification(genuine, note, clock.instant());
        event(c, actor, genuine ? CaseEventType.LEAD_VERIFIED : CaseEventType.LEAD_NOT_GENUINE, note);
    }

    public record AssessmentCommand(int recipientCategory, boolean alreadyRecognised,
            SelfCare selfCare, CarerSituation carerSituation,
            String livingSituation, String needsNote, List<String> itemCodes) {}

    /** Step 2, the street office's home investigation: assessment and the items needed. */
    @Transactional
    public void recordAssessment(String caseNo, AssessmentCommand cmd, String actor) {
        ServiceCase c = get(caseNo);
        List<FieldError> errors = new ArrayList<>();
        if (cmd.recipientCategory() < 1 || cmd.recipientCategory() > 6) {
            errors.add(new FieldError("recipientCategory", "救助类别应为 1–6。"));
        }
        Set<String> codes = new LinkedHashSet<>(cmd.itemCodes() == null ? List.of() : cmd.itemCodes());
        if (codes.isEmpty()) {
            errors.add(new FieldError("itemCodes", "请至少选择一项服务。"));
        }
        var known = catalogue.byCode(codes);
        for (String code : codes) {
            if (!known.containsKey(code) || !known.get(code).isActive()) {
                errors.add(new FieldError("itemCodes", "服务目录中没有该项目：" + code));
            }
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException("需求评估填写有误。", errors);
        }
        Instant now = clock.instant();
        c.recordAssessment(cmd.recipientCategory(), cmd.alreadyRecognised(), now);
        assessments.save(new NeedsAssessment(c.getId(), cmd.recipientCategory(), cmd.alreadyRecognised(),
                cmd.selfCare(), cmd.carerSituation(), cmd.livingSituation(), cmd.needsNote(), actor, now));
        for (String code : codes) {
            grants.save(new ServiceGrant(c.getId(), code, actor, now));
        }
        event(c, actor, CaseEventType.NEEDS_ASSESSED, "入户调查完成，救助类别 " + cmd.recipientCategory() + "，需要服务："
                + codes.stream().map(code -> known.get(code).getName()).collect(Collectors.joining("、")));
    }

    @Transactional
    public void recordRecognition(String caseNo, boolean recognised, String note, String actor) {
        ServiceCase c = get(caseNo);
        c.recordRecognition(recognised, note, clock.instant());
        event(c, actor, recognised ? CaseEventType.RECOGNISED : CaseEventType.RECOGNITION_REJECTED, note);
    }

    /**
     * The card lists the granted items and is valid for a year. It has no PIN yet: the street
     * office makes one when it prints the PIN slip (密码函), so the PIN is never stored readable.
     * The street office's task 打印密码函 is its own small process (card-pin-slip.bpmn), so the case
     * flow goes on without waiting for the slip.
     */
    @Transactional
    public void issueCard(String caseNo, String streetCode, String actor) {
        ServiceCase c = get(caseNo);
        LocalDate today = LocalDate.now(clock.withZone(SHANGHAI));
        String cardNo = "FWK%d%07d".formatted(today.getYear(), sequences.next("card-no"));
        cards.save(new ServiceCard(c.getId(), cardNo, today, today.plusYears(1).minusDays(1), actor,
                clock.instant()));
        event(c, actor, CaseEventType.CARD_ISSUED, "制发社会救助服务卡 " + cardNo + "，待街道（乡镇）打印密码函");
        runtimeService.createProcessInstanceByKey(CardPinSlipProcess.KEY)
                .businessKey(caseNo)
                .setVariable(CardPinSlipProcess.VAR_STREET_CODE, streetCode)
                .execute();
    }

    /** Step 3: filing needs every required document; then the file gets the next service number. */
    @Transactional
    public int file(String caseNo, String actor) {
        ServiceCase c = get(caseNo);
        Set<DocumentType> present = documents.findByCaseIdOrderById(c.getId()).stream().map(CaseDocument::getType)
                .collect(Collectors.toSet());
        List<FieldError> missing = DocumentType.requiredFor(c.getFocusGroup()).stream()
                .filter(t -> !present.contains(t))
                .map(t -> new FieldError("documents", "缺少材料：" + DocumentLabels.zh(t)))
                .toList();
        if (!missing.isEmpty()) {
            throw new FieldValidationException("档案材料不全，不能完成建档。", missing);
        }
        String district = orgService.get(orgService.get(c.getVillageCode()).getParentCode()).getParentCode();
        int serviceNo = (int) sequences.next("service-no:" + district);
        c.file(serviceNo, clock.instant());
        event(c, actor, CaseEventType.FILED, "建立档案，服务号 " + serviceNo);
        return serviceNo;
    }

    @Transactional
    public void startServing(String caseNo, String actor) {
        ServiceCase c = get(caseNo);
        c.startServing(clock.instant());
        event(c, actor, CaseEventType.SERVING, "开始服务");
    }

    /** Closes a case with its outcome; the caller has stopped services and notices. */
    @Transactional
    public void close(String caseNo, CaseStatus outcome, String reason, String actor) {
        ServiceCase c = get(caseNo);
        Instant now = clock.instant();
        c.close(outcome, reason, now);
        // The card says when and why it stopped serving (shown as 已注销 on the case and the card).
        String why = reason != null && !reason.isBlank() ? reason : switch (outcome) {
            case OBJECTION_UPHELD -> "公示异议成立";
            case EXITED -> "退出服务";
            default -> "案件终止";
        };
        cards.findFirstByCaseIdAndStatusOrderByIdDesc(c.getId(), "VALID").ifPresent(card -> card.revoke(now, why));
        // A slip for a revoked card is never printed: its waiting task 打印密码函 ends (if any).
        runtimeService.createMessageCorrelation(CardPinSlipProcess.MESSAGE_CARD_REVOKED)
                .processInstanceBusinessKey(caseNo).correlateAll();
        event(c, actor, CaseEventType.closedAs(outcome), reason);
    }

    @Transactional(readOnly = true)
    ServiceCase get(String caseNo) {
        return cases.findByCaseNo(caseNo).orElseThrow(() -> new NotFoundException("案件不存在：" + caseNo));
    }

    /** The case's status, for other modules and tests: like {@link #get}, not scoped to a user. */
    @Transactional(readOnly = true)
    public CaseStatus status(String caseNo) {
        return get(caseNo).getStatus();
    }

    @Transactional(readOnly = true)
    ServiceCase getById(Long id) {
        return cases.findById(id).orElseThrow(() -> new NotFoundException("案件不存在。"));
    }

    /** The case if the user's org node covers its village; otherwise 404, as if it did not exist. */
    @Transactional(readOnly = true)
    ServiceCase getVisible(String caseNo, CurrentUser user) {
        ServiceCase c = cases.findByCaseNo(caseNo).orElse(null);
        if (c == null || !canSee(user, c)) {
            throw new NotFoundException("案件不存在或不在您的管辖范围内。");
        }
        return c;
    }

    /** {@link #getVisible} for other modules: the case's keys, never the entity. */
    @Transactional(readOnly = true)
    public VisibleCase visible(String caseNo, CurrentUser user) {
        ServiceCase c = getVisible(caseNo, user);
        return new VisibleCase(c.getId(), c.getCaseNo(), c.getVillageCode(), c.getPersonId());
    }

    /**
     * Case workers of the org subtree. Care cadres are not among them: their work is the people they
     * are responsible for under care monitoring, not case files (ID card scans, registers).
     */
    static boolean canSee(CurrentUser user, ServiceCase c) {
        return user.hasAnyRole(Role.VILLAGE_OFFICER, Role.STREET_CLERK, Role.DISTRICT_MANAGER, Role.ADMIN)
                && OrgService.covers(user.orgCode(), c.getVillageCode());
    }

    /** Another module records a step of its own on the case's timeline (e.g. the joint meeting's decision). */
    @Transactional
    public void recordEvent(long caseId, CaseEventType type, String detail, String actor) {
        event(getById(caseId), actor, type, detail);
    }

    void event(ServiceCase c, String actor, CaseEventType type, String detail) {
        events.save(new CaseEvent(c.getId(), clock.instant(), actor, type, detail));
    }

    @Transactional(readOnly = true)
    public Map<String, CaseRef> refs(Collection<String> caseNos) {
        if (caseNos.isEmpty()) {
            return Map.of();
        }
        return cases.findByCaseNoIn(caseNos).stream()
                .map(c -> new CaseRef(c.getCaseNo(), c.getSubjectName(), c.getVillageCode(),
                        orgService.find(c.getVillageCode()).map(OrgUnit::getName).orElse(null)))
                .collect(Collectors.toMap(CaseRef::caseNo, Function.identity()));
    }

    public record CaseRef(String caseNo, String recipientName, String villageCode, String villageName) {}
}
