package cn.civilaffairs.assist.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "service_item")
public class ServiceItem {
    @Id
    private String code;
    @Column(nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ServiceWay way;
    @Column(nullable = false)
    private String category;
    @Column(nullable = false)
    private String unit;
    @Column(name = "standard_price")
    private BigDecimal standardPrice;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @Column(nullable = false)
    private boolean active;

    protected ServiceItem() {}

    public String getCode() { return code; }
    public String getName() { return name; }
    public ServiceWay getWay() { return way; }
    public String getCategory() { return category; }
    public String getUnit() { return unit; }
    public BigDecimal getStandardPrice() { return standardPrice; }
    public int getSortOrder() { return sortOrder; }
    public boolean isActive() { return active; }
}
