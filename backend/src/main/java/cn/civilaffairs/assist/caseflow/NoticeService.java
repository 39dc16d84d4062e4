package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.caseflow.internal.Objection;
import cn.civilaffairs.assist.caseflow.internal.ObjectionRepository;
import cn.civilaffairs.assist.caseflow.internal.PublicNotice;
import cn.civilaffairs.assist.caseflow.internal.PublicNoticeRepository;
import cn.civilaffairs.assist.caseflow.internal.ServiceCase;
import cn.civilaffairs.assist.caseflow.internal.ServiceCaseRepository;
import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.common.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 6, public notice: the notice period, objections, and the long-term board.
 *
 * <p>The period counts calendar days in Beijing time, the posting day being day 1: a P7D period
 * posted on 1 December runs to 7 December inclusive and ends at 00:00 on 8 December, when the
 * process's timer fires. Objections are accepted on every day of the period; each goes to its own
 * 异议复核, and a dismissal lets the period run on.
 */
@Service
public class NoticeService {
    static final String PERIOD_NOT_RUNNING = "该案件不在公示期内，不能登记异议。";
    static final String PERIOD_OVER = "公示期已结束，不能登记异议。";

    private final ServiceCaseRepository cases;
    private final PublicNoticeRepository notices;
    private final ObjectionRepository objections;
    private final CaseService caseService;
    private final RuntimeService runtimeService;
    private final Clock clock;

