package cn.civilaffairs.assist.org.internal;

import cn.civilaffairs.assist.org.OrgLevel;
import cn.civilaffairs.assist.org.OrgUnit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, String> {
    List<OrgUnit> findByParentCodeOrderByCode(String parentCode);

    List<OrgUnit> findByCodeStartingWithAndLevelOrderByCode(String prefix, OrgLevel level);

    List<OrgUnit> findByCodeStartingWithAndLevelInOrderByCode(String prefix, List<OrgLevel> levels);
}
