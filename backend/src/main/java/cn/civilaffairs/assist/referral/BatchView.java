package cn.civilaffairs.assist.referral;

import cn.civilaffairs.assist.common.MayBeNull;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

record BatchView(@JsonUnwrapped BatchRow row, @MayBeNull String note, List<ItemView> items, List<PlanView> plans,
        List<ApprovalEntry> approvals, List<ActivityView> activities, List<WarningView> warnings) {}
