package cn.civilaffairs.assist.care;

import static cn.civilaffairs.assist.security.RoleGroups.*;

import cn.civilaffairs.assist.care.internal.CareEnrolment;
import cn.civilaffairs.assist.care.internal.Problem;
import cn.civilaffairs.assist.care.internal.Visit;
import cn.civilaffairs.assist.common.MayBeNull;
import cn.civilaffairs.assist.common.UploadCheck;
import cn.civilaffairs.assist.common.Phone;
import cn.civilaffairs.assist.common.Page;
import cn.civilaffairs.assist.care.CareQueryService.RosterFilter;
import cn.civilaffairs.assist.care.CareService.EmergencyCommand;
import cn.civilaffairs.assist.care.CareService.EnrolCommand;
import cn.civilaffairs.assist.care.CareService.VisitCommand;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.FileStorage;
import cn.civilaffairs.assist.person.ValidResidentId;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamResource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/care")
@Validated
@Tag(name = "care", description = "特殊困难群体关爱帮扶：定级、走访、预警、台账")
class CareController {
    static final String NO = "GA\\d{10}";
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CareService care;
    private final CareQueryService queries;
    private final CareRosterImport rosterImport;
    private final FileStorage storage;
    private final UploadCheck uploads;
    private final TransactionTemplate transactions;

    CareController(CareService care, CareQueryService queries, CareRosterImport rosterImport, FileStorage storage,
            UploadCheck uploads, PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.care = care;
        this.queries = queries;
        this.rosterImport = rosterImport;
        this.storage = storage;
        this.uploads = uploads;
    }

    @Operation(summary = "The visit policy: intervals, warning limits, emergency interval, escalation")
    @GetMapping("/policy")
    @PreAuthorize(CARE_READERS)
    PolicyView policy() {
        return queries.policy();
    }

    record EnrolRequest(@NotBlank @Size(max = 50) String name, @NotBlank @ValidResidentId String idNumber,
            @Size(max = 20) @Phone String phone, @Size(max = 200) String address,
            @NotBlank @Pattern(regexp = "\\d{12}") String villageCode, @NotNull CareGroup group,
            @NotNull @Valid CareFacts facts, @Size(max = 500) String note) {}

    record Enrolled(String enrolmentNo, @MayBeNull Integer proposedLevel) {}

    @Operation(summary = "Enrol a special-difficulty person; the rules propose a level for the committees to confirm")
    @PostMapping("/enrolments")
    @PreAuthorize(STREET_STAFF)
    ResponseEntity<Enrolled> enrol(@Valid @RequestBody EnrolRequest body) {
        CurrentUser user = CurrentUsers.require();
        CareEnrolment e = care.enrol(new EnrolCommand(body.name(), body.idNumber(), body.phone(), body.address(),
                body.villageCode(), body.group(), body.facts(), body.note()), user);
        return ResponseEntity.created(URI.create("/api/care/enrolments/" + e.getEnrolmentNo()))
                .body(new Enrolled(e.getEnrolmentNo(), e.getProposedLevel()));
    }

