package cn.civilaffairs.assist.catalogue.internal;

import cn.civilaffairs.assist.catalogue.ServiceItem;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceItemRepository extends JpaRepository<ServiceItem, String> {
    List<ServiceItem> findByActiveTrueOrderBySortOrder();
}
