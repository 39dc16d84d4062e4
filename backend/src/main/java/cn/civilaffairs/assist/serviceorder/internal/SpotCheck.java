package cn.civilaffairs.assist.serviceorder.internal;

import cn.civilaffairs.assist.serviceorder.CheckMethod;
import cn.civilaffairs.assist.serviceorder.SpotCheckStatus;
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

@Entity(name = "SpotCheck")
@Table(name = "spot_check")
public class SpotCheck {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "delivery_id", nullable = false)
    private Long deliveryId;
    @Column(name = "provider_code", nullable = false)
    private String providerCode;
    @Column(name = "village_code", nullable = false)
    private String villageCode;
    @Column(name = "check_month", nullable = false)
    private String month;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SpotCheckStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "check_method")
    private CheckMethod method;
    private String note;
    @Column(name = "checked_by")
    private String checkedBy;
    @Column(name = "checked_at")
    private Instant checkedAt;
    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected SpotCheck() {}

    public SpotCheck(Delivery d, String month) {
        this.deliveryId = d.getId();
        this.providerCode = d.getProviderCode();
        this.villageCode = d.getVillageCode();
        this.month = month;
        this.status = SpotCheckStatus.OPEN;
    }

    public void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void result(boolean passed, CheckMethod method, String note, String by, Instant at) {
        this.status = passed ? SpotCheckStatus.PASSED : SpotCheckStatus.FAILED;
        this.method = method;
        this.note = note;
        this.checkedBy = by;
        this.checkedAt = at;
    }

    public Long getId() { return id; }
    public Long getDeliveryId() { return deliveryId; }
    public String getProviderCode() { return providerCode; }
    public String getVillageCode() { return villageCode; }
    public String getMonth() { return month; }
    public SpotCheckStatus getStatus() { return status; }
    public CheckMethod getMethod() { return method; }
    public String getNote() { return note; }
    public String getCheckedBy() { return checkedBy; }
    public Instant getCheckedAt() { return checkedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
}