    @Operation(summary = "The graded roster (台账) in the user's area, most urgent first")
    @GetMapping("/enrolments")
    @PreAuthorize(CARE_READERS)
    Page<RosterRow> roster(@RequestParam(required = false) @Pattern(regexp = "\\d{12}") String villageCode,
            @RequestParam(required = false) @Min(0) @Max(3) Integer level,
            @RequestParam(required = false) EnrolmentStatus status,
            @RequestParam(required = false) VisitStatus visitStatus,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) @Size(max = 50) String text,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return queries.roster(CurrentUsers.require(), new RosterFilter(villageCode, level, status, visitStatus, mine, text),
                page, size);
    }

    @GetMapping("/enrolments/{no}")
    @PreAuthorize(CARE_READERS)
    EnrolmentView view(@PathVariable @Pattern(regexp = NO) String no) {
        return queries.view(CurrentUsers.require(), no);
    }

    record RegradeRequest(@NotNull @Valid CareFacts facts, @Size(max = 500) String note) {}

    @Operation(summary = "Re-grade with new facts: a new proposal and committee confirmation")
    @PostMapping("/enrolments/{no}/regrade")
    @PreAuthorize(STREET_STAFF)
    ResponseEntity<Void> regrade(@PathVariable @Pattern(regexp = NO) String no, @Valid @RequestBody RegradeRequest body) {
        care.regrade(no, body.facts(), body.note(), CurrentUsers.require());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/enrolments/{no}/responsible-candidates")
    @PreAuthorize(STREET_STAFF)
    List<CareService.Candidate> candidates(@PathVariable @Pattern(regexp = NO) String no) {
        return care.candidates(no, CurrentUsers.require());
    }

    record ReassignRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 500) String reason) {}

    @Operation(summary = "Change the responsible person; the history is kept")
    @PutMapping("/enrolments/{no}/responsible")
    @PreAuthorize(STREET_STAFF)
    ResponseEntity<Void> reassign(@PathVariable @Pattern(regexp = NO) String no, @Valid @RequestBody ReassignRequest body) {
        care.reassign(no, body.username(), body.reason(), CurrentUsers.require());
        return ResponseEntity.noContent().build();
    }

    /**
     * {@code lateEntryReason}: needed when visitedAt is more than app.care.late-entry-days back (补录);
     * {@code clientId}: the phone's UUID for this visit, so a visit queued offline and sent again is stored once.
     */
    record VisitRequest(@NotNull Instant visitedAt, @NotNull VisitMode mode, @NotBlank @Size(max = 100) String met,
            @NotBlank @Size(max = 2000) String findings, @NotNull Risk risk, @Size(max = 100) String lateEntryReason,
            UUID clientId) {}

    @Operation(summary = "Record a visit (optional photo). A visit before the last one is history only; a lapse"
            + " warning ends only if the person is no longer overdue after it; a late entry needs a reason;"
            + " a major risk warns at once. A repeat with the same clientId answers 200 with the first answer")
    @PostMapping(path = "/enrolments/{no}/visits", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(CARE_VISITORS)
    ResponseEntity<CareService.RecordedVisit> visit(@PathVariable @Pattern(regexp = NO) String no,
            @Valid @RequestPart("visit") VisitRequest body,
            @RequestPart(name = "photo", required = false) MultipartFile photo) throws IOException {
        CurrentUser user = CurrentUsers.require();
        String clientId = body.clientId() == null ? null : body.clientId().toString();
        if (clientId != null) {
            Optional<CareService.RecordedVisit> first = care.visitSentBefore(no, clientId, user);
            if (first.isPresent()) {
                return ResponseEntity.ok(first.get());
            }
        }
        UploadCheck.Checked checked = uploads.photo(photo);
        VisitCommand command = new VisitCommand(body.visitedAt(), body.mode(), body.met(), body.findings(),
                body.risk(), body.lateEntryReason(), clientId);
        try {
            CareService.RecordedVisit recorded = transactions.execute(status -> {
                String key = checked == null ? null : storage.storeWithTransaction(checked.content());
                String type = checked == null ? null : checked.contentType();
                return care.recordVisit(no, command, key, type, user);
            });
            return ResponseEntity.status(201).body(recorded);
        } catch (DataAccessException lostRace) {
            // The same visit arriving twice at once: the unique client id let the other one in (its
            // transaction is committed when ours fails on the key), so this one gets its answer.
            if (clientId == null) {
                throw lostRace;
            }
            return care.visitSentBefore(no, clientId, user).map(ResponseEntity::ok).orElseThrow(() -> lostRace);
        }
    }

    @GetMapping("/visits/{id}/photo")
    @PreAuthorize(CARE_READERS)
    ResponseEntity<InputStreamResource> photo(@PathVariable long id) throws IOException {
        Visit v = queries.visitWithPhoto(CurrentUsers.require(), id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(v.getPhotoType()))
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
                .body(new InputStreamResource(storage.open(v.getPhotoKey())));
    }

    @Schema(name = "CarePlanRequest") // unique in the OpenAPI document; several packages have a PlanRequest
    record PlanRequest(@Size(max = 2000) String householdPlan, @Size(max = 2000) String personMeasures) {}

    @Operation(summary = "Save the person's \"one household one plan, one person one measure\"")
    @PutMapping("/enrolments/{no}/plan")
    @PreAuthorize(STREET_STAFF)
    ResponseEntity<Void> plan(@PathVariable @Pattern(regexp = NO) String no, @Valid @RequestBody PlanRequest body) {
        care.savePlan(no, body.householdPlan(), body.personMeasures(), CurrentUsers.require());
        return ResponseEntity.noContent().build();
    }

    record ProblemRequest(@NotNull Department department, @NotBlank @Size(max = 1000) String description, Long visitId) {}

    record ProblemReferred(long problemId, LocalDate dueOn, @cn.civilaffairs.assist.common.MayBeNull String referralNo) {}

    @Operation(summary = "Refer a problem found on a visit to a township department (a department referral), due in 15 working days")
    @PostMapping("/enrolments/{no}/problems")
    @PreAuthorize(CARE_VISITORS)
    ResponseEntity<ProblemReferred> problem(@PathVariable @Pattern(regexp = NO) String no,
            @Valid @RequestBody ProblemRequest body) {
        Problem p = care.referProblem(no, body.department(), body.description(), body.visitId(),
                CurrentUsers.require());
        return ResponseEntity.status(201).body(new ProblemReferred(p.getId(), p.getDueOn(), p.getReferralNo()));
    }

    record ExitRequest(@NotBlank @Size(max = 500) String reason) {}

    record ExitRequested(long exitId) {}

    @Operation(summary = "Ask to end the person's care monitoring: the village evaluates, the township reviews, the county approves")
    @PostMapping("/enrolments/{no}/exit")
    @PreAuthorize("hasAnyRole('VILLAGE_OFFICER','CARE_CADRE','STREET_CLERK','DISTRICT_MANAGER')")
    ResponseEntity<ExitRequested> exit(@PathVariable @Pattern(regexp = NO) String no,
            @Valid @RequestBody ExitRequest body) {
        var x = care.requestExit(no, body.reason(), CurrentUsers.require());
        return ResponseEntity.status(201).body(new ExitRequested(x.getId()));
    }

    @GetMapping("/emergencies")
    @PreAuthorize(SUPERVISORS)
    List<EmergencyView> emergencies() {
        return queries.emergencies(CurrentUsers.require());
    }

    record EmergencyRequest(@NotBlank @Pattern(regexp = "\\d{6}|\\d{9}|\\d{12}") String orgCode,
            @NotBlank @Size(max = 200) String reason, @NotNull LocalDate startsOn, LocalDate endsOn,
            @Min(1) @Max(7) Integer intervalDays) {}

    record EmergencyDeclared(long id) {}

    @Operation(summary = "Declare a public emergency or disaster for an area: visits there become due daily")
    @PostMapping("/emergencies")
    @PreAuthorize(MANAGERS)
    ResponseEntity<EmergencyDeclared> declare(@Valid @RequestBody EmergencyRequest body) {
        long id = care.declareEmergency(new EmergencyCommand(body.orgCode(), body.reason(), body.startsOn(),
                body.endsOn(), body.intervalDays()), CurrentUsers.require());
        return ResponseEntity.status(201).body(new EmergencyDeclared(id));
    }

    @Operation(summary = "Lift an emergency: the normal visit policy resumes")
    @PostMapping("/emergencies/{id}/lift")
    @PreAuthorize(MANAGERS)
    ResponseEntity<Void> lift(@PathVariable long id) {
        care.liftEmergency(id, CurrentUsers.require());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Download the roster (台账) as Excel")
    @GetMapping("/roster.xlsx")
    @PreAuthorize(CARE_READERS)
    ResponseEntity<byte[]> exportRoster(@RequestParam(required = false) @Pattern(regexp = "\\d{12}") String villageCode) {
        CurrentUser user = CurrentUsers.require();
        return xlsx("关爱帮扶台账.xlsx", rosterImport.export(user, villageCode));
    }

    @GetMapping("/roster/template.xlsx")
    @PreAuthorize(STREET_STAFF)
    ResponseEntity<byte[]> template() {
        return xlsx("关爱帮扶台账导入模板.xlsx", RosterExcel.template());
    }

    @Operation(summary = "Import a roster: check (default), all (only if every row is valid) or valid-only")
    @PostMapping(path = "/roster/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(STREET_STAFF)
    CareRosterImport.Report importRoster(@RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "check") @Pattern(regexp = "check|all|valid-only") String mode) throws IOException {
        UploadCheck.checkFileName(file);
        return rosterImport.importRoster(CurrentUsers.require(), file.getInputStream(), mode);
    }

    private static ResponseEntity<byte[]> xlsx(String fileName, byte[] content) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
