package cn.civilaffairs.assist.tempaid;

import cn.civilaffairs.assist.common.MayBeNull;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's temporary assistance in one year (台账): {@code totalPaid} is the sum of the payments made
 * in that year (Beijing dates); refused and unpaid applications are listed but never counted.
 */
@Schema(name = "TemporaryAidLedger")
public record LedgerView(long personId, String personName, int year, BigDecimal totalPaid, int paidCount,
        List<Entry> entries) {

    @Schema(name = "TemporaryAidLedgerEntry")
    public record Entry(String applicationNo, AidEventType eventType, LocalDate eventOn, AidStatus status,
            BigDecimal amountRequested, @MayBeNull BigDecimal amountGranted, @MayBeNull DecisionLevel decidedLevel,
            @MayBeNull LocalDate paidOn, @MayBeNull BigDecimal paidAmount) {}
}
