package cn.civilaffairs.assist.referral;

import static cn.civilaffairs.assist.security.RoleGroups.*;

import cn.civilaffairs.assist.common.Phone;
import cn.civilaffairs.assist.common.Page;
import cn.civilaffairs.assist.common.Bounds;
import cn.civilaffairs.assist.referral.ConsentService.ConsentCommand;
import cn.civilaffairs.assist.referral.PlanService.PlanCommand;
import cn.civilaffairs.assist.referral.ReferralService.ActivityCommand;
import cn.civilaffairs.assist.referral.ReferralService.CloseCommand;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.CurrentUsers;
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
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/referrals")
@Validated
@Tag(name = "charity referral", description = "慈善转介：同意、转介批次、接收、帮扶方案、审核、活动、结案")
class ReferralController {
    static final String BATCH_NO = "ZJ\\d{9,12}";
    static final String CASE_NO = "SA-\\d{4}-\\d{6}";
    static final String CHARITY = "hasRole('CHARITY_STAFF')";

    private final ReferralQueries queries;
    private final ReferralService referrals;
    private final ConsentService consents;
    private final PlanService plans;

    ReferralController(ReferralQueries queries, ReferralService referrals, ConsentService consents,
            PlanService plans) {
        this.queries = queries;
        this.referrals = referrals;
        this.consents = consents;
        this.plans = plans;
    }

    // --- consent and eligible recipients

    @GetMapping("/charities")
    @PreAuthorize(OFFICIALS)
    List<CharityOption> charities() {
        return queries.charities(CurrentUsers.require());
    }

    @Operation(summary = "Recipients in scope with an active charity-relief item, with their consent status")
    @GetMapping("/eligible")
    @PreAuthorize(OFFICIALS)
    List<EligibleRow> eligible(@RequestParam(required = false) @Pattern(regexp = "\\d{6,12}") String villageCode,
            @RequestParam(required = false) @Min(1) @Max(6) Integer category,
            @RequestParam(required = false) @Size(max = 32) String charityCode,
            @RequestParam(required = false) @Size(max = 50) String text) {
        return queries.eligible(CurrentUsers.require(), villageCode, category, charityCode, text);
    }

    @GetMapping("/consents")
    @PreAuthorize(OFFICIALS)
    List<ConsentView> consents(@RequestParam @Pattern(regexp = CASE_NO) String caseNo) {
        return queries.consents(CurrentUsers.require(), caseNo);
    }

    record ConsentRequest(@NotBlank @Pattern(regexp = CASE_NO, message = "案件编号格式不正确") String caseNo,
            @Size(max = 32) String charityCode, @NotNull GiverRelation giverRelation,
            @NotBlank @Size(max = 50) String giverName, @NotNull LocalDate givenOn,
            @Size(max = 500) String documentNote) {}

