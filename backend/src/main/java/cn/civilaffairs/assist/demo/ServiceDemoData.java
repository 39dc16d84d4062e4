package cn.civilaffairs.assist.demo;

import cn.civilaffairs.assist.caseflow.CaseService.LeadCommand;
import cn.civilaffairs.assist.caseflow.FocusGroup;
import cn.civilaffairs.assist.caseflow.LeadSource;
import cn.civilaffairs.assist.catalogue.CatalogueService;
import cn.civilaffairs.assist.catalogue.ServiceItem;
import cn.civilaffairs.assist.catalogue.ServiceWay;
import cn.civilaffairs.assist.person.ResidentIdNumber;
import cn.civilaffairs.assist.serviceorder.ContractService;
import cn.civilaffairs.assist.serviceorder.ContractService.ContractCommand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo purchased services: the demo provider's contract for 城关街道 and 东湖街道 at catalogue prices,
 * a second provider for 东湖街道, the staff rows, and two recipients in service whose orders wait in provider1's inbox.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class ServiceDemoData implements ApplicationRunner {
    static final String PROVIDER = "P360199001";

    private final ContractService contractService;
    private final CatalogueService catalogue;
    private final CaseWalkthrough walkthrough;
    private final TransactionTemplate tx;

    ServiceDemoData(ContractService contractService, CatalogueService catalogue, CaseWalkthrough walkthrough,
            TransactionTemplate tx) {
        this.contractService = contractService;
        this.catalogue = catalogue;
        this.walkthrough = walkthrough;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (contractService.anyContract()) {
            return;
        }
        // One transaction: a start killed half-way leaves nothing behind (the contracts are the marker),
        // so the next start loads all of it again.
        tx.executeWithoutResult(s -> load());
    }

    private void load() {
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        for (ServiceItem item : catalogue.activeItems()) {
            if (item.getWay() == ServiceWay.PURCHASED && item.getStandardPrice() != null) {
                prices.put(item.getCode(), item.getStandardPrice());
            }
        }
        contractService.create(new ContractCommand(PROVIDER, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                List.of("360199001", "360199002"), prices), "manager");
        contractService.addStaff("provider1", PROVIDER, "何师傅");
        // A second, dearer provider for 东湖街道: offers that are declined or lapse move on to it.
        Map<String, BigDecimal> dearer = new LinkedHashMap<>();
        prices.forEach((code, price) -> dearer.put(code, price.add(BigDecimal.valueOf(5))));
        contractService.create(new ContractCommand("P360199002", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), List.of("360199002"), dearer), "manager");
        contractService.addStaff("provider2", "P360199002", "程阿姨");
        walkthrough.toServing(new LeadCommand("张桂英", ResidentIdNumber.withCheckCharacter("36019919410212002").value(),
                "13807910021", "南门社区朝阳巷3号", "360199001001", LeadSource.OWN_VISIT, FocusGroup.NO_CARER,
                "独居高龄，行动不便，需要助餐和居家照料"), 1, "PARTIAL", List.of("MEAL_DELIVERY", "HOME_CARE"));
        walkthrough.toServing(new LeadCommand("刘福生", ResidentIdNumber.withCheckCharacter("36019919480630001").value(),
                "13807910035", "南门社区东风路17号", "360199001001", LeadSource.NEIGHBOUR, FocusGroup.NO_CARER,
                "子女在外务工，家中卫生无人打理"), 2, "FULL", List.of("CLEANING"));
    }
}
