package cn.civilaffairs.assist.referral;

import cn.civilaffairs.assist.common.MayBeNull;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

record CharityStats(String charityCode, String charityName, Map<String, Long> batches, Map<String, Long> persons,
        long helped, long notHelped, long withFirstActivity, long waitingForFirstActivity,
        @MayBeNull BigDecimal averageDaysToFirstActivity, @MayBeNull BigDecimal medianDaysToFirstActivity,
        @MayBeNull Long maxDaysToFirstActivity) {}
