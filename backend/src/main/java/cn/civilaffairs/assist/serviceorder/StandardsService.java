package cn.civilaffairs.assist.serviceorder;

import cn.civilaffairs.assist.caseflow.Recipients.Recipient;
import cn.civilaffairs.assist.caseflow.Recipients;
import cn.civilaffairs.assist.notification.NotificationService;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.security.WorkGroups;
import cn.civilaffairs.assist.serviceorder.internal.Delivery;
import cn.civilaffairs.assist.serviceorder.internal.DeliveryRepository;
import cn.civilaffairs.assist.serviceorder.internal.ServiceOrderRepository;
import cn.civilaffairs.assist.serviceorder.internal.StandardWarning;
import cn.civilaffairs.assist.serviceorder.internal.StandardWarningRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The monthly service standard per recipient (seed 004), checked near month end. */
@Service
@Transactional
public class StandardsService {
    private final ServiceOrderRepository orders;
    private final DeliveryRepository deliveries;
    private final StandardWarningRepository warnings;
    private final Recipients recipients;
    private final OrgService orgs;
    private final NotificationService notifications;
    private final ServicePolicy policy;
    private final Clock clock;

    StandardsService(ServiceOrderRepository orders, DeliveryRepository deliveries, StandardWarningRepository warnings,
            Recipients recipients, OrgService orgs, NotificationService notifications, ServicePolicy policy,
            Clock clock) {
        this.orders = orders;
        this.deliveries = deliveries;
        this.warnings = warnings;
        this.recipients = recipients;
        this.orgs = orgs;
        this.notifications = notifications;
        this.policy = policy;
        this.clock = clock;
    }

    public record Assessment(int services, int qualifying, BigDecimal amount, BigDecimal required, List<String> reasons) {
        boolean met() {
            return reasons.isEmpty();
        }
    }

    /** 特困 (1) or 低保 (2), partly or wholly unable to look after themselves, and elderly. */
    boolean disabledElderlyPoor(Recipient r, LocalDate day) {
        boolean poor = r.recipientCategory() != null && (r.recipientCategory() == 1 || r.recipientCategory() == 2);
        boolean disabled = "PARTIAL".equals(r.selfCare()) || "NONE".equals(r.selfCare());
        boolean elderly = r.birthDate() != null && Period.between(r.birthDate(), day).getYears() >= policy.elderlyAge();
        return poor && disabled && elderly;
    }

    Assessment assess(Recipient r, List<Delivery> month, LocalDate day) {
        int services = month.size();
        int qualifying = (int) month.stream().filter(d -> d.getMinutes() >= policy.minMinutesEach()).count();
        BigDecimal amount = month.stream().map(Delivery::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal required = disabledElderlyPoor(r, day) ? policy.disabledElderlyAmount() : policy.minAmount();
        List<String> reasons = new ArrayList<>();
        if (qualifying < policy.minServices()) {
            reasons.add(services == 0 ? "本月尚无已确认的服务"
                    : "本月每次不少于%d分钟的服务不足%d次".formatted(policy.minMinutesEach(), policy.minServices()));
        }
        if (amount.compareTo(required) < 0) {
            reasons.add("本月服务金额 %s 元，低于标准 %s 元".formatted(amount.toPlainString(), required.toPlainString()));
        }
        return new Assessment(services, qualifying, amount, required, reasons);
    }

    /**
     * From {@code warnDaysBeforeMonthEnd} days before month end, every recipient with an accepted
     * order who is still under standard raises one warning this month; the street office gets one
     * notice per street and day. Returns the warnings raised now.
     */
    public int check(LocalDate today) {
        YearMonth month = YearMonth.from(today);
        if (today.isBefore(month.atEndOfMonth().minusDays(policy.warnDaysBeforeMonthEnd()))) {
            return 0;
        }
        Set<Long> caseIds = new HashSet<>(orders.caseIdsWithStatus(OrderStatus.ACCEPTED));
        if (caseIds.isEmpty()) {
            return 0;
        }
        Map<Long, List<Delivery>> byCase = deliveries.findConfirmedForCases(caseIds, month.atDay(1), today).stream()
                .collect(Collectors.groupingBy(Delivery::getCaseId));
        Map<String, List<String>> byStreet = new LinkedHashMap<>();
        int raised = 0;
        for (Recipient r : recipients.recipients(caseIds).values()) {
            if (warnings.existsByMonthAndCaseId(month.toString(), r.caseId())) {
                continue;
            }
            Assessment a = assess(r, byCase.getOrDefault(r.caseId(), List.of()), today);
            if (a.met()) {
                continue;
            }
            warnings.save(new StandardWarning(month.toString(), r.caseId(), r.villageCode(), a.services(),
                    a.qualifying(), a.amount(), a.required(), String.join("；", a.reasons()), clock.instant()));
            raised++;
            String street = orgs.get(r.villageCode()).getParentCode();
            byStreet.computeIfAbsent(street, s -> new ArrayList<>()).add(r.name() + "（" + r.caseNo() + "）："
                    + String.join("；", a.reasons()));
        }
        byStreet.forEach((street, lines) -> notifications.notifyGroup(WorkGroups.of(Role.STREET_CLERK, street),
                "standard:" + street + ":" + today, "服务达标预警（" + month + "）",
                "以下服务对象本月服务尚未达标，请督促服务机构：\n" + String.join("\n", lines)));
        return raised;
    }
}
