package cn.civilaffairs.assist.serviceorder;

import static cn.civilaffairs.assist.security.RoleGroups.*;

import cn.civilaffairs.assist.common.UploadCheck;
import cn.civilaffairs.assist.common.Phone;
import cn.civilaffairs.assist.common.Page;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.FieldValidationException.FieldError;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.FileStorage;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.person.ValidResidentId;
import cn.civilaffairs.assist.security.ClientAddresses;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.CurrentUsers;
import cn.civilaffairs.assist.serviceorder.ContractService.ContractCommand;
import cn.civilaffairs.assist.serviceorder.DeliveryService.DeliveryCommand;
import cn.civilaffairs.assist.serviceorder.NeighbourAidService.AidCommand;
import cn.civilaffairs.assist.serviceorder.NeighbourAidService.HelperCommand;
import cn.civilaffairs.assist.serviceorder.internal.Delivery;
import cn.civilaffairs.assist.serviceorder.internal.Statement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamResource;
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
@RequestMapping("/api/services")
@Validated
@Tag(name = "purchased services", description = "政府购买服务：合同、工单、服务记录、抽查、达标、结算、邻里互助")
class ServiceController {
    static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";
    static final String ORDER_NO = "GD\\d{10}";
    static final String STATEMENT_NO = "JS\\d{10}";

    private final ServiceQueries queries;
    private final ServiceOrderService orders;
    private final DeliveryService deliveries;
    private final ContractService contracts;
    private final SpotCheckService spotChecks;
    private final StatementService statements;
    private final NeighbourAidService aid;
    private final FileStorage storage;
    private final UploadCheck uploads;
    private final ClientAddresses clientAddresses;

    ServiceController(ServiceQueries queries, ServiceOrderService orders, DeliveryService deliveries,
            ContractService contracts, SpotCheckService spotChecks, StatementService statements,
            NeighbourAidService aid, FileStorage storage,
            UploadCheck uploads, ClientAddresses clientAddresses) {
        this.clientAddresses = clientAddresses;
        this.queries = queries;
        this.orders = orders;
        this.deliveries = deliveries;
        this.contracts = contracts;
        this.spotChecks = spotChecks;
        this.statements = statements;
        this.aid = aid;
        this.storage = storage;
        this.uploads = uploads;
    }

    // --- contracts and providers

    @GetMapping("/contracts")
    @PreAuthorize(SUPERVISORS_AND_PROVIDERS)
    List<ContractView> contracts() {
        return queries.contracts(CurrentUsers.require());
    }

    record ContractItemRequest(@NotBlank @Size(max = 32) String itemCode,
            @NotNull @DecimalMin(value = "0.01") @DecimalMax("99999999.99") @Digits(integer = 8, fraction = 2) BigDecimal unitPrice) {}

    record ContractRequest(@NotBlank @Size(max = 32) String providerCode, @NotNull LocalDate validFrom,
            @NotNull LocalDate validTo, @NotEmpty List<@NotBlank @Size(max = 32) String> areaCodes,
            @NotEmpty List<@Valid ContractItemRequest> items) {}

