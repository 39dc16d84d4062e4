package cn.civilaffairs.assist.meeting.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeliveryRepository extends JpaRepository<Delivery, Long> {
    List<Delivery> findByItemIdOrderByDeliveredOnAscIdAsc(Long itemId);

    long countByItemId(Long itemId);
}
