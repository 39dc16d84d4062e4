package cn.civilaffairs.assist.catalogue;

import cn.civilaffairs.assist.common.MayBeNull;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/catalogue")
@Tag(name = "catalogue", description = "服务目录")
class CatalogueController {
    private final CatalogueService catalogue;

    CatalogueController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    record ItemDto(String code, String name, ServiceWay way, String category, String unit,
            @MayBeNull BigDecimal standardPrice) {}

    @Operation(summary = "Active service items, in catalogue order")
    @GetMapping("/items")
    List<ItemDto> items() {
        return catalogue.activeItems().stream()
                .map(i -> new ItemDto(i.getCode(), i.getName(), i.getWay(), i.getCategory(), i.getUnit(),
                        i.getStandardPrice()))
                .toList();
    }
}
