package cn.civilaffairs.assist.serviceorder;

import cn.civilaffairs.assist.common.MayBeNull;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

record HelperRow(long id, String name, String phoneMasked, String villageCode, String villageName,
        @MayBeNull LocalDate trainedOn, boolean active, long aidThisMonth) {}
