package cn.civilaffairs.assist.serviceorder;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

record StatementView(StatementRow statement, List<StatementLine> lines) {}
