package cn.civilaffairs.assist.referral;

import static cn.civilaffairs.assist.referral.ReferralAccess.SHANGHAI;

import cn.civilaffairs.assist.caseflow.Recipients.Recipient;
import cn.civilaffairs.assist.caseflow.Recipients;
import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.notification.NotificationService;
import cn.civilaffairs.assist.referral.internal.Batch;
import cn.civilaffairs.assist.referral.internal.Item;
import cn.civilaffairs.assist.referral.internal.ItemRepository;
import cn.civilaffairs.assist.referral.internal.Plan;
import cn.civilaffairs.assist.referral.internal.Warning;
import cn.civilaffairs.assist.referral.internal.WarningRepository;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.security.WorkGroups;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Watches running referrals. A person still open is stale when nothing has been recorded for them for
 * {@code app.referral.stale-after} since agreement or the last activity, or when the plan's schedule
 * has ended without any activity at all. Each stale episode raises one warning; the district office is
 * mailed and gets 督办停滞转介. The process asks for the next moment worth checking, so there is no
 * daily polling: one timer per running batch.
 */
@Service
@Transactional
public class ReferralMonitor {
    private final ReferralService referrals;
    private final ItemRepository items;
    private final WarningRepository warnings;
    private final Recipients recipients;
    private final NotificationService notifications;
    private final ReferralPolicy policy;
    private final Clock clock;

    ReferralMonitor(ReferralService referrals, ItemRepository items, WarningRepository warnings,
            Recipients recipients, NotificationService notifications, ReferralPolicy policy, Clock clock) {
        this.referrals = referrals;
        this.items = items;
        this.warnings = warnings;
        this.recipients = recipients;
        this.notifications = notifications;
        this.policy = policy;
        this.clock = clock;
    }

    /** Since when the person has been waiting: agreement, or the day of the last activity if later. */
    Instant reference(Batch b, Item i) {
        Instant agreed = b.getAgreedAt();
        if (i.getLastActivityOn() == null) {
            return agreed;
        }
        Instant last = i.getLastActivityOn().atStartOfDay(SHANGHAI).toInstant();
        return last.isAfter(agreed) ? last : agreed;
    }

    Instant noActivityDue(Batch b, Item i) {
        return reference(b, i).atZone(SHANGHAI).plus(policy.staleAfter()).toInstant();
    }

    /** The day after the plan's last day, Beijing midnight; only for a person without any activity. */
    Optional<Instant> scheduleDue(Batch b, Item i) {
        if (i.getFirstActivityOn() != null) {
            return Optional.empty();
        }
        return referrals.planFor(b, i).map(Plan::getScheduleTo)
                .map(d -> d.plusDays(1).atStartOfDay(SHANGHAI).toInstant());
    }

    /** The earliest future moment at which an open person could become stale. */
    public Date nextCheck(String batchNo) {
        Batch b = referrals.lock(batchNo);
        return Date.from(next(b, openItems(b), clock.instant()));
    }

    private Instant next(Batch b, List<Item> open, Instant now) {
        Instant next = null;
        for (Item i : open) {
            List<Instant> candidates = new ArrayList<>();
            candidates.add(noActivityDue(b, i));
            scheduleDue(b, i).ifPresent(candidates::add);
            for (Instant t : candidates) {
                if (t.isAfter(now) && (next == null || t.isBefore(next))) {
                    next = t;
                }
            }
        }
        return next != null ? next : now.atZone(SHANGHAI).plus(policy.staleAfter()).toInstant();
    }

    private List<Item> openItems(Batch b) {
        return items.findByBatchIdOrderById(b.getId()).stream().filter(i -> i.getStatus() == ItemStatus.ACCEPTED)
                .toList();
    }

    public record CheckResult(int raised, boolean needsSupervision, Date nextCheck) {}

    /** Raises the due warnings; the district task is wanted only when none is open for the batch yet. */
    public CheckResult check(String batchNo) {
        Batch b = referrals.lock(batchNo);
        Instant now = clock.instant();
        if (b.getStatus() != BatchStatus.RUNNING) {
            return new CheckResult(0, false, Date.from(now.atZone(SHANGHAI).plus(policy.staleAfter()).toInstant()));
        }
        long openBefore = warnings.countByBatchIdAndResolvedAtIsNull(b.getId());
        List<Item> open = openItems(b);
        Map<Long, Recipient> people = recipients.recipients(open.stream().map(Item::getCaseId).toList());
        List<Warning> raised = new ArrayList<>();
        for (Item i : open) {
            Instant ref = reference(b, i);
            if (warnings.existsByItemIdAndRaisedAtGreaterThanEqual(i.getId(), ref)) {
                continue;
            }
            Optional<Instant> scheduleEnd = scheduleDue(b, i);
            String name = people.get(i.getCaseId()).name();
            if (scheduleEnd.isPresent() && !now.isBefore(scheduleEnd.get())) {
                raised.add(warnings.save(new Warning(b.getId(), i.getId(), WarningReason.SCHEDULE_ENDED,
                        name + "：帮扶方案已于 " + scheduleEnd.get().atZone(SHANGHAI).toLocalDate().minusDays(1)
                                + " 到期，仍未登记任何帮扶活动", now)));
            } else if (!now.isBefore(noActivityDue(b, i))) {
                raised.add(warnings.save(new Warning(b.getId(), i.getId(), WarningReason.NO_ACTIVITY,
                        name + "：自 " + ref.atZone(SHANGHAI).toLocalDate() + " 起超过 "
                                + describe(policy.staleAfter()) + "未登记帮扶活动", now)));
            }
        }
        if (!raised.isEmpty()) {
            String list = raised.stream().map(Warning::getDetail).collect(Collectors.joining("\n"));
            String charity = referrals.orgName(b.getCharityCode());
            notifications.notifyGroup(WorkGroups.of(Role.DISTRICT_MANAGER, b.getDistrictCode()),
                    "referral-stale:" + b.getBatchNo() + ":" + raised.get(0).getId(),
                    "【督办】慈善转介停滞 " + b.getBatchNo(),
                    "转介至" + charity + "的批次 " + b.getBatchNo() + " 有人员长期没有帮扶活动：\n" + list
                            + "\n请督促慈善组织开展帮扶或结案。");
            notifications.notifyGroup(WorkGroups.of(Role.CHARITY_STAFF, b.getCharityCode()),
                    "referral-stale-charity:" + b.getBatchNo() + ":" + raised.get(0).getId(),
                    "【提醒】转介批次 " + b.getBatchNo() + " 有人员长期没有帮扶活动",
                    "批次 " + b.getBatchNo() + " 中有 " + raised.size() + " 名人员长期没有登记帮扶活动，请尽快开展帮扶并登记，或办理结案。");
        }
        return new CheckResult(raised.size(), !raised.isEmpty() && openBefore == 0, Date.from(next(b, open, now)));
    }

    static String describe(java.time.Period p) {
        return p.getYears() == 0 && p.getMonths() == 0 ? p.getDays() + " 天" : p.toString();
    }

    /** 督办停滞转介: the district's follow-up resolves the batch's open warnings. */
    public int supervise(String batchNo, String note, CurrentUser user) {
        Batch b = referrals.lock(batchNo);
        List<Warning> open = warnings.findByBatchIdAndResolvedAtIsNullOrderById(b.getId());
        if (open.isEmpty() && b.getStatus() != BatchStatus.RUNNING) {
            throw new ConflictException("该批次没有待督办的预警。");
        }
        Instant now = clock.instant();
        open.forEach(w -> w.resolve(user.username(), now, note.strip()));
        return open.size();
    }
}
