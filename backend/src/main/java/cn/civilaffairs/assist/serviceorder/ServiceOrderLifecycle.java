package cn.civilaffairs.assist.serviceorder;

import static cn.civilaffairs.assist.serviceorder.ServiceProcesses.*;

import cn.civilaffairs.assist.caseflow.ServiceGrantStopped;
import cn.civilaffairs.assist.caseflow.ServiceGranted;
import cn.civilaffairs.assist.catalogue.CatalogueService;
import cn.civilaffairs.assist.catalogue.ServiceItem;
import cn.civilaffairs.assist.catalogue.ServiceWay;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts and ends the order process (processes/service-order.bpmn) of a purchased item. Both
 * listeners run synchronously inside caseflow's transaction, which is also the engine's: a user
 * action that grants or stops an item commits or rolls back with its order process.
 */
@Component
class ServiceOrderLifecycle {
    private final RuntimeService runtime;
    private final CatalogueService catalogue;

    ServiceOrderLifecycle(RuntimeService runtime, CatalogueService catalogue) {
        this.runtime = runtime;
        this.catalogue = catalogue;
    }

    @EventListener
    void onGranted(ServiceGranted granted) {
        if (granted.way() != ServiceWay.PURCHASED) {
            return;
        }
        String itemName = catalogue.find(granted.itemCode()).map(ServiceItem::getName).orElse(granted.itemCode());
        runtime.createProcessInstanceByKey(ORDER)
                .businessKey(granted.caseNo())
                .setVariable(VAR_GRANT_ID, granted.grantId())
                .setVariable(VAR_ITEM_NAME, itemName)
                .setVariable(VAR_STREET_CODE, granted.streetCode())
                .execute();
    }

    /**
     * The order itself is ended by {@link ServiceOrderService#onGrantStopped}; its process ends here,
     * through its 服务停止 event subprocess (only running instances are found, so none is ended twice).
     */
    @EventListener
    void onStopped(ServiceGrantStopped stopped) {
        runtime.createProcessInstanceQuery().processDefinitionKey(ORDER)
                .variableValueEquals(VAR_GRANT_ID, stopped.grantId()).list()
                .forEach(pi -> runtime.createMessageCorrelation(MESSAGE_GRANT_STOPPED).processInstanceId(pi.getId())
                        .setVariable(VAR_STOP_REASON, stopped.reason()).correlate());
    }
}
