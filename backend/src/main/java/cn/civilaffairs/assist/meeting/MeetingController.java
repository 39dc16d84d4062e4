package cn.civilaffairs.assist.meeting;

import cn.civilaffairs.assist.common.Page;
import cn.civilaffairs.assist.department.DepartmentKind;
import cn.civilaffairs.assist.meeting.MeetingService.DecisionCommand;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
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
@RequestMapping("/api/meeting")
@Validated
@Tag(name = "joint meeting", description = "联席会议：议题、会议、决定（部门/社工机构/不予受理）、社工机构服务记录")
class MeetingController {
    static final String ITEM_NO = "LH\\d{9,12}";
    static final String MEETING_NO = "HY\\d{9,12}";
    static final String CASE_NO = "SA-\\d{4}-\\d{6}";
    /** Who reads agenda items: street, district, administrator, and the agency an item was referred to. */
    static final String READERS = "hasAnyRole('STREET_CLERK','DISTRICT_MANAGER','ADMIN','SOCIAL_WORK_AGENCY')";

    private final MeetingService service;
    private final MeetingQueries queries;

    MeetingController(MeetingService service, MeetingQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    record AgendaItemRequest(@NotBlank @Pattern(regexp = CASE_NO, message = "案件编号格式不正确") String caseNo,
            @NotBlank @Size(max = 1000) String need, @NotBlank @Size(max = 1000) String whyNotMet) {}

    @Operation(summary = "Put a need civil affairs cannot meet on the district's joint-meeting agenda")
    @PostMapping("/agenda-items")
    @PreAuthorize("hasAnyRole('STREET_CLERK','DISTRICT_MANAGER')")
    @Transactional
    ResponseEntity<AgendaItemRow> list(@Valid @RequestBody AgendaItemRequest body) {
        CurrentUser user = CurrentUsers.require();
        var item = service.list(body.caseNo(), body.need(), body.whyNotMet(), user);
        return ResponseEntity.created(URI.create("/api/meeting/agenda-items/" + item.getItemNo()))
                .body(queries.rows(user, List.of(item)).get(0));
    }

    @Operation(summary = "Agenda items in the caller's scope (an agency: those referred to it)")
    @GetMapping("/agenda-items")
    @PreAuthorize(READERS)
    Page<AgendaItemRow> items(@RequestParam(required = false) ItemStatus status,
            @RequestParam(required = false) @Pattern(regexp = CASE_NO) String caseNo,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.items(CurrentUsers.require(), status, caseNo, page, size);
    }

    @Operation(summary = "One agenda item with contact data, plan rounds and deliveries (access-logged)")
    @GetMapping("/agenda-items/{itemNo}")
    @PreAuthorize(READERS)
    AgendaItemView item(@PathVariable @Pattern(regexp = ITEM_NO) String itemNo) {
        return queries.view(CurrentUsers.require(), itemNo);
    }

    @Schema(name = "MeetingDecisionRequest")
    record DecisionRequest(@NotNull Decision decision, DepartmentKind departmentKind, @Size(max = 32) String agencyCode,
            @Size(max = 1000) String note) {}

    @Operation(summary = "Record the meeting's decision on an item: department, agency or not taken up (once: 409 after)")
    @PostMapping("/agenda-items/{itemNo}/decision")
    @PreAuthorize("hasRole('DISTRICT_MANAGER')")
    @Transactional
    AgendaItemRow decide(@PathVariable @Pattern(regexp = ITEM_NO) String itemNo,
            @Valid @RequestBody DecisionRequest body) {
        CurrentUser user = CurrentUsers.require();
        var item = service.decide(itemNo, new DecisionCommand(body.decision(), body.departmentKind(),
                body.agencyCode(), body.note()), user);
        return queries.rows(user, List.of(item)).get(0);
    }

    @Schema(name = "AgencyDeliveryRequest")
    record DeliveryRequest(@NotNull LocalDate deliveredOn, @NotBlank @Size(max = 1000) String content,
            @NotNull @Min(1) @Max(1440) Integer durationMinutes) {}

    @Operation(summary = "The agency records one delivery of its agreed service plan")
    @PostMapping("/agenda-items/{itemNo}/deliveries")
    @PreAuthorize("hasRole('SOCIAL_WORK_AGENCY')")
    @Transactional
    ResponseEntity<AgendaItemView> deliver(@PathVariable @Pattern(regexp = ITEM_NO) String itemNo,
            @Valid @RequestBody DeliveryRequest body) {
        CurrentUser user = CurrentUsers.require();
        service.recordDelivery(itemNo, body.deliveredOn(), body.content(), body.durationMinutes(), user);
        return ResponseEntity.status(201).body(queries.view(user, itemNo));
    }

    @Schema(name = "MeetingScheduleRequest")
    record MeetingRequest(@NotNull LocalDate heldOn, @NotBlank @Size(max = 1000) String attendees,
            @Size(max = 1000) String note,
            @NotEmpty @Size(max = 100) List<@NotBlank @Pattern(regexp = ITEM_NO) String> itemNos) {}

    @Operation(summary = "Schedule a joint meeting and put waiting agenda items on it")
    @PostMapping("/meetings")
    @PreAuthorize("hasRole('DISTRICT_MANAGER')")
    @Transactional
    ResponseEntity<MeetingView> schedule(@Valid @RequestBody MeetingRequest body) {
        CurrentUser user = CurrentUsers.require();
        var m = service.schedule(body.heldOn(), body.attendees(), body.note(), body.itemNos(), user);
        return ResponseEntity.created(URI.create("/api/meeting/meetings/" + m.getMeetingNo()))
                .body(queries.meeting(user, m.getMeetingNo()));
    }

    @GetMapping("/meetings")
    @PreAuthorize("hasAnyRole('DISTRICT_MANAGER','ADMIN')")
    Page<MeetingRow> meetings(@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.meetings(CurrentUsers.require(), page, size);
    }

    @GetMapping("/meetings/{meetingNo}")
    @PreAuthorize("hasAnyRole('DISTRICT_MANAGER','ADMIN')")
    MeetingView meeting(@PathVariable @Pattern(regexp = MEETING_NO) String meetingNo) {
        return queries.meeting(CurrentUsers.require(), meetingNo);
    }

    @Operation(summary = "Social-work agencies of the caller's district")
    @GetMapping("/agencies")
    @PreAuthorize("hasAnyRole('DISTRICT_MANAGER','ADMIN')")
    List<AgencyOption> agencies() {
        return queries.agencies(CurrentUsers.require());
    }
}
