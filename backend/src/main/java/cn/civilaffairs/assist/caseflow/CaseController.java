package cn.civilaffairs.assist.caseflow;

import static cn.civilaffairs.assist.security.RoleGroups.*;

import cn.civilaffairs.assist.caseflow.internal.CaseDocument;
import cn.civilaffairs.assist.caseflow.internal.ServiceCase;
import cn.civilaffairs.assist.common.UploadCheck;
import cn.civilaffairs.assist.common.Phone;
import cn.civilaffairs.assist.common.Page;
import cn.civilaffairs.assist.audit.AccessAction;
import cn.civilaffairs.assist.audit.AccessLog;

import cn.civilaffairs.assist.caseflow.CaseService.LeadCommand;
import cn.civilaffairs.assist.common.ConflictException;
import cn.civilaffairs.assist.common.ForbiddenException;
import cn.civilaffairs.assist.common.FileStorage;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.person.ValidResidentId;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.CurrentUsers;
import cn.civilaffairs.assist.workflow.DomainTasks;
import io.swagger.v3.oas.annotations.Operation;
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
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api")
@Validated
@Tag(name = "cases", description = "救助案件：线索登记、案件查询、档案材料、公示与异议、身份变化")
class CaseController {
    private static final String CASE_NO = "SA-\\d{4}-\\d{6}";

    private final CaseService caseService;
    private final CaseQueryService queries;
    private final CaseDocumentService documents;
    private final NoticeService notices;
    private final FileStorage storage;
    private final RuntimeService runtimeService;
    private final AccessLog accessLog;
    private final PinSlips pinSlips;

    CaseController(CaseService caseService, CaseQueryService queries, CaseDocumentService documents,
            NoticeService notices, FileStorage storage, RuntimeService runtimeService, AccessLog accessLog,
            PinSlips pinSlips, DomainTasks domainTasks) {
        this.pinSlips = pinSlips;
        // 打印密码函 is done by printing the slip (which makes the PIN), never by a bare form.
        domainTasks.register(CardPinSlipProcess.FORM_PIN_SLIP, "POST /api/cases/{businessKey}/card/pin-slip");
        this.caseService = caseService;
        this.queries = queries;
        this.documents = documents;
        this.notices = notices;
        this.storage = storage;
        this.runtimeService = runtimeService;
        this.accessLog = accessLog;
    }

    record LeadRequest(
            @NotBlank @Size(max = 50) String name,
            @NotBlank @ValidResidentId String idNumber,
            @Phone String phone,
            @Size(max = 200) String address,
            @NotBlank @Pattern(regexp = "\\d{12}", message = "请选择村（社区）。") String villageCode,
            @NotNull LeadSource source,
            @NotNull FocusGroup focusGroup,
            @NotBlank @Size(max = 500) String situation) {}

    record LeadCreated(String caseNo) {}

    @Operation(summary = "Record a lead (step 1, discover); 409 names the person's open case")
    @PostMapping("/leads")
    @PreAuthorize(STREET_STAFF)
    ResponseEntity<LeadCreated> recordLead(@Valid @RequestBody LeadRequest body) {
        CurrentUser user = CurrentUsers.require();
        if (!OrgService.covers(user.orgCode(), body.villageCode())) {
            throw new ForbiddenException("只能登记本辖区村（社区）的线索。");
        }
        String caseNo = caseService.openLead(new LeadCommand(body.name().strip(), body.idNumber().toUpperCase(),
                blankToNull(body.phone()), blankToNull(body.address()), body.villageCode(), body.source(),
                body.focusGroup(), body.situation().strip()), user.username());
        return ResponseEntity.created(URI.create("/api/cases/" + caseNo)).body(new LeadCreated(caseNo));
    }

