package cn.civilaffairs.assist.tempaid;

import static cn.civilaffairs.assist.security.RoleGroups.*;

import cn.civilaffairs.assist.common.Page;
import cn.civilaffairs.assist.common.Phone;
import cn.civilaffairs.assist.person.ValidResidentId;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.CurrentUsers;
import cn.civilaffairs.assist.tempaid.TemporaryAidService.ApplyCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/temporary-aid")
@Validated
@Tag(name = "temporary assistance", description = "临时救助：申请、审核、审批、发放、个人年度台账、月度发放名单")
class TemporaryAidController {
    static final String APPLICATION_NO = "LS\\d{9,12}";
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final TemporaryAidService aid;
    private final TemporaryAidQueries queries;

    TemporaryAidController(TemporaryAidService aid, TemporaryAidQueries queries) {
        this.aid = aid;
        this.queries = queries;
    }

    @Schema(name = "TemporaryAidPolicyView")
    record PolicyView(BigDecimal townshipLimit) {}

    @Operation(summary = "The street office's delegated amount (先行救助额度, yuan)")
    @GetMapping("/policy")
    @PreAuthorize(OFFICIALS)
    PolicyView policy() {
        return new PolicyView(aid.townshipLimit());
    }

    @Schema(name = "TemporaryAidApplyRequest")
    record ApplyRequest(@Min(1) Long personId, @Size(max = 50) String name, @ValidResidentId String idNumber,
            @Phone String phone, @NotBlank @Pattern(regexp = "\\d{12}", message = "请选择村（社区）") String villageCode,
            @NotNull AidEventType eventType, @NotNull LocalDate eventOn,
            @NotBlank @Size(min = 2, max = 1000) String eventDescription,
            @NotNull @DecimalMin("0.01") @DecimalMax("1000000.00") @Digits(integer = 7, fraction = 2) BigDecimal amountRequested) {}

    @Operation(summary = "Apply for temporary assistance for a person (the same event twice is 409)")
    @PostMapping
    @PreAuthorize(STREET_STAFF)
    @Transactional
    ResponseEntity<ApplicationView> apply(@Valid @RequestBody ApplyRequest body) {
        CurrentUser user = CurrentUsers.require();
        var a = aid.apply(new ApplyCommand(body.personId(), body.name(), body.idNumber(), body.phone(),
                body.villageCode(), body.eventType(), body.eventOn(), body.eventDescription(), body.amountRequested()),
                user);
        return ResponseEntity.created(URI.create("/api/temporary-aid/" + a.getApplicationNo()))
                .body(queries.viewOf(user, a));
    }

    @Operation(summary = "Applications in the caller's scope, newest first")
    @GetMapping
    @PreAuthorize(OFFICIALS)
    Page<ApplicationRow> list(@RequestParam(required = false) AidStatus status,
            @RequestParam(required = false) @Min(1) Long personId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.list(CurrentUsers.require(), status, personId, page, size);
    }

    @Operation(summary = "A person's temporary assistance in one year: the payments' total and the applications")
    @GetMapping("/ledger")
    @PreAuthorize(OFFICIALS)
    LedgerView ledger(@RequestParam @Min(1) long personId, @RequestParam @Min(2000) @Max(2100) int year) {
        return queries.ledger(CurrentUsers.require(), personId, year);
    }

    @Operation(summary = "The month's payments (by payment date, Beijing) in the caller's scope as Excel")
    @GetMapping("/monthly.xlsx")
    @PreAuthorize(OFFICIALS)
    ResponseEntity<byte[]> monthly(@RequestParam @Pattern(regexp = "(20\\d\\d)-(0[1-9]|1[0-2])") String month) {
        YearMonth m = YearMonth.parse(month);
        byte[] content = queries.monthly(CurrentUsers.require(), m);
        String fileName = "临时救助发放名单-" + month + ".xlsx";
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    @Operation(summary = "One application with its timeline")
    @GetMapping("/{applicationNo}")
    @PreAuthorize(OFFICIALS)
    ApplicationView view(@PathVariable @Pattern(regexp = APPLICATION_NO) String applicationNo) {
        return queries.view(CurrentUsers.require(), applicationNo);
    }
}