    NoticeService(ServiceCaseRepository cases, PublicNoticeRepository notices, ObjectionRepository objections,
            CaseService caseService, RuntimeService runtimeService, Clock clock) {
        this.cases = cases;
        this.notices = notices;
        this.objections = objections;
        this.caseService = caseService;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** Posts the notice; returns when the period ends (the timer's due time). */
    @Transactional
    public Instant publish(String caseNo, String period, String actor) {
        ServiceCase c = caseService.get(caseNo);
        LocalDate today = today();
        LocalDate lastDay = today.plus(Period.parse(period)).minusDays(1);
        notices.save(new PublicNotice(c.getId(), c.getVillageCode(), today, lastDay, clock.instant()));
        caseService.event(c, actor, CaseEventType.NOTICE_PUBLISHED, "张榜公示 " + today + " 至 " + lastDay);
        return lastDay.plusDays(1).atStartOfDay(CaseService.SHANGHAI).toInstant();
    }

    /**
     * An objection on any day of the notice period starts its own review at the street office;
     * the period keeps running.
     */
    @Transactional
    public long raiseObjection(String caseNo, String content, String actor) {
        // Two objections at once: the second waits here and then gets its own review too.
        ServiceCase c = cases.lockByCaseNo(caseNo).orElseThrow(() -> new NotFoundException("案件不存在：" + caseNo));
        PublicNotice notice = current(c).filter(n -> "PUBLISHED".equals(n.getStatus()))
                .orElseThrow(() -> new ConflictException(PERIOD_NOT_RUNNING));
        if (c.getStatus() != CaseStatus.NOTICE) {
            throw new ConflictException(PERIOD_NOT_RUNNING);
        }
        LocalDate today = today();
        if (!notice.acceptsObjectionsOn(today)) {
            throw new ConflictException(today.isBefore(notice.getStartsOn()) ? PERIOD_NOT_RUNNING : PERIOD_OVER);
        }
        Objection objection = objections.saveAndFlush(new Objection(notice.getId(), content, actor, clock.instant()));
        caseService.event(c, actor, CaseEventType.OBJECTION_RAISED, "公示期内收到异议：" + content);
        // The decision fields start empty in the review's own scope, so each review's form values
        // stay with that review and never overwrite another's.
        Map<String, Object> reviewScope = new java.util.HashMap<>();
        reviewScope.put(ServiceAssistanceProcess.VAR_OBJECTION_ID, objection.getId());
        reviewScope.put(ServiceAssistanceProcess.VAR_OBJECTION_UPHELD, null);
        reviewScope.put(ServiceAssistanceProcess.VAR_OBJECTION_NOTE, null);
        long correlated = runtimeService.createMessageCorrelation(ServiceAssistanceProcess.MESSAGE_OBJECTION)
                .processInstanceBusinessKey(caseNo).setVariablesToTriggeredScope(reviewScope)
                .correlateAllWithResult().size();
        if (correlated == 0) {
            throw new ConflictException(PERIOD_NOT_RUNNING);
        }
        return objection.getId();
    }

    /**
     * Records one review's decision. Instances started before per-objection reviews existed carry
     * no objection id; for them every undecided objection of the case is decided, as before.
     */
    @Transactional
    public void decideObjection(String caseNo, Long objectionId, boolean upheld, String note, String actor) {
        ServiceCase c = caseService.get(caseNo);
        List<Long> noticeIds = notices.findByCaseIdOrderById(c.getId()).stream().map(PublicNotice::getId).toList();
        List<Objection> open = objections.findByNoticeIdInOrderById(noticeIds).stream()
                .filter(o -> o.getDecision() == null)
                .filter(o -> objectionId == null || o.getId().equals(objectionId)).toList();
        if (open.isEmpty()) {
            throw new ConflictException("该异议已复核。");
        }
        open.forEach(o -> o.decide(upheld, note, actor, clock.instant()));
        if (upheld) {
            caseService.event(c, actor, CaseEventType.OBJECTION_UPHELD, "异议成立：" + note);
        } else {
            String next = current(c).filter(n -> n.getPeriodEndedAt() == null)
                    .map(n -> "，继续公示至 " + n.getEndsOn()).orElse("");
            caseService.event(c, actor, CaseEventType.OBJECTION_DISMISSED, "异议不成立：" + note + next);
        }
    }

    /** The period's timer fired: recorded once, on the notice and the timeline. */
    @Transactional
    public void endPeriod(String caseNo) {
        ServiceCase c = caseService.get(caseNo);
        current(c).filter(n -> "PUBLISHED".equals(n.getStatus())).ifPresent(n -> {
            if (n.endPeriod(clock.instant())) {
                long open = objections.findByNoticeIdInOrderById(List.of(n.getId())).stream()
                        .filter(o -> o.getDecision() == null).count();
                caseService.event(c, CaseDelegates.SYSTEM, CaseEventType.NOTICE_PERIOD_ENDED, "公示期满（" + n.getStartsOn()
                        + " 至 " + n.getEndsOn() + "）" + (open == 0 ? "" : "，尚有 " + open + " 件异议在复核，复核后再启动服务"));
            }
        });
    }

    /** The note of the objection that ended the notice, for the case's closing reason. */
    @Transactional(readOnly = true)
    public String upheldNote(String caseNo) {
        ServiceCase c = caseService.get(caseNo);
        List<Long> noticeIds = notices.findByCaseIdOrderById(c.getId()).stream().map(PublicNotice::getId).toList();
        return objections.findByNoticeIdInOrderById(noticeIds).stream()
                .filter(o -> "UPHELD".equals(o.getDecision()))
                .max(Comparator.comparing(Objection::getDecidedAt)).map(Objection::getDecisionNote).orElse(null);
    }

    /** After the notice period the recipient stays on the village's long-term board. */
    @Transactional
    public void makeLongTerm(String caseNo) {
        current(caseService.get(caseNo)).ifPresent(PublicNotice::becomeLongTerm);
    }

    @Transactional
    public void withdraw(String caseNo, String actor) {
        ServiceCase c = caseService.get(caseNo);
        notices.findByCaseIdOrderById(c.getId()).stream().filter(n -> !"WITHDRAWN".equals(n.getStatus()))
                .forEach(n -> {
                    n.withdraw();
                    // Their reviews ended with the notice (e.g. another objection was upheld).
                    objections.findByNoticeIdInOrderById(List.of(n.getId())).stream()
                            .filter(o -> o.getDecision() == null)
                            .forEach(o -> o.lapse("公示已撤下，不再复核", CaseDelegates.SYSTEM, clock.instant()));
                    caseService.event(c, actor, CaseEventType.NOTICE_WITHDRAWN, "撤下公示");
                });
    }

    private Optional<PublicNotice> current(ServiceCase c) {
        return notices.findByCaseIdOrderById(c.getId()).stream()
                .filter(n -> !"WITHDRAWN".equals(n.getStatus())).reduce((a, b) -> b);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CaseService.SHANGHAI));
    }
}
