package cn.civilaffairs.assist.referral;

import cn.civilaffairs.assist.common.MayBeNull;
import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

record EligibleRow(String caseNo, String recipientName, String villageCode, String villageName,
        @MayBeNull Integer recipientCategory, @MayBeNull Integer age, @MayBeNull String phoneMasked,
        @Schema(allowableValues = {"GIVEN", "NONE", "WITHDRAWN"}) String consentStatus, @MayBeNull ConsentView consent,
        @MayBeNull OpenReferral openReferral, @MayBeNull LastOutcome lastOutcome) {}