    @Operation(summary = "Record a person's consent to referral (for one charity or any charity of the district)")
    @PostMapping("/consents")
    @PreAuthorize(CASE_STAFF)
    @Transactional
    ResponseEntity<ConsentView> recordConsent(@Valid @RequestBody ConsentRequest body) {
        var c = consents.record(new ConsentCommand(body.caseNo(), body.charityCode(), body.giverRelation(),
                body.giverName(), body.givenOn(), body.documentNote()), CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/referrals/consents/" + c.getId())).body(queries.consent(c));
    }

    record WithdrawRequest(@NotBlank @Size(max = 500) String reason) {}

    @Operation(summary = "Withdraw a consent; a running referral relying on it ends at once")
    @PostMapping("/consents/{id}/withdraw")
    @PreAuthorize(CASE_STAFF)
    @Transactional
    ConsentView withdraw(@PathVariable long id, @Valid @RequestBody WithdrawRequest body) {
        return queries.consent(consents.withdraw(id, body.reason(), CurrentUsers.require()));
    }

    // --- batches

    record BatchRequest(@NotBlank @Size(max = 32) String charityCode,
            @NotEmpty @Size(max = 200) List<@NotBlank @Pattern(regexp = CASE_NO, message = "案件编号格式不正确") String> caseNos,
            @Size(max = 500) String note) {}

    @Operation(summary = "Send a list of names to a charity; refused (409) if anyone lacks consent")
    @PostMapping
    @PreAuthorize(DECIDERS)
    @Transactional
    ResponseEntity<BatchView> create(@Valid @RequestBody BatchRequest body) {
        CurrentUser user = CurrentUsers.require();
        var b = referrals.create(body.charityCode().strip(), body.caseNos(), body.note(), user);
        return ResponseEntity.created(URI.create("/api/referrals/" + b.getBatchNo())).body(queries.view(user, b));
    }

    @Operation(summary = "Batches in the caller's scope (a charity: those sent to it)")
    @GetMapping
    @PreAuthorize(SUPERVISORS_AND_CHARITIES)
    Page<BatchRow> batches(@RequestParam(required = false) BatchStatus status,
            @RequestParam(required = false) @Size(max = 32) String charityCode,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.batches(CurrentUsers.require(), status, charityCode, page, size);
    }

    @GetMapping("/{batchNo}")
    @PreAuthorize(SUPERVISORS_AND_CHARITIES)
    BatchView batch(@PathVariable @Pattern(regexp = BATCH_NO) String batchNo) {
        return queries.batch(CurrentUsers.require(), batchNo);
    }

    @Schema(name = "ReferralItemResponseRequest") // unique in the OpenAPI document; several packages have a ResponseRequest
    record ResponseRequest(@NotNull Boolean accept, @Size(max = 500) String reason) {}

    @Operation(summary = "The charity's decision for one person (changeable until the task is completed)")
    @PostMapping("/{batchNo}/items/{itemId}/response")
    @PreAuthorize(CHARITY)
    @Transactional
    ItemView respond(@PathVariable @Pattern(regexp = BATCH_NO) String batchNo, @PathVariable long itemId,
            @Valid @RequestBody ResponseRequest body) {
        CurrentUser user = CurrentUsers.require();
        var item = referrals.respond(batchNo, itemId, body.accept(), body.reason(), user);
        return queries.item(user, queries.visibleBatch(user, batchNo), item);
    }

    // --- plans

    @Schema(name = "ReferralPlanRequest") // unique in the OpenAPI document; several packages have a PlanRequest
    record PlanRequest(Long itemId, @NotEmpty @Size(max = 5) List<@NotNull PlanContent> contents,
            @NotNull LocalDate scheduleFrom, @NotNull LocalDate scheduleTo,
            @NotNull @DecimalMin("0.00") @DecimalMax("10000000.00") @Digits(integer = 8, fraction = 2) BigDecimal budget,
            @NotBlank @Size(max = 50) String responsiblePerson,
            @Phone String responsiblePhone,
            @Size(max = 2000) String description) {
        PlanCommand command() {
            return new PlanCommand(itemId, EnumSet.copyOf(contents), scheduleFrom, scheduleTo, budget,
                    responsiblePerson, responsiblePhone, description);
        }
    }

    @Operation(summary = "Write a plan for one accepted person (itemId) or the whole batch (itemId null)")
    @PostMapping("/{batchNo}/plans")
    @PreAuthorize(CHARITY)
    @Transactional
    ResponseEntity<PlanView> createPlan(@PathVariable @Pattern(regexp = BATCH_NO) String batchNo,
            @Valid @RequestBody PlanRequest body) {
        CurrentUser user = CurrentUsers.require();
        var p = plans.create(batchNo, body.command(), user);
        return ResponseEntity.created(URI.create("/api/referrals/" + batchNo + "/plans/" + p.getId()))
                .body(queries.planView(p, queries.visibleBatch(user, batchNo)));
    }

    @PutMapping("/{batchNo}/plans/{planId}")
    @PreAuthorize(CHARITY)
    @Transactional
    PlanView updatePlan(@PathVariable @Pattern(regexp = BATCH_NO) String batchNo, @PathVariable long planId,
            @Valid @RequestBody PlanRequest body) {
        CurrentUser user = CurrentUsers.require();
        var p = plans.update(batchNo, planId, body.command(), user);
        return queries.planView(p, queries.visibleBatch(user, batchNo));
    }

    @DeleteMapping("/{batchNo}/plans/{planId}")
    @PreAuthorize(CHARITY)
    @Transactional
    ResponseEntity<Void> deletePlan(@PathVariable @Pattern(regexp = BATCH_NO) String batchNo,
            @PathVariable long planId) {
        plans.delete(batchNo, planId, CurrentUsers.require());
        return ResponseEntity.noContent().build();
    }

    // --- running

    @Schema(name = "ReferralActivityRequest") // unique in the OpenAPI document; several packages have a ActivityRequest
    record ActivityRequest(@NotNull Long itemId, @NotNull LocalDate activityDate, @NotNull PlanContent kind,
            @NotBlank @Size(max = 1000) String description,
            @DecimalMin("0.00") @DecimalMax("1000000.00") @Digits(integer = 7, fraction = 2) BigDecimal amount) {}

    @Operation(summary = "Record an activity against the agreed plan (409 while the plan is not agreed)")
    @PostMapping("/{batchNo}/activities")
    @PreAuthorize(CHARITY)
    @Transactional
    ResponseEntity<ActivityView> recordActivity(@PathVariable @Pattern(regexp = BATCH_NO) String batchNo,
            @Valid @RequestBody ActivityRequest body) {
        var a = referrals.recordActivity(batchNo, new ActivityCommand(body.itemId(), body.activityDate(), body.kind(),
                body.description(), body.amount()), CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/referrals/" + batchNo + "/activities/" + a.getId()))
                .body(queries.activity(a));
    }

    record CloseRequest(@NotNull Outcome outcome, OutcomeReason reason, @Size(max = 500) String note) {}

    @Operation(summary = "Close one person's referral with the outcome; the last one closes the batch")
    @PostMapping("/{batchNo}/items/{itemId}/close")
    @PreAuthorize(CHARITY)
    @Transactional
    ItemView close(@PathVariable @Pattern(regexp = BATCH_NO) String batchNo, @PathVariable long itemId,
            @Valid @RequestBody CloseRequest body) {
        CurrentUser user = CurrentUsers.require();
        var item = referrals.close(batchNo, itemId, new CloseCommand(body.outcome(), body.reason(), body.note()), user);
        return queries.item(user, queries.visibleBatch(user, batchNo), item);
    }

    // --- views

    @Operation(summary = "A case's consents and referrals with plans, activities and outcomes (for the case page)")
    @GetMapping("/by-case/{caseNo}")
    @PreAuthorize(OFFICIALS)
    CaseReferrals byCase(@PathVariable @Pattern(regexp = CASE_NO) String caseNo) {
        return queries.byCase(CurrentUsers.require(), caseNo);
    }

    @GetMapping("/warnings")
    @PreAuthorize(SUPERVISORS)
    List<WarningView> warnings(@RequestParam(defaultValue = "false") boolean open) {
        return queries.warnings(CurrentUsers.require(), open);
    }

    @Operation(summary = "Referrals by charity and status; days from referral to first activity")
    @GetMapping("/stats")
    @PreAuthorize(SUPERVISORS)
    Stats stats(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        Bounds.requireDate("from", from);
        Bounds.requireDate("to", to);
        return queries.stats(CurrentUsers.require(), from, to);
    }
}
