package cn.civilaffairs.assist.department.internal;

import cn.civilaffairs.assist.department.DepartmentKind;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

// The department module's repositories (implementation, not API): other modules go through the module's services.

public interface DepartmentUnits extends JpaRepository<DepartmentUnit, String> {
    List<DepartmentUnit> findByKindAndServesCodeIn(DepartmentKind kind, Collection<String> servesCodes);

    List<DepartmentUnit> findByServesCodeStartingWithOrderByCode(String prefix);
}
