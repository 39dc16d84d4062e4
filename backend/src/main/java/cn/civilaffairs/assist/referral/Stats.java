package cn.civilaffairs.assist.referral;

import cn.civilaffairs.assist.common.MayBeNull;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

record Stats(@MayBeNull LocalDate from, @MayBeNull LocalDate to, long openWarnings, List<CharityStats> charities) {}
