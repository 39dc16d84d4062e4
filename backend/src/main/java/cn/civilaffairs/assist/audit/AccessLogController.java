package cn.civilaffairs.assist.audit;

import cn.civilaffairs.assist.common.MayBeNull;
import cn.civilaffairs.assist.common.Page;
import cn.civilaffairs.assist.common.Masking;
import cn.civilaffairs.assist.security.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search of the access log for administrators; read-only by design (there is no update or delete). */
@RestController
@RequestMapping("/api/audit")
@Validated
@Tag(name = "audit", description = "访问日志：谁在何时从何处查看了谁的个人信息（仅管理员）")
class AccessLogController {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final JdbcTemplate jdbc;
    private final AccessLog accessLog;

    AccessLogController(JdbcTemplate jdbc, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
    }

    record Entry(long id, Instant occurredAt, String username, @MayBeNull String userName, AccessAction action,
            String resource, @MayBeNull String personName, @MayBeNull String personIdNumber,
            @MayBeNull String scopeName, @MayBeNull Integer itemCount, String clientIp, @MayBeNull String userAgent) {}


    @Operation(summary = "Search the access log by person (ID number or name), user, date range (Beijing days) and action")
    @GetMapping("/access-log")
    @PreAuthorize("hasRole('ADMIN')")
    Page<Entry> search(@RequestParam(required = false) @Pattern(regexp = "\\d{17}[\\dXx]") String idNumber,
            @RequestParam(required = false) @Size(max = 50) String name,
            @RequestParam(required = false) @Size(max = 64) String user,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) AccessAction action,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        StringBuilder term = new StringBuilder();
        if (idNumber != null && !idNumber.isBlank()) {
            where.append(" AND p.id_number = ?");
            args.add(idNumber.toUpperCase());
            term.append("身份证号=").append(Masking.idNumber(idNumber.toUpperCase())).append(' ');
        }
        if (name != null && !name.isBlank()) {
            where.append(" AND p.name LIKE ?");
            args.add("%" + like(name.strip()) + "%");
            term.append("姓名=").append(name.strip()).append(' ');
        }
        if (user != null && !user.isBlank()) {
            // By account or by the name people know the user by.
            where.append(" AND (a.username = ? OR a.user_name LIKE ?)");
            args.add(user.strip());
            args.add("%" + like(user.strip()) + "%");
            term.append("用户=").append(user.strip()).append(' ');
        }
        if (from != null) {
            where.append(" AND a.occurred_at >= ?");
            args.add(AccessLog.utc(from.atStartOfDay(SHANGHAI).toInstant()));
            term.append("自=").append(from).append(' ');
        }
        if (to != null) {
            where.append(" AND a.occurred_at < ?");
            args.add(AccessLog.utc(to.plusDays(1).atStartOfDay(SHANGHAI).toInstant()));
            term.append("至=").append(to).append(' ');
        }
        if (action != null) {
            where.append(" AND a.action = ?");
            args.add(action.name());
            term.append("操作=").append(action.name()).append(' ');
        }
        String from_ = " FROM access_log a LEFT JOIN person p ON p.id = a.person_id"
                + " LEFT JOIN org_unit o ON o.code = a.scope_code";
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + from_ + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<Entry> items = jdbc.query("SELECT a.id, a.occurred_at, a.username, a.user_name, a.action, a.resource,"
                + " p.name AS person_name, p.id_number, o.name AS scope_name, a.item_count, a.client_ip, a.user_agent"
                + from_ + where + " ORDER BY a.id DESC LIMIT ? OFFSET ?",
                (rs, i) -> new Entry(rs.getLong("id"),
                        rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getString("username"), rs.getString("user_name"), AccessAction.valueOf(rs.getString("action")),
                        rs.getString("resource"), rs.getString("person_name"),
                        rs.getString("id_number") == null ? null : Masking.idNumber(rs.getString("id_number")),
                        rs.getString("scope_name"), (Integer) rs.getObject("item_count"), rs.getString("client_ip"),
                        rs.getString("user_agent")),
                pageArgs.toArray());
        // Looking at the log is itself an access to be accounted for.
        accessLog.recordSearch(CurrentUsers.require(), AccessAction.AUDIT_SEARCH, term.isEmpty() ? "（全部）" : term.toString().strip(),
                total == null ? 0 : total);
        return new Page<>(items, total == null ? 0 : total, page, size);
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
