package cn.civilaffairs.assist.serviceorder;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

record ContractView(long id, String contractNo, String providerCode, String providerName, LocalDate validFrom,
        LocalDate validTo, List<Area> areas, List<ContractItem> items) {}
