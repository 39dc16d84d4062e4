package cn.civilaffairs.assist.meeting.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyPlanRepository extends JpaRepository<AgencyPlan, Long> {
    List<AgencyPlan> findByItemIdOrderByRound(Long itemId);

    Optional<AgencyPlan> findByItemIdAndRound(Long itemId, int round);
}
