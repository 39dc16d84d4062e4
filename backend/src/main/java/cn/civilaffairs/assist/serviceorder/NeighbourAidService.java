package cn.civilaffairs.assist.serviceorder;

import cn.civilaffairs.assist.caseflow.Recipients;
import cn.civilaffairs.assist.catalogue.CatalogueService;
import cn.civilaffairs.assist.catalogue.ServiceItem;
import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.common.FieldValidationException.FieldError;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.serviceorder.internal.Aid;
import cn.civilaffairs.assist.serviceorder.internal.AidRepository;
import cn.civilaffairs.assist.serviceorder.internal.Helper;
import cn.civilaffairs.assist.serviceorder.internal.HelperRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 邻里互助: trained neighbours registered by the village, their help recorded, subsidised monthly. */
@Service
@Transactional
public class NeighbourAidService {
    static final String ITEM = "NEIGHBOUR_AID";

    private final HelperRepository helpers;
    private final AidRepository aids;
    private final Recipients recipients;
    private final CatalogueService catalogue;
    private final Clock clock;

    NeighbourAidService(HelperRepository helpers, AidRepository aids, Recipients recipients,
            CatalogueService catalogue, Clock clock) {
        this.helpers = helpers;
        this.aids = aids;
        this.recipients = recipients;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public record HelperCommand(String name, String idNumber, String phone, String villageCode, LocalDate trainedOn) {}

    Helper register(HelperCommand cmd, CurrentUser user) {
        if (!OrgService.covers(user.orgCode(), cmd.villageCode())) {
            throw new NotFoundException("村（社区）不在您的管辖范围内。");
        }
        if (cmd.trainedOn() != null
                && cmd.trainedOn().isAfter(LocalDate.now(clock.withZone(ServiceOrderService.SHANGHAI)))) {
            throw new FieldValidationException("培训日期不能晚于今天。",
                    java.util.List.of(new FieldError("trainedOn", "培训日期不能晚于今天。")));
        }
        if (helpers.existsByIdNumber(cmd.idNumber())) {
            throw new ConflictException("该身份证号的互助员已登记。");
        }
        return helpers.save(new Helper(cmd.name().strip(), cmd.idNumber(), cmd.phone().strip(), cmd.villageCode(),
                cmd.trainedOn(), user.username(), clock.instant()));
    }

    public record AidCommand(String caseNo, LocalDate aidDate, int minutes, String content) {}

    /** Each recorded help earns the catalogue's standard neighbour-aid price; the recipient must live in the helper's village. */
    Aid record(long helperId, AidCommand cmd, CurrentUser user) {
        Helper h = helpers.findById(helperId).filter(x -> OrgService.covers(user.orgCode(), x.getVillageCode()))
                .orElseThrow(() -> new NotFoundException("互助员不存在：" + helperId));
        long caseId = recipients.caseIdOf(cmd.caseNo())
                .orElseThrow(() -> new NotFoundException("案件不存在：" + cmd.caseNo()));
        var recipient = recipients.recipients(java.util.List.of(caseId)).get(caseId);
        if (!recipient.villageCode().equals(h.getVillageCode())) {
            throw new ConflictException("受助对象不在该互助员所在村（社区）。");
        }
        LocalDate today = LocalDate.now(clock.withZone(ServiceOrderService.SHANGHAI));
        if (cmd.aidDate().isAfter(today)) {
            throw new ConflictException("互助日期不能晚于今天。");
        }
        if (cmd.aidDate().isBefore(today.minusYears(1))) {
            throw new FieldValidationException("互助日期不能早于一年前。",
                    java.util.List.of(new FieldError("aidDate", "互助日期不能早于一年前。")));
        }
        BigDecimal price = catalogue.find(ITEM).map(ServiceItem::getStandardPrice).orElse(BigDecimal.ZERO);
        return aids.save(new Aid(h.getId(), caseId, h.getVillageCode(), cmd.aidDate(), cmd.minutes(),
                cmd.content().strip(), price, user.username(), clock.instant()));
    }
}
