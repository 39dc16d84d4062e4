package cn.civilaffairs.assist.serviceorder;

import cn.civilaffairs.assist.common.Page;
import cn.civilaffairs.assist.audit.AccessAction;
import cn.civilaffairs.assist.audit.AccessLog;
import cn.civilaffairs.assist.caseflow.Recipients.CardInfo;
import cn.civilaffairs.assist.caseflow.Recipients.Recipient;
import cn.civilaffairs.assist.caseflow.Recipients;
import cn.civilaffairs.assist.catalogue.CatalogueService;
import cn.civilaffairs.assist.catalogue.ServiceItem;
import cn.civilaffairs.assist.common.Masking;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.security.ActorNames;
import cn.civilaffairs.assist.security.CurrentUser;
import cn.civilaffairs.assist.security.Role;
import cn.civilaffairs.assist.serviceorder.internal.Aid;
import cn.civilaffairs.assist.serviceorder.internal.AidRepository;
import cn.civilaffairs.assist.serviceorder.internal.Contract;
import cn.civilaffairs.assist.serviceorder.internal.ContractRepository;
import cn.civilaffairs.assist.serviceorder.internal.Delivery;
import cn.civilaffairs.assist.serviceorder.internal.DeliveryRepository;
import cn.civilaffairs.assist.serviceorder.internal.Helper;
import cn.civilaffairs.assist.serviceorder.internal.HelperRepository;
import cn.civilaffairs.assist.serviceorder.internal.OrderEvent;
import cn.civilaffairs.assist.serviceorder.internal.OrderEventRepository;
import cn.civilaffairs.assist.serviceorder.internal.ProviderStaff;
import cn.civilaffairs.assist.serviceorder.internal.ProviderStaffRepository;
import cn.civilaffairs.assist.serviceorder.internal.ServiceOrder;
import cn.civilaffairs.assist.serviceorder.internal.ServiceOrderRepository;
import cn.civilaffairs.assist.serviceorder.internal.SpotCheck;
import cn.civilaffairs.assist.serviceorder.internal.SpotCheckRepository;
import cn.civilaffairs.assist.serviceorder.internal.StandardWarningRepository;
import cn.civilaffairs.assist.serviceorder.internal.Statement;
import cn.civilaffairs.assist.serviceorder.internal.StatementRepository;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of purchased services, always limited to the caller: a provider's staff see their
 * provider's orders only; officials see their org subtree. Out-of-scope answers are 404s.
 */
@Service
@Transactional(readOnly = true)
public class ServiceQueries {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final ServiceOrderRepository orders;
    private final OrderEventRepository events;
    private final DeliveryRepository deliveries;
    private final ContractRepository contracts;
    private final ProviderStaffRepository staff;
    private final SpotCheckRepository checks;
    private final StandardWarningRepository warnings;
    private final StatementRepository statements;
    private final HelperRepository helpers;
    private final AidRepository aids;
    private final Recipients recipients;
    private final CatalogueService catalogue;
    private final OrgService orgs;
    private final ServiceOrderService orderService;
    private final ServicePolicy policy;
    private final TaskService tasks;
    private final AccessLog accessLog;
    private final ActorNames actorNames;

    ServiceQueries(ServiceOrderRepository orders, OrderEventRepository events, DeliveryRepository deliveries,
            ContractRepository contracts, ProviderStaffRepository staff, SpotCheckRepository checks,
            StandardWarningRepository warnings, StatementRepository statements, HelperRepository helpers,
            AidRepository aids, Recipients recipients, CatalogueService catalogue, OrgService orgs,
            ServiceOrderService orderService, ServicePolicy policy, TaskService tasks,
            AccessLog accessLog, ActorNames actorNames) {
        this.actorNames = actorNames;
        this.orders = orders;
        this.events = events;
        this.deliveries = deliveries;
        this.contracts = contracts;
        this.staff = staff;
        this.checks = checks;
        this.warnings = warnings;
        this.statements = statements;
        this.helpers = helpers;
        this.aids = aids;
        this.recipients = recipients;
        this.catalogue = catalogue;
        this.orgs = orgs;
        this.orderService = orderService;
        this.policy = policy;
        this.tasks = tasks;
        this.accessLog = accessLog;
    }

    static boolean isProvider(CurrentUser user) {
        return user.hasRole(Role.PROVIDER_STAFF);
    }