    @Operation(summary = "Cases in my area, newest activity first")
    @GetMapping("/cases")
    @PreAuthorize(OFFICIALS)
    Page<CaseSummary> list(@RequestParam(required = false) @Pattern(regexp = "\\d{12}") String villageCode,
            @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        CurrentUser user = CurrentUsers.require();
        Page<CaseSummary> result = queries.list(user, villageCode, status, q, page, size);
        if (q != null && !q.isBlank()) {
            accessLog.recordSearch(user, AccessAction.PERSON_SEARCH, q.strip(), result.total());
        }
        return result;
    }

    @Operation(summary = "The case: person (ID masked), assessment, services, card, file, notices, timeline")
    @GetMapping("/cases/{caseNo}")
    @PreAuthorize(OFFICIALS)
    CaseView view(@PathVariable @Pattern(regexp = CASE_NO) String caseNo) {
        CurrentUser user = CurrentUsers.require();
        CaseView view = queries.view(user, caseNo);
        accessLog.record(user, AccessAction.CASE_VIEW, caseNo, caseService.getVisible(caseNo, user).getPersonId());
        return view;
    }

    @Operation(summary = "The case's BPMN diagram with the current and completed steps")
    @GetMapping("/cases/{caseNo}/diagram")
    @PreAuthorize(OFFICIALS)
    CaseDiagram diagram(@PathVariable @Pattern(regexp = CASE_NO) String caseNo) {
        return queries.diagram(CurrentUsers.require(), caseNo);
    }

    @Operation(summary = "The service card for printing (QR code carries the card number)")
    @GetMapping("/cases/{caseNo}/card")
    @PreAuthorize(OFFICIALS)
    CardView card(@PathVariable @Pattern(regexp = CASE_NO) String caseNo) {
        CurrentUser user = CurrentUsers.require();
        ServiceCase c = caseService.getVisible(caseNo, user);
        CardView card = queries.card(c).orElseThrow(() -> new NotFoundException("该案件尚未制发服务卡。"));
        accessLog.record(user, AccessAction.CASE_CARD, caseNo, c.getPersonId());
        return card;
    }

    @Operation(summary = "Print the card's PIN slip (密码函) once after issue: makes the PIN, answers it this once;"
            + " a second call is 409 (reset instead)")
    @PostMapping("/cases/{caseNo}/card/pin-slip")
    @PreAuthorize("hasRole('STREET_CLERK')")
    ResponseEntity<PinSlip> pinSlip(@PathVariable @Pattern(regexp = CASE_NO) String caseNo) {
        CurrentUser user = CurrentUsers.require();
        ServiceCase c = caseService.getVisible(caseNo, user);
        PinSlip slip = pinSlips.firstSlip(c, user);
        accessLog.record(user, AccessAction.CASE_CARD, caseNo, c.getPersonId());
        return slipResponse(slip);
    }

    @Operation(summary = "Reset the card's PIN: the old PIN fails at once, the lock is cleared, a new slip is answered once")
    @PostMapping("/cases/{caseNo}/card/pin-reset")
    @PreAuthorize("hasRole('STREET_CLERK')")
    ResponseEntity<PinSlip> pinReset(@PathVariable @Pattern(regexp = CASE_NO) String caseNo) {
        CurrentUser user = CurrentUsers.require();
        ServiceCase c = caseService.getVisible(caseNo, user);
        PinSlip slip = pinSlips.reset(c, user);
        accessLog.record(user, AccessAction.CASE_CARD, caseNo, c.getPersonId());
        return slipResponse(slip);
    }

