package cn.civilaffairs.assist.serviceorder;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

record DeliveryRow(long id, String orderNo, String recipientName, String villageName, String itemCode,
        String itemName, LocalDate serviceDate, String startTime, String endTime, int minutes,
        BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, String staff, String staffName, String notes,
        boolean hasPhoto, String status, Instant confirmedAt, String confirmMethod, String confirmedBy,
        boolean flagged, String flagReason, String statementNo) {}
