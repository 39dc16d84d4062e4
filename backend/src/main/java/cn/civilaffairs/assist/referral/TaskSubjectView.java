package cn.civilaffairs.assist.referral;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Schema(name = "ReferralTaskSubjectView") // unique in the OpenAPI document; serviceorder has a TaskSubjectView too
record TaskSubjectView(String formKey, BatchView batch, List<WarningView> warnings) {}
