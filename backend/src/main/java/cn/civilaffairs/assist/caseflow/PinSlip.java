package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.common.MayBeNull;
import cn.civilaffairs.assist.person.Gender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The PIN slip (密码函), answered once, to the POST that made the PIN. */
public record PinSlip(String caseNo, String cardNo, String recipientName, @MayBeNull String villageName,
        @MayBeNull String streetName, LocalDate validFrom, LocalDate validTo, String pin, Instant issuedAt,
        boolean reset) {}
