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

@Entity(name = "OrderEvent")
@Table(name = "service_order_event")
public class OrderEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_id", nullable = false)
    private Long orderId;
    @Column(nullable = false)
    private Instant at;
    @Column(nullable = false)
    private String actor;
    @Column(name = "event_type", nullable = false)
    private String type;
    @Column(name = "provider_code")
    private String providerCode;
    private String detail;

    protected OrderEvent() {}

    public OrderEvent(long orderId, Instant at, String actor, String type, String providerCode, String detail) {
        this.orderId = orderId;
        this.at = at;
        this.actor = actor;
        this.type = type;
        this.providerCode = providerCode;
        // The column holds 500; a reason of the full allowed length plus its label must still fit.
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    Long getOrderId() { return orderId; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getType() { return type; }
    public String getProviderCode() { return providerCode; }
    public String getDetail() { return detail; }
}
