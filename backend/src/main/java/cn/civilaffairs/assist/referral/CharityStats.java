package cn.civilaffairs.assist.referral;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

record CharityStats(String charityCode, String charityName, Map<String, Long> batches, Map<String, Long> persons,
        long helped, long notHelped, long withFirstActivity, long waitingForFirstActivity,
        BigDecimal averageDaysToFirstActivity, BigDecimal medianDaysToFirstActivity, Long maxDaysToFirstActivity) {}
