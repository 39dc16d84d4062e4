package cn.civilaffairs.assist.serviceorder;

import cn.civilaffairs.assist.common.MayBeNull;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

record ContractItem(String itemCode, String itemName, @MayBeNull String unit, BigDecimal unitPrice) {}
