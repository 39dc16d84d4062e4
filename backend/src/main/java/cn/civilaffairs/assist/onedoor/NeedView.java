package cn.civilaffairs.assist.onedoor;

import cn.civilaffairs.assist.common.MayBeNull;
import java.math.BigDecimal;
import java.time.LocalDate;

public record NeedView(long id, NeedType type, String description, @MayBeNull LocalDate eventOn,
        @MayBeNull BigDecimal amount, boolean livingAtRisk) {}
