package cn.civilaffairs.assist.serviceorder;

import cn.civilaffairs.assist.catalogue.CatalogueService;
import cn.civilaffairs.assist.catalogue.ServiceItem;
import cn.civilaffairs.assist.catalogue.ServiceWay;
import cn.civilaffairs.assist.common.FieldValidationException.FieldError;
import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.common.Sequences;
import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.org.OrgService;
import cn.civilaffairs.assist.org.OrgUnit;
import cn.civilaffairs.assist.serviceorder.internal.Contract;
import cn.civilaffairs.assist.serviceorder.internal.ContractRepository;
import cn.civilaffairs.assist.serviceorder.internal.ProviderStaff;
import cn.civilaffairs.assist.serviceorder.internal.ProviderStaffRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Provider contracts: which purchased items, where, at what price, for how long. */
@Service
@Transactional
public class ContractService {
    private final ContractRepository contracts;
    private final ProviderStaffRepository staff;
    private final CatalogueService catalogue;
    private final OrgService orgs;
    private final Sequences sequences;
    private final Clock clock;

    ContractService(ContractRepository contracts, ProviderStaffRepository staff, CatalogueService catalogue,
            OrgService orgs, Sequences sequences, Clock clock) {
        this.contracts = contracts;
        this.staff = staff;
        this.catalogue = catalogue;
        this.orgs = orgs;
        this.sequences = sequences;
        this.clock = clock;
    }

    public record ContractCommand(String providerCode, LocalDate validFrom, LocalDate validTo, List<String> areaCodes,
            Map<String, BigDecimal> prices) {}

    /** Whether any contract was ever made (the demo providers load only when none). */
    public boolean anyContract() {
        return contracts.count() > 0;
    }

    /**
     * Lists a provider's staff member by name ahead of their first sign-in (which otherwise adds them
     * with their account's display name).
     */
    @Transactional
    public void addStaff(String username, String providerCode, String name) {
        staff.save(new ProviderStaff(username, providerCode, name));
    }

    public String create(ContractCommand cmd, String actor) {
        List<FieldError> errors = new ArrayList<>();
        OrgUnit provider = orgs.find(cmd.providerCode()).orElse(null);
        if (provider == null || provider.getLevel() != OrgLevel.PROVIDER) {
            errors.add(new FieldError("providerCode", "不是已登记的服务机构：" + cmd.providerCode()));
        }
        if (cmd.validTo().isBefore(cmd.validFrom())) {
            errors.add(new FieldError("validTo", "合同截止日期不能早于起始日期。"));
        }
        for (String area : cmd.areaCodes()) {
            OrgUnit unit = orgs.find(area).orElse(null);
            if (unit == null || (unit.getLevel() != OrgLevel.STREET && unit.getLevel() != OrgLevel.VILLAGE)) {
                errors.add(new FieldError("areaCodes", "服务区域须为街道（镇）或村（社区）：" + area));
            }
        }
        Map<String, ServiceItem> known = catalogue.byCode(cmd.prices().keySet());
        cmd.prices().forEach((code, price) -> {
            ServiceItem item = known.get(code);
            if (item == null || (item.getWay() != ServiceWay.PURCHASED && item.getWay() != ServiceWay.INSTITUTIONAL)) {
                errors.add(new FieldError("items", "不是可购买的服务项目：" + code));
            } else if (price == null || price.signum() <= 0) {
                errors.add(new FieldError("items", "单价须大于 0：" + item.getName()));
            }
        });
        if (!errors.isEmpty()) {
            throw new FieldValidationException("服务合同有误。", errors);
        }
        String no = "HT%d%04d".formatted(cmd.validFrom().getYear(), sequences.next("contract-no"));
        contracts.save(new Contract(no, cmd.providerCode(), cmd.validFrom(), cmd.validTo(),
                new LinkedHashMap<>(cmd.prices()), new LinkedHashSet<>(cmd.areaCodes()), actor, clock.instant()));
        return no;
    }
}
