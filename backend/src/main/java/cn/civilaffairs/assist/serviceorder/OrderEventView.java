package cn.civilaffairs.assist.serviceorder;

import cn.civilaffairs.assist.common.MayBeNull;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** {@code actorName}: the person's name, null for an automatic step (shown as 系统). */
record OrderEventView(Instant at, String actor, @MayBeNull String actorName, String type, @MayBeNull String detail) {}
