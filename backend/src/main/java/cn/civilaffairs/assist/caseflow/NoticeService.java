package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.common.ConflictException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Step 6, public notice: the notice period, objections, and the long-term board. */
@Service
public class NoticeService {
    private final PublicNoticeRepository notices;
    private final ObjectionRepository objections;
    private final CaseService caseService;
    private final RuntimeService runtimeService;
    private final Clock clock;

    NoticeService(PublicNoticeRepository notices, ObjectionRepository objections, CaseService caseService,
            RuntimeService runtimeService, Clock clock) {
        this.notices = notices;
        this.objections = objections;
        this.caseService = caseService;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    @Transactional
    public void publish(String caseNo, String period, String actor) {
        ServiceCase c = caseService.get(caseNo);
        LocalDate today = today();
        LocalDate end = today.plus(Period.parse(period));
        notices.save(new PublicNotice(c.getId(), c.getVillageCode(), today, end, clock.instant()));
        caseService.event(c, actor, "NOTICE_PUBLISHED", "张榜公示 " + today + " 至 " + end);
    }

    /** An objection during the notice period sends the case back to the street office. */
    @Transactional
    public void raiseObjection(String caseNo, String content, String actor) {
        ServiceCase c = caseService.get(caseNo);
        PublicNotice notice = current(c).filter(n -> "PUBLISHED".equals(n.getStatus()))
                .orElseThrow(() -> new ConflictException("该案件不在公示期内，不能登记异议。"));
        if (today().isAfter(notice.getEndsOn())) {
            throw new ConflictException("公示期已结束，不能登记异议。");
        }
        objections.save(new Objection(notice.getId(), content, actor, clock.instant()));
        caseService.event(c, actor, "OBJECTION_RAISED", "公示期内收到异议：" + content);
        long correlated = runtimeService.createMessageCorrelation(ServiceAssistanceProcess.MESSAGE_OBJECTION)
                .processInstanceBusinessKey(caseNo).correlateAllWithResult().size();
        if (correlated == 0) {
            throw new ConflictException("该案件已有异议正在复核，请待复核结束后再登记。");
        }
    }

    @Transactional
    public void decideObjection(String caseNo, boolean upheld, String note, String actor) {
        ServiceCase c = caseService.get(caseNo);
        List<Long> noticeIds = notices.findByCaseIdOrderById(c.getId()).stream().map(PublicNotice::getId).toList();
        objections.findByNoticeIdInOrderById(noticeIds).stream().filter(o -> o.getDecision() == null)
                .forEach(o -> o.decide(upheld, note, actor, clock.instant()));
        caseService.event(c, actor, upheld ? "OBJECTION_UPHELD" : "OBJECTION_DISMISSED", note);
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
                    caseService.event(c, actor, "NOTICE_WITHDRAWN", "撤下公示");
                });
    }

    private java.util.Optional<PublicNotice> current(ServiceCase c) {
        return notices.findByCaseIdOrderById(c.getId()).stream()
                .filter(n -> !"WITHDRAWN".equals(n.getStatus())).reduce((a, b) -> b);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CaseService.SHANGHAI));
    }
}