    @Operation(summary = "Register a provider contract: items with unit prices, areas served, validity")
    @PostMapping("/contracts")
    @PreAuthorize("hasRole('DISTRICT_MANAGER')")
    ResponseEntity<ContractView> createContract(@Valid @RequestBody ContractRequest body) {
        CurrentUser user = CurrentUsers.require();
        // A manager contracts for the own district only (contracts are read by the areas they cover).
        List<FieldError> outside = body.areaCodes().stream().filter(a -> !OrgService.covers(user.orgCode(), a))
                .map(a -> new FieldError("areaCodes", "服务区域不在您的管辖范围内：" + a)).toList();
        if (!outside.isEmpty()) {
            throw new FieldValidationException("服务合同有误。", outside);
        }
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        body.items().forEach(i -> prices.put(i.itemCode(), i.unitPrice()));
        String no = contracts.create(new ContractCommand(body.providerCode(), body.validFrom(), body.validTo(),
                body.areaCodes(), prices), user.username());
        ContractView view = queries.contracts(user).stream().filter(c -> c.contractNo().equals(no)).findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create("/api/services/contracts/" + view.id())).body(view);
    }

    @GetMapping("/providers")
    @PreAuthorize(SUPERVISORS)
    List<ProviderRow> providers() {
        return queries.providers();
    }

    // --- orders

    @Operation(summary = "Orders in the caller's scope (a provider: its own only)")
    @GetMapping("/orders")
    @PreAuthorize(OFFICIALS_AND_PROVIDERS)
    Page<OrderRow> orders(@RequestParam(required = false) OrderStatus status,
            @RequestParam(required = false) @Pattern(regexp = "\\d{6,12}") String villageCode,
            @RequestParam(required = false) @Size(max = 32) String text,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.orders(CurrentUsers.require(), status, villageCode, text, page, size);
    }

    @GetMapping("/orders/{orderNo}")
    @PreAuthorize(OFFICIALS_AND_PROVIDERS)
    OrderView order(@PathVariable @Pattern(regexp = ORDER_NO) String orderNo) {
        return queries.order(CurrentUsers.require(), orderNo);
    }

    @GetMapping("/orders/{orderNo}/candidates")
    @PreAuthorize(DECIDERS)
    List<Candidate> candidates(@PathVariable @Pattern(regexp = ORDER_NO) String orderNo) {
        return queries.candidates(CurrentUsers.require(), orderNo);
    }

    record RegistrationRequest(@NotBlank @Size(max = 64) String cardNo) {}

    @Operation(summary = "Register the recipient before serving: card number typed or read from the card's QR code")
    @PostMapping("/registrations")
    @PreAuthorize("hasRole('PROVIDER_STAFF')")
    @Transactional
    List<OrderRow> register(@Valid @RequestBody RegistrationRequest body) {
        CurrentUser user = CurrentUsers.require();
        return queries.rows(user, orders.register(body.cardNo(), user));
    }

    @GetMapping("/today")
    @PreAuthorize("hasRole('PROVIDER_STAFF')")
    Today today() {
        return queries.today(CurrentUsers.require());
    }

    // --- deliveries

    record DeliveryRequest(@NotBlank @Pattern(regexp = ORDER_NO) String orderNo, @NotNull LocalDate serviceDate,
            @NotNull LocalTime startTime, @NotNull LocalTime endTime, @Size(max = 1000) String notes) {}

    @Operation(summary = "Record a delivery (optional photo); refused with the reason when a rule is broken")
    @PostMapping(path = "/deliveries", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('PROVIDER_STAFF')")
    @Transactional
    ResponseEntity<DeliveryRow> record(@Valid @RequestPart("delivery") DeliveryRequest body,
            @RequestPart(name = "photo", required = false) MultipartFile photo) throws IOException {
        UploadCheck.Checked checked = uploads.photo(photo);
        CurrentUser user = CurrentUsers.require();
        String key = checked == null ? null : storage.storeWithTransaction(checked.content());
        String type = checked == null ? null : checked.contentType();
        Delivery d = deliveries.record(new DeliveryCommand(body.orderNo(), body.serviceDate(), body.startTime(),
                body.endTime(), body.notes()), key, type, user);
        return ResponseEntity.created(URI.create("/api/services/deliveries/" + d.getId()))
                .body(queries.deliveryRow(d));
    }


    @GetMapping("/deliveries")
    @PreAuthorize(OFFICIALS_AND_PROVIDERS)
    Page<DeliveryRow> deliveries(@RequestParam(required = false) @Pattern(regexp = MONTH) String month,
            @RequestParam(required = false) DeliveryStatus status,
            @RequestParam(required = false) @Pattern(regexp = ORDER_NO) String orderNo,
            @RequestParam(required = false) @Pattern(regexp = "\\d{6,12}") String villageCode,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.deliveries(CurrentUsers.require(), month == null ? null : YearMonth.parse(month), status,
                orderNo, villageCode, page, size);
    }

    @GetMapping("/deliveries/{id}/photo")
    @PreAuthorize(OFFICIALS_AND_PROVIDERS)
    ResponseEntity<InputStreamResource> photo(@PathVariable long id) throws IOException {
        Delivery d = queries.visibleDelivery(CurrentUsers.require(), id);
        if (d.getPhotoKey() == null) {
            throw new cn.civilaffairs.assist.common.NotFoundException("该服务记录没有照片。");
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.getPhotoType()))
                .body(new InputStreamResource(storage.open(d.getPhotoKey())));
    }

    record ConfirmRequest(@NotNull ConfirmMethod method, @Pattern(regexp = "\\d{6}", message = "服务卡密码为6位数字") String pin) {}

    @Operation(summary = "Confirm a delivery: card PIN at the door (provider staff) or the village officer; counted once")
    @PostMapping("/deliveries/{id}/confirm")
    @PreAuthorize(DELIVERY_CONFIRMERS)
    DeliveryRow confirm(@PathVariable long id, @Valid @RequestBody ConfirmRequest body, HttpServletRequest request) {
        if (body.method() == ConfirmMethod.PIN && (body.pin() == null || body.pin().isBlank())) {
            throw new FieldValidationException("请输入服务卡密码。", List.of(new FieldError("pin", "请输入服务卡密码。")));
        }
        // No transaction here: the PIN attempt must stay counted when the confirmation is refused.
        return queries.deliveryRow(deliveries.confirm(id, body.method(), body.pin(), CurrentUsers.require(),
                clientAddresses.of(request)));
    }

    // --- spot checks, standards

    @GetMapping("/spot-checks")
    @PreAuthorize(OFFICIALS)
    List<SpotCheckRow> spotChecks(@RequestParam(required = false) @Pattern(regexp = MONTH) String month,
            @RequestParam(required = false) SpotCheckStatus status) {
        return queries.spotChecks(CurrentUsers.require(), month, status);
    }

    record DrawRequest(@NotBlank @Pattern(regexp = MONTH) String month) {}

    @Operation(summary = "Draw the month's spot-check sample now (also drawn on the 1st for the month before)")
    @PostMapping("/spot-checks/draw")
    @PreAuthorize(MANAGERS)
    @Transactional
    Map<String, Integer> draw(@Valid @RequestBody DrawRequest body) {
        return Map.of("drawn", spotChecks.draw(YearMonth.parse(body.month())));
    }

    @GetMapping("/standards")
    @PreAuthorize(OFFICIALS_AND_PROVIDERS)
    Standards standards() {
        return queries.standards();
    }

    @GetMapping("/standard-warnings")
    @PreAuthorize(OFFICIALS)
    List<StandardWarningRow> standardWarnings(@RequestParam(required = false) @Pattern(regexp = MONTH) String month) {
        return queries.standardWarnings(CurrentUsers.require(), month);
    }

    // --- statements

    @GetMapping("/statements")
    @PreAuthorize(OFFICIALS_AND_PROVIDERS)
    List<StatementRow> statements(@RequestParam(required = false) @Pattern(regexp = MONTH) String month,
            @RequestParam(required = false) StatementStatus status, @RequestParam(required = false) StatementKind kind) {
        return queries.statements(CurrentUsers.require(), month, status, kind);
    }

    record BuildRequest(@NotBlank @Pattern(regexp = MONTH) String month, @NotNull StatementKind kind) {}

    @Operation(summary = "(Re)build the month's draft statements of the caller's side")
    @PostMapping("/statements")
    @PreAuthorize(STREET_STAFF_AND_PROVIDERS)
    @Transactional
    List<StatementRow> build(@Valid @RequestBody BuildRequest body) {
        CurrentUser user = CurrentUsers.require();
        List<Statement> built = statements.build(YearMonth.parse(body.month()), body.kind(), user);
        return queries.statementRows(user, built);
    }

    @GetMapping("/statements/{no}")
    @PreAuthorize(OFFICIALS_AND_PROVIDERS)
    StatementView statement(@PathVariable @Pattern(regexp = STATEMENT_NO) String no) {
        return queries.statement(CurrentUsers.require(), no);
    }

    @PostMapping("/statements/{no}/submit")
    @PreAuthorize(STREET_STAFF_AND_PROVIDERS)
    @Transactional
    StatementRow submit(@PathVariable @Pattern(regexp = STATEMENT_NO) String no) {
        CurrentUser user = CurrentUsers.require();
        // The same rule as reading it: a village officer only his own village's helpers (404 otherwise).
        queries.visibleStatement(user, no);
        return queries.statementRows(user, List.of(statements.submit(no, user))).get(0);
    }

    @GetMapping("/statements/{no}/export")
    @PreAuthorize(OFFICIALS_AND_PROVIDERS)
    ResponseEntity<ByteArrayResource> export(@PathVariable @Pattern(regexp = STATEMENT_NO) String no) throws IOException {
        StatementView view = queries.statement(CurrentUsers.require(), no);
        byte[] xlsx = StatementExcel.write(view);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("结算单-" + no + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(new ByteArrayResource(xlsx));
    }

    // --- neighbour aid

    @GetMapping("/helpers")
    @PreAuthorize(OFFICIALS)
    List<HelperRow> helpers() {
        return queries.helpers(CurrentUsers.require(), orders.today());
    }

    record HelperRequest(@NotBlank @Size(max = 50) String name, @NotBlank @ValidResidentId String idNumber,
            @NotBlank @Phone String phone,
            @NotBlank @Pattern(regexp = "\\d{12}") String villageCode, LocalDate trainedOn) {}

    @PostMapping("/helpers")
    @PreAuthorize("hasRole('VILLAGE_OFFICER')")
    @Transactional
    ResponseEntity<HelperRow> registerHelper(@Valid @RequestBody HelperRequest body) {
        CurrentUser user = CurrentUsers.require();
        var h = aid.register(new HelperCommand(body.name(), body.idNumber().toUpperCase(), body.phone(),
                body.villageCode(), body.trainedOn()), user);
        HelperRow row = queries.helpers(user, orders.today()).stream().filter(r -> r.id() == h.getId()).findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create("/api/services/helpers/" + h.getId())).body(row);
    }

    @GetMapping("/helpers/aid")
    @PreAuthorize(OFFICIALS)
    List<AidRow> aid(@RequestParam(required = false) @Pattern(regexp = MONTH) String month) {
        YearMonth m = month == null ? YearMonth.from(orders.today()) : YearMonth.parse(month);
        return queries.aid(CurrentUsers.require(), m);
    }

    record AidRequest(@NotBlank @Pattern(regexp = "SA-\\d{4}-\\d{6}", message = "案件编号格式不正确") String caseNo, @NotNull LocalDate aidDate,
            @NotNull @Min(5) @Max(720) Integer minutes, @NotBlank @Size(max = 500) String content) {}

    @PostMapping("/helpers/{id}/aid")
    @PreAuthorize("hasRole('VILLAGE_OFFICER')")
    @Transactional
    ResponseEntity<AidRow> recordAid(@PathVariable long id, @Valid @RequestBody AidRequest body) {
        var a = aid.record(id, new AidCommand(body.caseNo(), body.aidDate(), body.minutes(), body.content()),
                CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/services/helpers/" + id + "/aid/" + a.getId()))
                .body(queries.aidRows(List.of(a)).get(0));
    }
}
