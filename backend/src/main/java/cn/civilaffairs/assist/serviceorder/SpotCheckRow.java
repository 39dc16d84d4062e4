package cn.civilaffairs.assist.serviceorder;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

record SpotCheckRow(long id, String month, String status, String method, String note, String checkedBy,
        Instant checkedAt, String taskId, String providerName, DeliveryRow delivery) {}
