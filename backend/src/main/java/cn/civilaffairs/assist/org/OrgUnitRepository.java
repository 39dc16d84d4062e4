package cn.civilaffairs.assist.org;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrgUnitRepository extends JpaRepository<OrgUnit, String> {
    List<OrgUnit> findByParentCodeOrderByCode(String parentCode);

    List<OrgUnit> findByCodeStartingWithAndLevelOrderByCode(String prefix, OrgLevel level);
}
