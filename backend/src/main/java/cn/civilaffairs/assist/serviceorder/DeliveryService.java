package cn.civilaffairs.assist.serviceorder;

import cn.civilaffairs.assist.caseflow.CardPins;
import cn.civilaffairs.assist.caseflow.Recipients.CardInfo;
import cn.civilaffairs.assist.caseflow.Recipients;
import cn.civilaffairs.assist.catalogue.CatalogueService;
import cn.civilaffairs.assist.catalogue.ServiceItem;
import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.common.FieldValidationException.FieldError;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.serviceorder.internal.ContractRepository;
import cn.civilaffairs.assist.serviceorder.internal.Delivery;
import cn.civilaffairs.assist.serviceorder.internal.DeliveryRepository;
import cn.civilaffairs.assist.serviceorder.internal.ProviderStaff;
import cn.civilaffairs.assist.serviceorder.internal.ProviderStaffRepository;
import cn.civilaffairs.assist.serviceorder.internal.ServiceOrder;
import cn.civilaffairs.assist.serviceorder.internal.ServiceOrderRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deliveries (服务记录): recorded by provider staff against an accepted, registered order and
 * counted once confirmed by the recipient's side. Every refusal names its reason.
 */
@Service
@Transactional
public class DeliveryService {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final ServiceOrderRepository orders;
    private final DeliveryRepository deliveries;
    private final ContractRepository contracts;
    private final ProviderStaffRepository staff;
    private final Recipients recipients;
    private final CatalogueService catalogue;
    private final ServiceOrderService orderService;
    private final Clock clock;
    private final CardPins pins;
    private final ServicePolicy policy;
    private final TransactionTemplate tx;

    DeliveryService(ServiceOrderRepository orders, DeliveryRepository deliveries, ContractRepository contracts,
            ProviderStaffRepository staff, Recipients recipients, CatalogueService catalogue,
            ServiceOrderService orderService, Clock clock, CardPins pins, ServicePolicy policy,
            TransactionTemplate tx) {
        this.pins = pins;
        this.policy = policy;
        this.tx = tx;
        this.orders = orders;
        this.deliveries = deliveries;
        this.contracts = contracts;
        this.staff = staff;
        this.recipients = recipients;
        this.catalogue = catalogue;
        this.orderService = orderService;
        this.clock = clock;
    }

    public record DeliveryCommand(String orderNo, LocalDate serviceDate, LocalTime startTime, LocalTime endTime,
            String notes) {}

    Delivery record(DeliveryCommand cmd, String photoKey, String photoType, CurrentUser user) {
        if (!cmd.endTime().isAfter(cmd.startTime())) {
            throw new FieldValidationException("结束时间必须晚于开始时间。",
                    List.of(new FieldError("endTime", "结束时间必须晚于开始时间。")));
        }
        // One staff member's records are serialised: the overlap check below then sees every earlier record.
        lockStaff(user);
        ServiceOrder order = orders.findByOrderNo(cmd.orderNo())
                .filter(o -> user.orgCode().equals(o.getProviderCode()))
                .orElseThrow(() -> new NotFoundException("工单不存在或不属于本机构：" + cmd.orderNo()));
        LocalDate day = cmd.serviceDate();
        LocalDate today = orderService.today();
        if (day.isAfter(today)) {
            throw new ConflictException("服务日期不能晚于今天。");
        }
        if (order.getStatus() == OrderStatus.STOPPED || order.getStatus() == OrderStatus.EXPIRED) {
            if (!day.isBefore(order.getEndedOn())) {
                throw new ConflictException("该服务已于 %s 停止（%s），之后的服务不予记录。"
                        .formatted(order.getEndedOn(), order.getEndReason()));
            }
        } else if (order.getStatus() != OrderStatus.ACCEPTED) {
            throw new ConflictException("工单尚未接单，不能记录服务。");
        }
        if (order.getAcceptedOn() == null || day.isBefore(order.getAcceptedOn())) {
            throw new ConflictException("服务日期早于接单日期（%s）。".formatted(order.getAcceptedOn()));
        }
        if (order.getRegisteredAt() == null) {
            throw new ConflictException("请先扫描服务卡或输入卡号登记服务对象，再记录服务。");
        }
        CardInfo card = recipients.card(order.getCardNo()).orElseThrow();
        if (day.isBefore(card.validFrom()) || day.isAfter(card.validTo())) {
            throw new ConflictException("服务日期不在服务卡有效期内（%s 至 %s）。"
                    .formatted(card.validFrom(), card.validTo()));
        }
        BigDecimal price = contractPrice(order, day).orElseThrow(() -> new ConflictException(
                "服务日期当天，本机构没有包含“%s”且覆盖该村（社区）的有效服务合同。".formatted(orderService.itemName(order))));
        if (endsInFuture(day, cmd.endTime())) {
            String message = "服务尚未结束：结束时间 %s 晚于当前时间，请在服务结束后再记录。".formatted(cmd.endTime());
            throw new FieldValidationException(message, List.of(new FieldError("endTime", message)));
        }
        List<Delivery> overlapping = deliveries.findOverlapping(user.username(), day, cmd.startTime(), cmd.endTime());
        if (!overlapping.isEmpty()) {
            Delivery other = overlapping.get(0);
            throw new ConflictException("与您 %s %s–%s 的另一条服务记录时间重叠。"
                    .formatted(other.getServiceDate(), other.getStartTime(), other.getEndTime()));
        }
        BigDecimal quantity = quantity(unitOf(order), cmd.startTime(), cmd.endTime());
        Delivery d = deliveries.save(new Delivery(order, user.username(), day, cmd.startTime(), cmd.endTime(),
                quantity, price, quantity.multiply(price).setScale(2, RoundingMode.HALF_UP),
                cmd.notes() == null || cmd.notes().isBlank() ? null : cmd.notes().strip(), clock.instant()));
        if (photoKey != null) {
            d.attachPhoto(photoKey, photoType);
        }
        return d;
    }

