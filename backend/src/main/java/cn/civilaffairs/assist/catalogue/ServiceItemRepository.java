package cn.civilaffairs.assist.catalogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceItemRepository extends JpaRepository<ServiceItem, String> {
    List<ServiceItem> findByActiveTrueOrderBySortOrder();
}
