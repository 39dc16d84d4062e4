package cn.civilaffairs.assist.serviceorder.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

@Entity(name = "Contract")
@Table(name = "provider_contract")
public class Contract {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "contract_no", nullable = false)
    private String contractNo;
    @Column(name = "provider_code", nullable = false)
    private String providerCode;
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;
    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "provider_contract_item", joinColumns = @JoinColumn(name = "contract_id"))
    @MapKeyColumn(name = "item_code")
    @Column(name = "unit_price")
    private Map<String, BigDecimal> prices = new HashMap<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "provider_contract_area", joinColumns = @JoinColumn(name = "contract_id"))
    @Column(name = "area_code")
    private Set<String> areas = new HashSet<>();

    protected Contract() {}

    public Contract(String contractNo, String providerCode, LocalDate validFrom, LocalDate validTo,
            Map<String, BigDecimal> prices, Set<String> areas, String createdBy, Instant at) {
        this.contractNo = contractNo;
        this.providerCode = providerCode;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.prices.putAll(prices);
        this.areas.addAll(areas);
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    /** A street code covers its villages: org codes nest by prefix. */
    public boolean serves(String villageCode) {
        return areas.stream().anyMatch(villageCode::startsWith);
    }

    public Long getId() { return id; }
    public String getContractNo() { return contractNo; }
    public String getProviderCode() { return providerCode; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public Map<String, BigDecimal> getPrices() { return prices; }
    public Set<String> getAreas() { return areas; }
}
