package cn.civilaffairs.assist.serviceorder;

import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.common.FieldValidationException.FieldError;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.notification.NotificationService;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.security.WorkGroups;
import cn.civilaffairs.assist.serviceorder.internal.Delivery;
import cn.civilaffairs.assist.serviceorder.internal.DeliveryRepository;
import cn.civilaffairs.assist.serviceorder.internal.ServiceOrderRepository;
import cn.civilaffairs.assist.serviceorder.internal.SpotCheck;
import cn.civilaffairs.assist.serviceorder.internal.SpotCheckRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Monthly spot checks: a random share of each provider's confirmed deliveries becomes a check task. */
@Service
@Transactional
public class SpotCheckService {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DeliveryRepository deliveries;
    private final SpotCheckRepository checks;
    private final ServiceOrderRepository orders;
    private final RuntimeService runtime;
    private final NotificationService notifications;
    private final ServicePolicy policy;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SpotCheckService(DeliveryRepository deliveries, SpotCheckRepository checks, ServiceOrderRepository orders,
            RuntimeService runtime, NotificationService notifications, ServicePolicy policy, JdbcTemplate jdbc,
            Clock clock) {
        this.deliveries = deliveries;
        this.checks = checks;
        this.orders = orders;
        this.runtime = runtime;
        this.notifications = notifications;
        this.policy = policy;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Sample size: the configured share of the month's confirmed deliveries, rounded up, at least one. */
    static int sampleSize(int confirmed, BigDecimal share) {
        if (confirmed == 0) {
            return 0;
        }
        int n = BigDecimal.valueOf(confirmed).multiply(share).setScale(0, RoundingMode.CEILING).intValue();
        return Math.max(1, Math.min(confirmed, n));
    }

    /** Draws the month's sample for every provider not drawn yet; drawing again adds nothing. */
    public int draw(YearMonth month) {
        int drawn = 0;
        for (String provider : deliveries.providersWithConfirmed(month.atDay(1), month.atEndOfMonth())) {
            if (jdbc.queryForObject("select count(*) from spot_check_draw where provider_code = ? and check_month = ?",
                    Integer.class, provider, month.toString()) > 0) {
                continue;
            }
            List<Delivery> confirmed = new ArrayList<>(
                    deliveries.findConfirmed(provider, month.atDay(1), month.atEndOfMonth()));
            int n = sampleSize(confirmed.size(), policy.spotCheckShare());
            try {
                jdbc.update("insert into spot_check_draw (provider_code, check_month, drawn_at, sample_size)"
                        + " values (?, ?, ?, ?)", provider, month.toString(), Timestamp.from(clock.instant()), n);
            } catch (DuplicateKeyException drawnConcurrently) {
                continue;
            }
            Collections.shuffle(confirmed, RANDOM);
            for (Delivery d : confirmed.subList(0, n)) {
                SpotCheck check = checks.save(new SpotCheck(d, month.toString()));
                String caseNo = orders.findById(d.getOrderId()).orElseThrow().getCaseNo();
                check.started(runtime.createProcessInstanceByKey(ServiceProcesses.SPOT_CHECK).businessKey(caseNo)
                        .setVariable(ServiceProcesses.VAR_SPOT_CHECK_ID, check.getId())
                        .setVariable(ServiceProcesses.VAR_VILLAGE_CODE, d.getVillageCode())
                        .execute().getId());
                drawn++;
            }
        }
        return drawn;
    }

    /** The check's result; a failed check flags the delivery (out of settlement) and tells the street. */
    public void record(long checkId, boolean passed, CheckMethod method, String note, String actor) {
        SpotCheck check = checks.findById(checkId).orElseThrow(() -> new NotFoundException("抽查不存在。"));
        if (check.getStatus() != SpotCheckStatus.OPEN) {
            throw new ConflictException("该抽查已有结果。");
        }
        if (!passed && (note == null || note.isBlank())) {
            throw new FieldValidationException("核查不实时请写明情况。", List.of(new FieldError("note", "核查不实时请写明情况。")));
        }
        check.result(passed, method, note == null ? null : note.strip(), actor, clock.instant());
        if (!passed) {
            Delivery d = deliveries.findById(check.getDeliveryId()).orElseThrow();
            d.flag("抽查不实：" + note.strip());
            notifications.notifyGroup(WorkGroups.of(Role.STREET_CLERK, d.getStreetCode()), "spot-check-failed:" + checkId,
                    "服务抽查不实", "服务记录 %d（%s）抽查核实不实：%s。该记录不予结算。".formatted(d.getId(),
                            d.getServiceDate(), note.strip()));
        }
    }
}
