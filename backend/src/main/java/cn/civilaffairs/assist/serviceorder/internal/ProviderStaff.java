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

@Entity(name = "ProviderStaff")
@Table(name = "provider_staff")
public class ProviderStaff {
    @Id
    private String username;
    @Column(name = "provider_code", nullable = false)
    private String providerCode;
    @Column(nullable = false)
    private String name;

    protected ProviderStaff() {}

    public ProviderStaff(String username, String providerCode, String name) {
        this.username = username;
        this.providerCode = providerCode;
        this.name = name;
    }

    public String getUsername() { return username; }
    String getProviderCode() { return providerCode; }
    public String getName() { return name; }
}
