package cn.civilaffairs.assist.org;

import cn.civilaffairs.assist.org.internal.OrgUnitRepository;
import cn.civilaffairs.assist.common.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation tree and the one rule of scope: a node sees itself and what lies below it. */
@Service
@Transactional(readOnly = true)
public class OrgService {
    private final OrgUnitRepository units;

    OrgService(OrgUnitRepository units) {
        this.units = units;
    }

    public Optional<OrgUnit> find(String code) {
        return units.findById(code);
    }

    public OrgUnit get(String code) {
        return units.findById(code).orElseThrow(() -> new NotFoundException("组织机构不存在：" + code));
    }

    /** The units with these codes, by code (unknown codes are left out): one query for a whole batch. */
    public java.util.Map<String, OrgUnit> getAll(java.util.Collection<String> codes) {
        java.util.Map<String, OrgUnit> byCode = new java.util.HashMap<>();
        for (OrgUnit u : units.findAllById(codes)) {
            byCode.put(u.getCode(), u);
        }
        return byCode;
    }

    public List<OrgUnit> children(String code) {
        return units.findByParentCodeOrderByCode(code);
    }

    /** The administrative units at and below {@code code} (district, streets, villages), by code. */
    public List<OrgUnit> administrativeWithin(String code) {
        return units.findByCodeStartingWithAndLevelInOrderByCode(code,
                List.of(OrgLevel.DISTRICT, OrgLevel.STREET, OrgLevel.VILLAGE));
    }

    public List<OrgUnit> villagesUnder(String code) {
        return units.findByCodeStartingWithAndLevelOrderByCode(code, OrgLevel.VILLAGE);
    }

    /**
     * Whether a user placed at {@code scopeCode} may see things that belong to {@code targetCode}.
     * Administrative codes nest by prefix (GB/T 2260 style), so the subtree test is a prefix test.
     */
    public static boolean covers(String scopeCode, String targetCode) {
        if (scopeCode == null || targetCode == null) {
            return false;
        }
        return targetCode.startsWith(scopeCode);
    }

    @Transactional
    public OrgUnit save(OrgUnit unit) {
        return units.save(unit);
    }

    public long count() {
        return units.count();
    }
}
