package cn.civilaffairs.assist.serviceorder;

import cn.civilaffairs.assist.caseflow.Recipients.CardInfo;
import cn.civilaffairs.assist.caseflow.Recipients.GrantInfo;
import cn.civilaffairs.assist.caseflow.Recipients;
import cn.civilaffairs.assist.caseflow.ServiceGrantStopped;
import cn.civilaffairs.assist.catalogue.CatalogueService;
import cn.civilaffairs.assist.catalogue.ServiceItem;
import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.common.Sequences;
import cn.civilaffairs.assist.notification.NotificationService;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.security.WorkGroups;
import cn.civilaffairs.assist.serviceorder.internal.Contract;
import cn.civilaffairs.assist.serviceorder.internal.ContractRepository;
import cn.civilaffairs.assist.serviceorder.internal.OrderEvent;
import cn.civilaffairs.assist.serviceorder.internal.OrderEventRepository;
import cn.civilaffairs.assist.serviceorder.internal.ServiceOrder;
import cn.civilaffairs.assist.serviceorder.internal.ServiceOrderRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service orders: created from a granted purchased item, offered to a contracted provider by rule
 * (or the street's choice), accepted or declined, and ended when the item stops or the card expires.
 */
@Service
@Transactional
public class ServiceOrderService {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ServiceOrderRepository orders;
    private final OrderEventRepository events;
    private final ContractRepository contracts;
    private final Recipients recipients;
    private final CatalogueService catalogue;
    private final OrgService orgs;
    private final NotificationService notifications;
    private final Sequences sequences;
    private final Clock clock;

    ServiceOrderService(ServiceOrderRepository orders, OrderEventRepository events, ContractRepository contracts,
            Recipients recipients, CatalogueService catalogue, OrgService orgs, NotificationService notifications,
            Sequences sequences, Clock clock) {
        this.orders = orders;
        this.events = events;
        this.contracts = contracts;
        this.recipients = recipients;
        this.catalogue = catalogue;
        this.orgs = orgs;
        this.notifications = notifications;
        this.sequences = sequences;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(SHANGHAI));
    }

    public record Created(String orderNo, String villageCode, java.util.Date cardExpiresAt) {}

    /** Called by the process's first step; idempotent per grant, so a retried job makes no second order. */
    public Created create(long grantId, String streetCode, String processInstanceId) {
        ServiceOrder order = orders.findByGrantId(grantId).orElseGet(() -> {
            GrantInfo g = recipients.grant(grantId);
            CardInfo card = recipients.currentCard(g.caseId())
                    .orElseThrow(() -> new IllegalStateException("案件 " + g.caseNo() + " 没有服务卡"));
            String no = "GD%d%06d".formatted(today().getYear(), sequences.next("order-no:" + today().getYear()));
            return orders.save(new ServiceOrder(no, grantId, g.caseId(), g.caseNo(), g.villageCode(), streetCode,
                    g.itemCode(), card.cardNo(), clock.instant()));
        });
        order.runsIn(processInstanceId);
        CardInfo card = recipients.card(order.getCardNo()).orElseThrow();
        java.util.Date expiresAt = java.util.Date.from(card.validTo().plusDays(1).atStartOfDay(SHANGHAI).toInstant());
        return new Created(order.getOrderNo(), order.getVillageCode(), expiresAt);
    }

    /** A provider's candidate contract for an order: the cheapest valid contract serving the village. */
    record Candidate(String providerCode, Contract contract, BigDecimal unitPrice) {}

    List<Candidate> candidates(ServiceOrder order, LocalDate day) {
        return contracts.findValidOn(day).stream()
                .filter(c -> c.getPrices().containsKey(order.getItemCode()) && c.serves(order.getVillageCode()))
                .map(c -> new Candidate(c.getProviderCode(), c, c.getPrices().get(order.getItemCode())))
                .sorted(Comparator.comparing(Candidate::unitPrice).thenComparing(Candidate::providerCode)
                        .thenComparing(c -> -c.contract().getId()))
                .collect(Collectors.toMap(Candidate::providerCode, c -> c, (a, b) -> a,
                        java.util.LinkedHashMap::new))
                .values().stream().toList();
    }

    /**
     * Offers the order: to the street's choice if there is one, else by rule to the cheapest
     * contracted provider (fewest running orders on a tie) that has not declined or let it lapse.
     * @return the provider code, or empty when the street office must choose
     */
    public Optional<String> offer(String orderNo, String chosenProvider) {
        ServiceOrder order = lock(orderNo);
        List<Candidate> all = candidates(order, today());
        Optional<Candidate> pick;
        if (chosenProvider != null) {
            pick = all.stream().filter(c -> c.providerCode().equals(chosenProvider)).findFirst();
        } else {
            Set<String> refused = events.findByOrderIdOrderById(order.getId()).stream()
                    .filter(e -> "DECLINED".equals(e.getType()) || "TIMED_OUT".equals(e.getType()))
                    .map(OrderEvent::getProviderCode).collect(Collectors.toSet());
            pick = all.stream().filter(c -> !refused.contains(c.providerCode()))
                    .min(Comparator.comparing(Candidate::unitPrice)
                            .thenComparing(c -> orders.countByProviderCodeAndStatus(c.providerCode(),
                                    OrderStatus.ACCEPTED))
                            .thenComparing(Candidate::providerCode));
        }
        if (pick.isEmpty()) {
            order.unassigned();
            event(order, "system", "UNASSIGNED", null, "没有可派的签约服务机构，请街道（镇）指派");
            tellStreet(order, "UNASSIGNED", "服务工单待指派：" + order.getOrderNo(),
                    "工单 %s（%s）没有可派的签约服务机构，请在“服务工单”中指派。".formatted(order.getOrderNo(),
                            itemName(order)));
            return Optional.empty();
        }
        Candidate c = pick.get();
        order.offer(c.providerCode(), c.contract().getId(), clock.instant());
        event(order, chosenProvider != null ? "street" : "system", "OFFERED", c.providerCode(),
                "派单至" + orgName(c.providerCode()) + "（合同 " + c.contract().getContractNo() + "，单价 "
                        + c.unitPrice().toPlainString() + " 元）");
        return Optional.of(c.providerCode());
    }

    /** The provider's answer, from its task; a decline needs a reason and tells the street office. */
    public void respond(String orderNo, boolean accept, String reason, CurrentUser user) {
        ServiceOrder order = lock(orderNo);
        if (order.getStatus() != OrderStatus.OFFERED || !user.orgCode().equals(order.getProviderCode())) {
            throw new ConflictException("该工单当前不在待您接单状态。");
        }
        if (accept) {
            order.accept(clock.instant(), today());
            event(order, user.username(), "ACCEPTED", order.getProviderCode(), "接单");
        } else {
            event(order, user.username(), "DECLINED", order.getProviderCode(), "拒单：" + reason);
            tellStreet(order, "DECLINED:" + order.getProviderCode(), "服务工单被拒：" + order.getOrderNo(),
                    "%s 拒绝了工单 %s（%s），理由：%s。系统将改派其他签约机构。".formatted(
                            orgName(order.getProviderCode()), order.getOrderNo(), itemName(order), reason));
            order.unassigned();
        }
    }

    /** The answer deadline passed: the offer lapses and the street office is told. */
    public void timedOut(String orderNo) {
        ServiceOrder order = lock(orderNo);
        if (order.getStatus() != OrderStatus.OFFERED) {
            return;
        }
        String provider = order.getProviderCode();
        event(order, "system", "TIMED_OUT", provider, orgName(provider) + " 超时未接单");
        tellStreet(order, "TIMED_OUT:" + provider, "服务工单超时未接：" + order.getOrderNo(),
                "%s 未在期限内接单 %s（%s），系统将改派其他签约机构。".formatted(orgName(provider),
                        order.getOrderNo(), itemName(order)));
        order.unassigned();
    }

    /** The street's choice, checked against the candidates before the task completes. */
    public void choose(String orderNo, String providerCode, CurrentUser user) {
        ServiceOrder order = lock(orderNo);
        if (order.getStatus() != OrderStatus.UNASSIGNED) {
            throw new ConflictException("该工单不在待指派状态。");
        }
        if (candidates(order, today()).stream().noneMatch(c -> c.providerCode().equals(providerCode))) {
            throw new ConflictException("该机构没有覆盖此项目和村（社区）的有效服务合同。");
        }
        event(order, user.username(), "CHOSEN", providerCode, "街道（镇）指派 " + orgName(providerCode));
    }

    public void expire(String orderNo) {
        ServiceOrder order = lock(orderNo);
        if (order.isOpen()) {
            order.end(OrderStatus.EXPIRED, today(), "服务卡到期");
            event(order, "system", "EXPIRED", order.getProviderCode(), "服务卡到期，工单结束");
        }
    }

    /** The item stopped on the case (review, exit): the order stops the same day, in the same transaction. */
    @EventListener
    public void onGrantStopped(ServiceGrantStopped stopped) {
        orders.findByGrantId(stopped.grantId()).filter(ServiceOrder::isOpen).ifPresent(order -> {
            order.end(OrderStatus.STOPPED, today(), stopped.reason());
            event(order, "system", "STOPPED", order.getProviderCode(), "服务停止：" + stopped.reason());
        });
    }

    /** Registration before serving: the card (typed or scanned) must be valid and carry this provider's orders. */
    public List<ServiceOrder> register(String cardNo, CurrentUser user) {
        String no = cardNo == null ? "" : cardNo.strip().toUpperCase();
        List<ServiceOrder> mine = orders.findByCardNoAndProviderCodeAndStatus(no, user.orgCode(),
                OrderStatus.ACCEPTED);
        if (mine.isEmpty()) {
            throw new NotFoundException("本机构没有该服务卡的在服工单：" + no);
        }
        CardInfo card = recipients.card(no).orElseThrow(() -> new NotFoundException("服务卡不存在：" + no));
        if (!card.validOn(today())) {
            throw new ConflictException(card.revoked() ? "该服务卡已注销，不能登记服务。"
                    : "该服务卡不在有效期内（%s 至 %s）。".formatted(card.validFrom(), card.validTo()));
        }
        for (ServiceOrder o : mine) {
            if (o.getRegisteredAt() == null) {
                o.register(clock.instant());
                event(o, user.username(), "REGISTERED", o.getProviderCode(), "登记服务对象（服务卡 " + no + "）");
            }
        }
        return mine;
    }

    ServiceOrder lock(String orderNo) {
        return orders.lockByOrderNo(orderNo).orElseThrow(() -> new NotFoundException("工单不存在：" + orderNo));
    }

    void event(ServiceOrder order, String actor, String type, String providerCode, String detail) {
        events.save(new OrderEvent(order.getId(), clock.instant(), actor, type, providerCode, detail));
    }

    private void tellStreet(ServiceOrder order, String key, String subject, String body) {
        notifications.notifyGroup(WorkGroups.of(Role.STREET_CLERK, order.getStreetCode()),
                "order:" + order.getOrderNo() + ":" + key + ":" + events.findByOrderIdOrderById(order.getId()).size(),
                subject, body);
    }

    String itemName(ServiceOrder order) {
        return catalogue.find(order.getItemCode()).map(ServiceItem::getName).orElse(order.getItemCode());
    }

    String orgName(String code) {
        return code == null ? null : orgs.find(code).map(OrgUnit::getName).orElse(code);
    }
}
