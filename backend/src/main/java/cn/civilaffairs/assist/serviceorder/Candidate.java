package cn.civilaffairs.assist.serviceorder;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "ProviderCandidate") // unique in the OpenAPI document; ServiceOrderService has a Candidate too
record Candidate(String providerCode, String providerName, String contractNo, BigDecimal unitPrice) {}
