package cn.civilaffairs.assist.serviceorder;

import cn.civilaffairs.assist.common.MayBeNull;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

record TaskSubjectView(String formKey, @MayBeNull OrderView order, @MayBeNull SpotCheckRow spotCheck,
        @MayBeNull StatementView statement) {}
