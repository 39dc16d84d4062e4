package cn.civilaffairs.assist.onedoor.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RouteRepository extends JpaRepository<Route, Long> {
    List<Route> findByIntakeIdOrderById(Long intakeId);

    List<Route> findByIntakeIdInOrderById(Collection<Long> intakeIds);
}
