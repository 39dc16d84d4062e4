package cn.civilaffairs.assist.referral;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

record Stats(LocalDate from, LocalDate to, long openWarnings, List<CharityStats> charities) {}
