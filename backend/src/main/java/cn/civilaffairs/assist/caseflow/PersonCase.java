package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.common.MayBeNull;
import java.time.Instant;

/** One of a person's cases, as the person page lists it. */
public record PersonCase(String caseNo, CaseStatus status, Instant createdAt, @MayBeNull Instant closedAt,
        @MayBeNull String verificationNote) {}
