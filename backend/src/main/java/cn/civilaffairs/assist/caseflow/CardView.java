package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.common.MayBeNull;
import cn.civilaffairs.assist.person.Gender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The card for the case page and the print view. {@code pinSet}: its PIN slip has been printed
 * (at {@code pinSetAt}); the PIN itself and its hash are never part of any read.
 */
public record CardView(String cardNo, LocalDate validFrom, LocalDate validTo, String status, String recipientName,
        String villageName, List<String> items, boolean pinSet, @MayBeNull Instant pinSetAt,
        @MayBeNull Instant revokedAt, @MayBeNull String revokeReason) {}