    static String scope(CurrentUser user) {
        return isProvider(user) ? "%" : user.orgCode() + "%";
    }

    static String provider(CurrentUser user) {
        return isProvider(user) ? user.orgCode() : null;
    }

    // --- contracts and providers

    List<ContractView> contracts(CurrentUser user) {
        List<Contract> all = isProvider(user) ? contracts.findByProviderCodeOrderByIdDesc(user.orgCode())
                : contracts.findAllByOrderByIdDesc();
        Map<String, ServiceItem> items = catalogue.byCode(all.stream().flatMap(c -> c.getPrices().keySet().stream())
                .collect(Collectors.toSet()));
        return all.stream()
                .filter(c -> isProvider(user) || user.orgLevel() == OrgLevel.DISTRICT
                        || c.getAreas().stream().anyMatch(a -> a.startsWith(user.orgCode()) || user.orgCode().startsWith(a)))
                .map(c -> new ContractView(c.getId(), c.getContractNo(), c.getProviderCode(),
                        orgName(c.getProviderCode()), c.getValidFrom(), c.getValidTo(),
                        c.getAreas().stream().sorted().map(a -> new Area(a, orgName(a))).toList(),
                        c.getPrices().entrySet().stream()
                                .sorted(Map.Entry.comparingByKey(
                                        (a, b) -> Integer.compare(sortOf(items.get(a)), sortOf(items.get(b)))))
                                .map(e -> {
                                    ServiceItem it = items.get(e.getKey());
                                    return new ContractItem(e.getKey(), it == null ? e.getKey() : it.getName(),
                                            it == null ? null : it.getUnit(), e.getValue());
                                }).toList()))
                .toList();
    }

    private static int sortOf(ServiceItem item) {
        return item == null ? Integer.MAX_VALUE : item.getSortOrder();
    }

    List<ProviderRow> providers() {
        return contracts.findAllByOrderByIdDesc().stream().map(Contract::getProviderCode).distinct().sorted()
                .map(code -> new ProviderRow(code, orgName(code),
                        orders.countByProviderCodeAndStatus(code, OrderStatus.ACCEPTED),
                        checks.countByProviderCodeAndStatus(code, SpotCheckStatus.FAILED)))
                .toList();
    }

    // --- orders

    Page<OrderRow> orders(CurrentUser user, OrderStatus status, String villageCode, String text, int page, int size) {
        String scope = scope(user);
        if (villageCode != null && !villageCode.isBlank()) {
            if (!isProvider(user) && !OrgService.covers(user.orgCode(), villageCode)) {
                return Page.empty(page, size);
            }
            scope = villageCode + "%";
        }
        String t = text == null || text.isBlank() ? null : text.strip();
        PageRequest pr = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id"));
        var result = isProvider(user) ? orders.pageForProvider(user.orgCode(), status, t, pr)
                : orders.pageInScope(scope, status, t, pr);
        return new Page<>(rows(user, result.getContent()), result.getTotalElements(), page, size);
    }

    ServiceOrder visibleOrder(CurrentUser user, String orderNo) {
        return orders.findByOrderNo(orderNo).filter(o -> canSee(user, o))
                .orElseThrow(() -> new NotFoundException("工单不存在或不在您的范围内：" + orderNo));
    }

    static boolean canSee(CurrentUser user, ServiceOrder o) {
        return isProvider(user) ? user.orgCode().equals(o.getProviderCode())
                : OrgService.covers(user.orgCode(), o.getVillageCode());
    }

    OrderView order(CurrentUser user, String orderNo) {
        ServiceOrder o = visibleOrder(user, orderNo);
        OrderRow row = rows(user, List.of(o)).get(0);
        Recipient r = recipients.recipients(List.of(o.getCaseId())).get(o.getCaseId());
        // A provider needs the door and the phone only once it has the order.
        boolean contact = !isProvider(user) || o.getStatus() == OrderStatus.ACCEPTED;
        List<OrderEvent> history = events.findByOrderIdOrderById(o.getId());
        Function<String, String> names = actorNames.of(history.stream().map(OrderEvent::getActor).toList());
        OrderView view = new OrderView(row, contact ? r.address() : null, contact ? r.phone() : null,
                history.stream().map(e -> new OrderEventView(e.getAt(), e.getActor(), names.apply(e.getActor()),
                        e.getType(), e.getDetail())).toList(),
                deliveryRows(deliveries.findByOrderIdOrderByServiceDateDescStartTimeDesc(o.getId())));
        accessLog.record(user, AccessAction.SERVICE_ORDER, orderNo,
                recipients.personIds(List.of(o.getCaseId())).get(o.getCaseId()));
        return view;
    }

