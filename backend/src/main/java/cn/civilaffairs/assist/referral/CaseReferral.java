package cn.civilaffairs.assist.referral;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

record CaseReferral(String batchNo, String charityName, String batchStatus, Instant sentAt, ItemView item,
        PlanView plan, List<ActivityView> activities) {}
