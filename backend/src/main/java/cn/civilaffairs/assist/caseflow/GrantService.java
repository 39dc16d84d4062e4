package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.caseflow.internal.ServiceCase;
import cn.civilaffairs.assist.caseflow.internal.ServiceGrant;
import cn.civilaffairs.assist.caseflow.internal.ServiceGrantRepository;
import cn.civilaffairs.assist.catalogue.CatalogueService;
import cn.civilaffairs.assist.catalogue.ServiceItem;
import cn.civilaffairs.assist.catalogue.ServiceWay;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.FieldValidationException.FieldError;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Step 4, serve: each granted item runs in its own service process, started and stopped here. */
@Service
public class GrantService {
    static final String VAR_GRANT_ID = "grantId";
    static final String VAR_ITEM_NAME = "itemName";

    private final ServiceGrantRepository grants;
    private final CaseService caseService;
    private final CatalogueService catalogue;
    private final RuntimeService runtimeService;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    GrantService(ServiceGrantRepository grants, CaseService caseService, CatalogueService catalogue,
            RuntimeService runtimeService, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.grants = grants;
        this.caseService = caseService;
        this.catalogue = catalogue;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** Starts a service process for every granted item not yet started. */
    @Transactional
    public int startPending(String caseNo, String streetCode, String actor) {
        ServiceCase c = caseService.get(caseNo);
        List<ServiceGrant> pending = grants.findByCaseIdOrderById(c.getId()).stream()
                .filter(g -> g.getStatus() == GrantStatus.GRANTED).toList();
        Map<String, ServiceItem> items = catalogue.byCode(pending.stream().map(ServiceGrant::getItemCode).toList());
        for (ServiceGrant g : pending) {
            ServiceItem item = items.get(g.getItemCode());
            String pi = ServiceRouting.runsGenericProcess(item.getWay())
                    ? runtimeService.createProcessInstanceByKey(ServiceRouting.GENERIC_SERVICE)
                            .businessKey(caseNo)
                            .setVariable(VAR_GRANT_ID, g.getId())
                            .setVariable(VAR_ITEM_NAME, item.getName())
                            .setVariable(ServiceAssistanceProcess.VAR_STREET_CODE, streetCode)
                            .execute().getId()
                    : null;
            g.started(pi);
            events.publishEvent(new ServiceGranted(g.getId(), c.getId(), caseNo, g.getItemCode(), item.getWay(),
                    streetCode));
            caseService.event(c, actor, CaseEventType.SERVICE_STARTED, "启动服务：" + item.getName()
                    + (item.getWay() == ServiceWay.CHARITY ? "（待转介慈善组织）" : ""));
        }
        return pending.size();
    }

    /** Applies a review's new item set: removed items stop, added items are granted (and started). */
    @Transactional
    public void changeItems(String caseNo, List<String> itemCodes, String reason, String actor) {
        ServiceCase c = caseService.get(caseNo);
        Set<String> wanted = new LinkedHashSet<>(itemCodes == null ? List.of() : itemCodes);
        Map<String, ServiceItem> known = catalogue.byCode(wanted);
        List<FieldError> errors = new ArrayList<>();
        if (wanted.isEmpty()) {
            errors.add(new FieldError("itemCodes", "变更后至少保留一项服务；不再需要服务请选择“停止服务”。"));
        }
        wanted.stream().filter(code -> !known.containsKey(code))
                .forEach(code -> errors.add(new FieldError("itemCodes", "服务目录中没有该项目：" + code)));
        if (!errors.isEmpty()) {
            throw new FieldValidationException("服务变更有误。", errors);
        }
        List<ServiceGrant> current = grants.findByCaseIdOrderById(c.getId()).stream()
                .filter(g -> g.getStatus() != GrantStatus.STOPPED).toList();
        Set<String> have = current.stream().map(ServiceGrant::getItemCode).collect(Collectors.toSet());
        for (ServiceGrant g : current) {
            if (!wanted.contains(g.getItemCode())) {
                stop(c, g, reason, actor);
            }
        }
        for (String code : wanted) {
            if (!have.contains(code)) {
                grants.save(new ServiceGrant(c.getId(), code, actor, clock.instant()));
                caseService.event(c, actor, CaseEventType.SERVICE_GRANTED, "新增服务：" + known.get(code).getName());
            }
        }
    }

    /** Stops every running or pending service of the case. */
    @Transactional
    public void stopAll(String caseNo, String reason, String actor) {
        ServiceCase c = caseService.get(caseNo);
        grants.findByCaseIdOrderById(c.getId()).stream()
                .filter(g -> g.getStatus() != GrantStatus.STOPPED)
                .forEach(g -> stop(c, g, reason, actor));
    }

    private void stop(ServiceCase c, ServiceGrant g, String reason, String actor) {
        if (g.getProcessInstanceId() != null
                && runtimeService.createProcessInstanceQuery().processInstanceId(g.getProcessInstanceId()).count() > 0) {
            // Ended through the process's 服务停止 event subprocess, so its history shows why.
            runtimeService.createMessageCorrelation(GenericServiceProcess.MESSAGE_GRANT_STOPPED)
                    .processInstanceId(g.getProcessInstanceId())
                    .setVariable(GenericServiceProcess.VAR_STOP_REASON, reason)
                    .correlate();
        }
        g.stop(reason, clock.instant());
        events.publishEvent(new ServiceGrantStopped(g.getId(), c.getId(), reason));
        String name = catalogue.find(g.getItemCode()).map(ServiceItem::getName).orElse(g.getItemCode());
        caseService.event(c, actor, CaseEventType.SERVICE_STOPPED, "停止服务：" + name + "（" + reason + "）");
    }

    /** A generic service process reports a step (generic-service.bpmn's "step": ASSIGNED, STARTED, CLOSED, ACTIVITY). */
    @Transactional
    public void progress(long grantId, String step, String detail, String actor) {
        progress(grantId, CaseEventType.serviceStep(step), detail, actor);
    }

    /** A service reports progress (assigned, started, referred, closed with an outcome) to the case timeline. */
    @Transactional
    public void progress(long grantId, CaseEventType type, String detail, String actor) {
        ServiceGrant g = grants.findById(grantId).orElseThrow();
        ServiceCase c = caseService.getById(g.getCaseId());
        String name = catalogue.find(g.getItemCode()).map(ServiceItem::getName).orElse(g.getItemCode());
        caseService.event(c, actor, type, name + "：" + detail);
        if (type == CaseEventType.SERVICE_CLOSED) {
            g.stop("服务结案：" + detail, clock.instant());
        }
    }
}