    List<Candidate> candidates(CurrentUser user, String orderNo) {
        ServiceOrder o = visibleOrder(user, orderNo);
        return orderService.candidates(o, orderService.today()).stream()
                .map(c -> new Candidate(c.providerCode(), orgName(c.providerCode()), c.contract().getContractNo(),
                        c.unitPrice()))
                .toList();
    }

    List<OrderRow> rows(CurrentUser user, List<ServiceOrder> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Recipient> people = recipients.recipients(list.stream().map(ServiceOrder::getCaseId).toList());
        Map<String, ServiceItem> items = catalogue.byCode(list.stream().map(ServiceOrder::getItemCode).toList());
        Map<String, String> taskIds = openTasks(user, list.stream().map(ServiceOrder::getProcessInstanceId)
                .filter(Objects::nonNull).toList());
        return list.stream().map(o -> {
            ServiceItem item = items.get(o.getItemCode());
            CardInfo card = recipients.card(o.getCardNo()).orElse(null);
            Contract contract = o.getContractId() == null ? null : contracts.findById(o.getContractId()).orElse(null);
            return new OrderRow(o.getOrderNo(), o.getCaseNo(), people.get(o.getCaseId()).name(), o.getVillageCode(),
                    orgName(o.getVillageCode()), o.getItemCode(), item == null ? o.getItemCode() : item.getName(),
                    item == null ? null : item.getUnit(),
                    contract == null ? null : contract.getPrices().get(o.getItemCode()), o.getProviderCode(),
                    orgName(o.getProviderCode()), o.getStatus().name(), o.getOfferedAt(),
                    o.getStatus() == OrderStatus.OFFERED ? respondBy(o.getProcessInstanceId()) : null,
                    o.getAcceptedAt(), o.getRegisteredAt() != null, maskCard(o.getCardNo()),
                    card == null ? null : card.validTo(),
                    o.getProcessInstanceId() == null ? null : taskIds.get(o.getProcessInstanceId()));
        }).toList();
    }

    static String maskCard(String cardNo) {
        return cardNo == null || cardNo.length() < 10 ? cardNo
                : cardNo.substring(0, 7) + "****" + cardNo.substring(cardNo.length() - 3);
    }

    private java.time.Instant respondBy(String processInstanceId) {
        if (processInstanceId == null) {
            return null;
        }
        Task t = tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(ServiceProcesses.TASK_RESPOND).singleResult();
        return t == null || t.getDueDate() == null ? null : t.getDueDate().toInstant();
    }

    /** The caller's open tasks in these processes, by process instance (candidate group or assignee). */
    private Map<String, String> openTasks(CurrentUser user, Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        List<Task> found = tasks.createTaskQuery().processInstanceIdIn(processInstanceIds.toArray(String[]::new))
                .or().taskCandidateGroupIn(user.groupIds()).taskAssignee(user.username()).endOr().list();
        Map<String, String> out = new HashMap<>();
        found.forEach(t -> out.putIfAbsent(t.getProcessInstanceId(), t.getId()));
        return out;
    }

    Today today(CurrentUser user) {
        List<ServiceOrder> accepted = orders.findByProviderCodeAndStatusOrderById(user.orgCode(), OrderStatus.ACCEPTED);
        return new Today(rows(user, accepted),
                deliveryRows(deliveries.findForProviderOn(user.orgCode(), orderService.today())));
    }

    // --- deliveries

    Page<DeliveryRow> deliveries(CurrentUser user, YearMonth month, DeliveryStatus status, String orderNo,
            String villageCode, int page, int size) {
        String scope = scope(user);
        if (villageCode != null && !villageCode.isBlank()) {
            if (!isProvider(user) && !OrgService.covers(user.orgCode(), villageCode)) {
                return Page.empty(page, size);
            }
            scope = villageCode + "%";
        }
        Long orderId = null;
        if (orderNo != null && !orderNo.isBlank()) {
            orderId = visibleOrder(user, orderNo).getId();
        }
        LocalDate from = month == null ? LocalDate.of(2000, 1, 1) : month.atDay(1);
        LocalDate to = month == null ? LocalDate.of(2999, 12, 31) : month.atEndOfMonth();
        var result = deliveries.page(provider(user), scope, status, orderId, from, to, PageRequest.of(page, size,
                Sort.by(Sort.Direction.DESC, "serviceDate", "startTime", "id")));
        return new Page<>(deliveryRows(result.getContent()), result.getTotalElements(), page, size);
    }

