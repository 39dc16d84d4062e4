package cn.civilaffairs.assist.onedoor;

import static cn.civilaffairs.assist.security.RoleGroups.*;

import cn.civilaffairs.assist.audit.AccessAction;
import cn.civilaffairs.assist.audit.AccessLog;
import cn.civilaffairs.assist.common.FileStorage;
import cn.civilaffairs.assist.common.Page;
import cn.civilaffairs.assist.common.UploadCheck;
import cn.civilaffairs.assist.common.Phone;
import cn.civilaffairs.assist.onedoor.IntakeService.IntakeCommand;
import cn.civilaffairs.assist.onedoor.IntakeService.NeedCommand;
import cn.civilaffairs.assist.onedoor.IntakeService.NewPerson;
import cn.civilaffairs.assist.person.ValidResidentId;
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
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "one door", description = "一门受理：受理登记、救助路径、人员页")
class IntakeController {
    static final String INTAKE_NO = "YM\\d{10}";
    static final String CASE_NO = "SA-\\d{4}-\\d{6}";

    private final IntakeService intakes;
    private final IntakeQueries queries;
    private final IntakeDocuments documents;
    private final FileStorage storage;
    private final AccessLog accessLog;

    IntakeController(IntakeService intakes, IntakeQueries queries, IntakeDocuments documents, FileStorage storage,
            AccessLog accessLog) {
        this.intakes = intakes;
        this.queries = queries;
        this.documents = documents;
        this.storage = storage;
        this.accessLog = accessLog;
    }

    @Operation(summary = "Hand in a document with an intake (PDF, JPG or PNG, checked by its bytes)")
    @PostMapping(path = "/api/intakes/{intakeNo}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(STREET_STAFF)
    ResponseEntity<IntakeDocumentView> upload(@PathVariable @Pattern(regexp = INTAKE_NO) String intakeNo,
            @RequestPart("file") MultipartFile file) throws IOException {
        UploadCheck.checkFileName(file);
        var d = documents.upload(intakeNo, file.getOriginalFilename(), file.getBytes(), CurrentUsers.require());
        return ResponseEntity.status(201).body(new IntakeDocumentView(d.getId(), d.getFileName(), d.getContentType(),
                d.getSizeBytes(), d.getUploadedAt(), CurrentUsers.require().displayName()));
    }

    @Operation(summary = "Download a document of an intake")
    @GetMapping("/api/intakes/{intakeNo}/documents/{documentId}")
    @PreAuthorize(OFFICIALS)
    ResponseEntity<InputStreamResource> download(@PathVariable @Pattern(regexp = INTAKE_NO) String intakeNo,
            @PathVariable long documentId) throws IOException {
        CurrentUser user = CurrentUsers.require();
        var found = documents.get(intakeNo, documentId, user);
        var d = found.document();
        accessLog.record(user, AccessAction.DOCUMENT_DOWNLOAD, intakeNo + "/" + documentId, found.personId());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.getContentType()))
                .contentLength(d.getSizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(d.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(storage.open(d.getStorageKey())));
    }

    @Schema(name = "IntakeNewPerson")
    record NewPersonRequest(@NotBlank @ValidResidentId String idNumber, @NotBlank @Size(max = 50) String name,
            @Phone String phone, @Size(max = 200) String address,
            @NotBlank @Pattern(regexp = "\\d{12}", message = "请选择村（社区）") String villageCode) {}

    @Schema(name = "IntakeNeedRequest")
    record NeedRequest(@NotNull NeedType type, @NotBlank @Size(max = 1000) String description, LocalDate eventOn,
            @DecimalMin("0.00") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @NotNull Boolean livingAtRisk) {}

    @Schema(name = "IntakeRequest")
    record IntakeRequest(Long personId, @Valid NewPersonRequest newPerson,
            @Pattern(regexp = CASE_NO, message = "案件编号格式不正确") String fromCaseNo,
            @NotEmpty @Size(max = 9) List<@Valid @NotNull NeedRequest> needs, @Size(max = 1000) String note) {}

    @Operation(summary = "Take in any hardship of a resident; the routing rules propose routes for the street office")
    @PostMapping("/api/intakes")
    @PreAuthorize(STREET_STAFF)
    ResponseEntity<IntakeView> create(@Valid @RequestBody IntakeRequest body) {
        CurrentUser user = CurrentUsers.require();
        NewPersonRequest np = body.newPerson();
        String no = intakes.create(new IntakeCommand(body.personId(),
                np == null ? null : new NewPerson(np.idNumber().strip(), np.name().strip(), np.phone(), np.address(),
                        np.villageCode()),
                body.fromCaseNo(),
                body.needs().stream().map(n -> new NeedCommand(n.type(), n.description(), n.eventOn(), n.amount(),
                        n.livingAtRisk())).toList(),
                body.note()), user);
        return ResponseEntity.created(URI.create("/api/intakes/" + no)).body(queries.view(user, no));
    }

    @Operation(summary = "Intakes in the caller's scope, newest first")
    @GetMapping("/api/intakes")
    @PreAuthorize(OFFICIALS)
    Page<IntakeRow> list(@RequestParam(required = false) IntakeStatus status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.list(CurrentUsers.require(), status, page, size);
    }

    @Operation(summary = "One intake with its needs and every route's status and outcome")
    @GetMapping("/api/intakes/{intakeNo}")
    @PreAuthorize(OFFICIALS)
    IntakeView view(@PathVariable @Pattern(regexp = INTAKE_NO) String intakeNo) {
        return queries.view(CurrentUsers.require(), intakeNo);
    }

    @Operation(summary = "A person's page: summary, intakes and routes with outcomes, cases, care enrolment")
    @GetMapping("/api/persons/{personId}")
    @PreAuthorize(OFFICIALS)
    PersonPage person(@PathVariable @Min(1) long personId) {
        return queries.personPage(CurrentUsers.require(), personId);
    }
}