    /** Care is recorded and confirmed only once it has happened: its end (Beijing time) is not after now. */
    private boolean endsInFuture(LocalDate day, LocalTime end) {
        return day.atTime(end).isAfter(LocalDateTime.now(clock.withZone(SHANGHAI)));
    }

    /** Hourly items are paid by the time served (two decimals); all others per visit or day. */
    static BigDecimal quantity(String unit, LocalTime start, LocalTime end) {
        if ("小时".equals(unit)) {
            long minutes = java.time.Duration.between(start, end).toMinutes();
            return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        }
        return BigDecimal.ONE.setScale(2);
    }

    private String unitOf(ServiceOrder order) {
        return catalogue.find(order.getItemCode()).map(ServiceItem::getUnit).orElse("次");
    }

    Optional<BigDecimal> contractPrice(ServiceOrder order, LocalDate day) {
        return contracts.findValidOn(order.getProviderCode(), day).stream()
                .filter(c -> c.getPrices().containsKey(order.getItemCode()) && c.serves(order.getVillageCode()))
                .findFirst().map(c -> c.getPrices().get(order.getItemCode()));
    }

    private void lockStaff(CurrentUser user) {
        if (staff.lockByUsername(user.username()).isEmpty()) {
            staff.saveAndFlush(new ProviderStaff(user.username(), user.orgCode(), user.displayName()));
            staff.lockByUsername(user.username());
        }
    }

    /**
     * Confirmation by the recipient's card PIN at the door (provider staff) or by the village
     * officer afterwards. The conditional update makes a second or concurrent confirmation a 409.
     * Runs without an outer transaction: the PIN check commits on its own, so a wrong PIN stays
     * counted and logged although this request is then refused.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    Delivery confirm(long deliveryId, ConfirmMethod method, String pin, CurrentUser user, String clientIp) {
        Delivery d = deliveries.findById(deliveryId)
                .orElseThrow(() -> new NotFoundException("服务记录不存在：" + deliveryId));
        switch (method) {
            case PIN -> {
                if (!user.hasRole(Role.PROVIDER_STAFF) || !user.orgCode().equals(d.getProviderCode())) {
                    throw new NotFoundException("服务记录不存在：" + deliveryId);
                }
                refuseIfNotEnded(d);
                if (d.getStatus() == DeliveryStatus.RECORDED) {
                    ServiceOrder order = orders.findById(d.getOrderId()).orElseThrow();
                    checkPin(order.getCardNo(), deliveryId, pin, user, clientIp);
                }
            }
            case OFFICER -> {
                if (!user.hasRole(Role.VILLAGE_OFFICER) || !OrgService.covers(user.orgCode(), d.getVillageCode())) {
                    throw new NotFoundException("服务记录不存在：" + deliveryId);
                }
                refuseIfNotEnded(d);
            }
        }
        Integer changed = tx.execute(s -> deliveries.confirm(deliveryId, method, user.username(), clock.instant()));
        if (changed == null || changed == 0) {
            throw new ConflictException("该服务记录已确认过，不能重复确认。");
        }
        return deliveries.findById(deliveryId).orElseThrow();
    }

    /** Before the PIN is checked, so an early try costs no attempt. Records from before the rule are caught here too. */
    private void refuseIfNotEnded(Delivery d) {
        if (endsInFuture(d.getServiceDate(), d.getEndTime())) {
            throw new ConflictException("服务尚未结束（%s %s 结束），结束后才能确认。"
                    .formatted(d.getServiceDate(), d.getEndTime()));
        }
    }

    /** The same without a client address (officer confirmation and internal callers). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    Delivery confirm(long deliveryId, ConfirmMethod method, String pin, CurrentUser user) {
        return confirm(deliveryId, method, pin, user, null);
    }

    /**
     * A locked card answers 409 (the card's state, not the input, is what stands in the way; the
     * same request succeeds once the lock ends), naming the way that still works.
     */
    private void checkPin(String cardNo, long deliveryId, String pin, CurrentUser user, String clientIp) {
        CardPins.Check check = pins.check(new CardPins.Attempt(cardNo, deliveryId, user.username(), clientIp), pin,
                policy.pinMaxAttempts(), policy.pinLockDuration());
        if (check.accepted()) {
            return;
        }
        if (check.outcome() == CardPins.Outcome.REVOKED) {
            throw new ConflictException("该服务卡已注销，密码不能再确认服务。");
        }
        if (check.outcome() == CardPins.Outcome.NOT_SET) {
            throw new ConflictException("该服务卡尚未发放密码函，不能用密码确认；请服务对象到街道（乡镇）领取密码函，"
                    + "本次服务可由村（社区）信息员在“服务记录”中确认。");
        }
        if (check.lockedUntil() != null) {
            String until = check.lockedUntil().atZone(SHANGHAI).format(DateTimeFormatter.ofPattern("HH:mm"));
            throw new ConflictException(("服务卡密码已连续输错%d次，密码确认已锁定至%s（北京时间），请到时再试；"
                    + "本次服务可由村（社区）信息员在“服务记录”中确认。").formatted(policy.pinMaxAttempts(), until));
        }
        String message = "服务卡密码不正确，还可再试%d次。".formatted(check.attemptsLeft());
        throw new FieldValidationException(message, List.of(new FieldError("pin", message)));
    }
}