    Delivery visibleDelivery(CurrentUser user, long id) {
        return deliveries.findById(id)
                .filter(d -> isProvider(user) ? user.orgCode().equals(d.getProviderCode())
                        : OrgService.covers(user.orgCode(), d.getVillageCode()))
                .orElseThrow(() -> new NotFoundException("服务记录不存在：" + id));
    }

    DeliveryRow deliveryRow(Delivery d) {
        return deliveryRows(List.of(d)).get(0);
    }

    List<DeliveryRow> deliveryRows(List<Delivery> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Recipient> people = recipients.recipients(list.stream().map(Delivery::getCaseId).distinct().toList());
        Map<String, ServiceItem> items = catalogue.byCode(list.stream().map(Delivery::getItemCode).toList());
        Map<Long, ServiceOrder> byId = orders.findAllById(list.stream().map(Delivery::getOrderId).distinct().toList())
                .stream().collect(Collectors.toMap(ServiceOrder::getId, Function.identity()));
        Map<String, String> names = staff.findAllById(list.stream().map(Delivery::getStaffUsername).distinct().toList())
                .stream().collect(Collectors.toMap(ProviderStaff::getUsername, ProviderStaff::getName));
        Map<Long, String> stmtNos = statementNos(list.stream().map(Delivery::getStatementId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return list.stream().map(d -> {
            ServiceItem item = items.get(d.getItemCode());
            return new DeliveryRow(d.getId(), byId.get(d.getOrderId()).getOrderNo(), people.get(d.getCaseId()).name(),
                    orgName(d.getVillageCode()), d.getItemCode(), item == null ? d.getItemCode() : item.getName(),
                    d.getServiceDate(), d.getStartTime().format(HH_MM), d.getEndTime().format(HH_MM), d.getMinutes(),
                    d.getQuantity(), d.getUnitPrice(), d.getAmount(), d.getStaffUsername(),
                    names.getOrDefault(d.getStaffUsername(), d.getStaffUsername()), d.getNotes(), d.getPhotoKey() != null,
                    d.getStatus().name(), d.getConfirmedAt(), d.getConfirmMethod() == null ? null : d.getConfirmMethod().name(),
                    d.getConfirmedBy(), d.isFlagged(), d.getFlagReason(),
                    d.getStatementId() == null ? null : stmtNos.get(d.getStatementId()));
        }).toList();
    }

    private Map<Long, String> statementNos(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return statements.findAllById(ids).stream()
                .collect(Collectors.toMap(Statement::getId, Statement::getStatementNo));
    }

    // --- spot checks and standards

    List<SpotCheckRow> spotChecks(CurrentUser user, String month, SpotCheckStatus status) {
        return spotCheckRows(user, checks.findInScope(user.orgCode() + "%", month, status));
    }

    SpotCheckRow spotCheck(CurrentUser user, long id) {
        SpotCheck c = checks.findById(id).filter(x -> OrgService.covers(user.orgCode(), x.getVillageCode()))
                .orElseThrow(() -> new NotFoundException("抽查不存在。"));
        return spotCheckRows(user, List.of(c)).get(0);
    }

    private List<SpotCheckRow> spotCheckRows(CurrentUser user, List<SpotCheck> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, DeliveryRow> rows = deliveryRows(deliveries.findAllById(list.stream().map(SpotCheck::getDeliveryId)
                .toList())).stream().collect(Collectors.toMap(DeliveryRow::id, Function.identity()));
        Map<String, String> taskIds = openTasks(user, list.stream().map(SpotCheck::getProcessInstanceId)
                .filter(Objects::nonNull).toList());
        return list.stream().map(c -> new SpotCheckRow(c.getId(), c.getMonth(), c.getStatus().name(),
                c.getMethod() == null ? null : c.getMethod().name(), c.getNote(), c.getCheckedBy(), c.getCheckedAt(),
                c.getProcessInstanceId() == null ? null : taskIds.get(c.getProcessInstanceId()),
                orgName(c.getProviderCode()), rows.get(c.getDeliveryId()))).toList();
    }

    Standards standards() {
        return new Standards(policy.minServices(), policy.minMinutesEach(), policy.minAmount(),
                policy.disabledElderlyAmount(), policy.warnDaysBeforeMonthEnd());
    }

    List<StandardWarningRow> standardWarnings(CurrentUser user, String month) {
        var list = warnings.findInScope(user.orgCode() + "%", month);
        Map<Long, Recipient> people = recipients.recipients(list.stream().map(w -> w.getCaseId()).distinct().toList());
        return list.stream().map(w -> new StandardWarningRow(w.getId(), w.getMonth(), people.get(w.getCaseId()).caseNo(),
                people.get(w.getCaseId()).name(), orgName(w.getVillageCode()), w.getServices(), w.getQualifying(),
                w.getAmount(), w.getRequiredAmount(), Arrays.asList(w.getReasons().split("；")), w.getRaisedAt()))
                .toList();
    }

    // --- statements

    static final String LINE_SERVICE = "SERVICE";
    static final String LINE_DEDUCTION = "DEDUCTION";

    List<StatementRow> statements(CurrentUser user, String month, StatementStatus status, StatementKind kind) {
        String scope = isProvider(user) ? "%" : streetScope(user) + "%";
        List<Statement> list = statements.find(provider(user), scope, month, isProvider(user) ? StatementKind.PROVIDER : kind,
                status).stream().filter(s -> visibleStatement(user, s)).toList();
        return statementRows(user, list);
    }

    /** A village officer works on the street's statements of helpers from the own village only. */
    private String streetScope(CurrentUser user) {
        return user.orgLevel() == OrgLevel.VILLAGE ? orgs.get(user.orgCode()).getParentCode() : user.orgCode();
    }

    private boolean visibleStatement(CurrentUser user, Statement s) {
        if (isProvider(user)) {
            return s.getKind() == StatementKind.PROVIDER && user.orgCode().equals(s.getPartyCode());
        }
        if (user.orgLevel() == OrgLevel.VILLAGE) {
            return s.getKind() == StatementKind.HELPER && helpers.findById(Long.parseLong(s.getPartyCode().substring(1)))
                    .map(h -> h.getVillageCode().equals(user.orgCode())).orElse(false);
        }
        return OrgService.covers(user.orgCode(), s.getStreetCode());
    }

    Statement visibleStatement(CurrentUser user, String statementNo) {
        return statements.findByStatementNo(statementNo).filter(s -> visibleStatement(user, s))
                .orElseThrow(() -> new NotFoundException("结算单不存在：" + statementNo));
    }

    StatementView statement(CurrentUser user, String statementNo) {
        Statement s = visibleStatement(user, statementNo);
        return new StatementView(statementRows(user, List.of(s)).get(0), lines(s));
    }

    List<StatementLine> lines(Statement s) {
        if (s.getKind() == StatementKind.PROVIDER) {
            List<StatementLine> out = new ArrayList<>(deliveryRows(
                    deliveries.findByStatementIdOrderByServiceDateAscStartTimeAscIdAsc(s.getId())).stream()
                    .map(d -> new StatementLine(d.serviceDate(), d.recipientName(), d.itemName(), d.startTime(),
                            d.endTime(), d.minutes(), d.quantity(), d.unitPrice(), d.amount(), d.staffName(),
                            d.confirmMethod(), LINE_SERVICE, d.id(), YearMonth.from(d.serviceDate()).toString(), null,
                            null))
                    .toList());
            // Deductions after the care settled, each the negative of what was paid for it.
            deliveryRows(deliveries.findByDeductedOnStatementIdOrderByServiceDateAscStartTimeAscIdAsc(s.getId()))
                    .forEach(d -> out.add(new StatementLine(d.serviceDate(), d.recipientName(), d.itemName(),
                            d.startTime(), d.endTime(), d.minutes(), d.quantity().negate(), d.unitPrice(),
                            d.amount().negate(), d.staffName(), d.confirmMethod(), LINE_DEDUCTION, d.id(),
                            YearMonth.from(d.serviceDate()).toString(), d.flagReason(), d.statementNo())));
            return out;
        }
        List<Aid> list = aids.findByStatementIdOrderByAidDateAscIdAsc(s.getId());
        Map<Long, Recipient> people = recipients.recipients(list.stream().map(Aid::getCaseId).distinct().toList());
        String helper = partyName(s);
        return list.stream().map(a -> new StatementLine(a.getAidDate(), people.get(a.getCaseId()).name(),
                "邻里互助：" + a.getContent(), null, null, a.getMinutes(), java.math.BigDecimal.ONE.setScale(2),
                a.getAmount(), a.getAmount(), helper, null, LINE_SERVICE, null,
                YearMonth.from(a.getAidDate()).toString(), null, null)).toList();
    }

    String partyName(Statement s) {
        if (s.getKind() == StatementKind.PROVIDER) {
            return orgName(s.getPartyCode());
        }
        return helpers.findById(Long.parseLong(s.getPartyCode().substring(1))).map(Helper::getName).orElse(s.getPartyCode());
    }

    List<StatementRow> statementRows(CurrentUser user, List<Statement> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<String, String> taskIds = new HashMap<>();
        List<String> submitted = list.stream().filter(s -> s.getStatus() == StatementStatus.SUBMITTED)
                .map(Statement::getStatementNo).toList();
        if (!submitted.isEmpty()) {
            tasks.createTaskQuery().processInstanceBusinessKeyIn(submitted.toArray(String[]::new))
                    .processDefinitionKey(ServiceProcesses.STATEMENT_REVIEW)
                    .or().taskCandidateGroupIn(user.groupIds()).taskAssignee(user.username()).endOr().list()
                    .forEach(t -> taskIds.put(businessKeyOf(t, submitted), t.getId()));
        }
        Function<String, String> approvers = actorNames.of(list.stream().map(Statement::getApprovedBy).toList());
        return list.stream().map(s -> new StatementRow(s.getStatementNo(), s.getKind().name(), s.getPartyCode(),
                partyName(s), s.getStreetCode(), orgName(s.getStreetCode()), s.getMonth(), s.getStatus().name(),
                s.getLineCount(), s.getTotalAmount(), s.getSubmittedAt(), s.getApprovedAt(),
                s.getApprovedBy() == null ? null : Objects.requireNonNullElse(approvers.apply(s.getApprovedBy()), "系统"),
                s.getReviewComment(), taskIds.get(s.getStatementNo()), s.getSupplementNo(), s.getDeductionCount(),
                s.getDeductionAmount())).toList();
    }

    private String businessKeyOf(Task t, List<String> keys) {
        Object no = tasks.getVariable(t.getId(), ServiceProcesses.VAR_STATEMENT_NO);
        return no == null ? null : no.toString();
    }

    // --- neighbour aid

    List<HelperRow> helpers(CurrentUser user, LocalDate today) {
        YearMonth month = YearMonth.from(today);
        List<Helper> list = helpers.findInScope(user.orgCode() + "%");
        Map<Long, Long> counts = aids.findInScope(user.orgCode() + "%", month.atDay(1), month.atEndOfMonth()).stream()
                .collect(Collectors.groupingBy(Aid::getHelperId, Collectors.counting()));
        return list.stream().map(h -> new HelperRow(h.getId(), h.getName(), Masking.phone(h.getPhone()),
                h.getVillageCode(), orgName(h.getVillageCode()), h.getTrainedOn(), h.isActive(),
                counts.getOrDefault(h.getId(), 0L))).toList();
    }

    List<AidRow> aid(CurrentUser user, YearMonth month) {
        List<Aid> list = aids.findInScope(user.orgCode() + "%", month.atDay(1), month.atEndOfMonth());
        return aidRows(list);
    }

    List<AidRow> aidRows(List<Aid> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Recipient> people = recipients.recipients(list.stream().map(Aid::getCaseId).distinct().toList());
        Map<Long, String> helperNames = helpers.findAllById(list.stream().map(Aid::getHelperId).distinct().toList())
                .stream().collect(Collectors.toMap(Helper::getId, Helper::getName));
        Map<Long, String> stmtNos = statementNos(list.stream().map(Aid::getStatementId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return list.stream().map(a -> new AidRow(a.getId(), a.getHelperId(), helperNames.get(a.getHelperId()),
                people.get(a.getCaseId()).caseNo(), people.get(a.getCaseId()).name(), a.getAidDate(), a.getMinutes(),
                a.getContent(), a.getStatementId() == null ? null : stmtNos.get(a.getStatementId()))).toList();
    }

    String orgName(String code) {
        return code == null ? null : orgs.find(code).map(OrgUnit::getName).orElse(code);
    }
}