    /** The PIN must not stay in any cache on the way or in the browser. */
    private static ResponseEntity<PinSlip> slipResponse(PinSlip slip) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header(HttpHeaders.PRAGMA, "no-cache")
                .body(slip);
    }

    @Operation(summary = "Upload a document to the case file (PDF, JPG or PNG, up to 10 MB)")
    @PostMapping(path = "/cases/{caseNo}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(STREET_STAFF)
    @Transactional
    ResponseEntity<DocumentView> upload(@PathVariable @Pattern(regexp = CASE_NO) String caseNo,
            @RequestParam DocumentType type, @RequestPart("file") MultipartFile file) throws IOException {
        UploadCheck.checkFileName(file);
        CurrentUser user = CurrentUsers.require();
        ServiceCase c = caseService.getVisible(caseNo, user);
        if (!c.getStatus().isOpen()) {
            throw new ConflictException("案件已办结，不能再上传材料。");
        }
        CaseDocument d = documents.upload(c, type, file.getOriginalFilename(), file.getBytes(), user.username());
        return ResponseEntity.status(201).body(new DocumentView(d.getId(), d.getType(), d.getFileName(),
                d.getContentType(), d.getSizeBytes(), d.getUploadedBy(), d.getUploadedAt()));
    }

    @Operation(summary = "Download a document of the case file")
    @GetMapping("/cases/{caseNo}/documents/{documentId}")
    @PreAuthorize(OFFICIALS)
    ResponseEntity<InputStreamResource> download(@PathVariable @Pattern(regexp = CASE_NO) String caseNo,
            @PathVariable long documentId) throws IOException {
        CurrentUser user = CurrentUsers.require();
        ServiceCase c = caseService.getVisible(caseNo, user);
        CaseDocument d = documents.get(c, documentId);
        accessLog.record(user, AccessAction.DOCUMENT_DOWNLOAD, caseNo + "/" + documentId, c.getPersonId());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.getContentType()))
                .contentLength(d.getSizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(d.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(storage.open(d.getStorageKey())));
    }

    record ObjectionRequest(@NotBlank @Size(max = 1000) String content) {}

    @Operation(summary = "Record an objection raised during the notice period; the case goes back to the street office")
    @PostMapping("/cases/{caseNo}/objections")
    @PreAuthorize(STREET_STAFF)
    ResponseEntity<Void> objection(@PathVariable @Pattern(regexp = CASE_NO) String caseNo,
            @Valid @RequestBody ObjectionRequest body) {
        CurrentUser user = CurrentUsers.require();
        caseService.getVisible(caseNo, user);
        notices.raiseObjection(caseNo, body.content().strip(), user.username());
        return ResponseEntity.noContent().build();
    }

    record StatusChangeRequest(@NotBlank @Size(max = 500) String reason) {}

    @Operation(summary = "Report a change of the person's status (left 低保, died, moved away): immediate review")
    @PostMapping("/cases/{caseNo}/status-change")
    @PreAuthorize(CASE_STAFF)
    @Transactional
    ResponseEntity<Void> statusChange(@PathVariable @Pattern(regexp = CASE_NO) String caseNo,
            @Valid @RequestBody StatusChangeRequest body) {
        CurrentUser user = CurrentUsers.require();
        ServiceCase c = caseService.getVisible(caseNo, user);
        if (c.getStatus() != CaseStatus.SERVING) {
            throw new ConflictException("只有服务中的案件可以发起身份变化复核。");
        }
        int correlated = runtimeService.createMessageCorrelation(ServiceAssistanceProcess.MESSAGE_STATUS_CHANGED)
                .processInstanceBusinessKey(caseNo)
                .setVariable(ServiceAssistanceProcess.VAR_REVIEW_REASON, body.reason().strip())
                .correlateAllWithResult().size();
        if (correlated == 0) {
            throw new ConflictException("该案件正在复核中，请在复核任务中处理。");
        }
        caseService.event(c, user.username(), CaseEventType.STATUS_CHANGED, "救助身份变化：" + body.reason().strip());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "A village's notice board: names, category and services only")
    @GetMapping("/notices")
    @PreAuthorize(OFFICIALS)
    NoticeBoard board(@RequestParam @Pattern(regexp = "\\d{12}") String villageCode) {
        return queries.board(CurrentUsers.require(), villageCode);
    }

    @Operation(summary = "One notice, for the printable A4 view")
    @GetMapping("/notices/{noticeId}")
    @PreAuthorize(OFFICIALS)
    NoticeEntry notice(@PathVariable long noticeId) {
        return queries.notice(CurrentUsers.require(), noticeId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
