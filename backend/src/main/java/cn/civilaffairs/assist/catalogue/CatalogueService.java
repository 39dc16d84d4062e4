package cn.civilaffairs.assist.catalogue;

import cn.civilaffairs.assist.catalogue.internal.ServiceItemRepository;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The service catalogue, held as data. */
@Service
@Transactional(readOnly = true)
public class CatalogueService {
    private final ServiceItemRepository items;

    CatalogueService(ServiceItemRepository items) {
        this.items = items;
    }

    public List<ServiceItem> activeItems() {
        return items.findByActiveTrueOrderBySortOrder();
    }

    public Optional<ServiceItem> find(String code) {
        return items.findById(code);
    }

    public Map<String, ServiceItem> byCode(Collection<String> codes) {
        return items.findAllById(codes).stream().collect(Collectors.toMap(ServiceItem::getCode, Function.identity()));
    }
}
