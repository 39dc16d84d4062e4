package cn.civilaffairs.assist.meeting.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyDeliveryRepository extends JpaRepository<AgencyDelivery, Long> {
    List<AgencyDelivery> findByItemIdOrderByDeliveredOnAscIdAsc(Long itemId);

    long countByItemId(Long itemId);
}
