package cn.civilaffairs.assist.referral;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

record EligibleRow(String caseNo, String recipientName, String villageCode, String villageName,
        Integer recipientCategory, Integer age, String phoneMasked,
        @Schema(allowableValues = {"GIVEN", "NONE", "WITHDRAWN"}) String consentStatus, ConsentView consent,
        OpenReferral openReferral, LastOutcome lastOutcome) {}
