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

@Entity(name = "Helper")
@Table(name = "neighbour_helper")
public class Helper {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String name;
    @Column(name = "id_number", nullable = false)
    private String idNumber;
    @Column(nullable = false)
    private String phone;
    @Column(name = "village_code", nullable = false)
    private String villageCode;
    @Column(name = "trained_on")
    private LocalDate trainedOn;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected Helper() {}

    public Helper(String name, String idNumber, String phone, String villageCode, LocalDate trainedOn, String by,
            Instant at) {
        this.name = name;
        this.idNumber = idNumber;
        this.phone = phone;
        this.villageCode = villageCode;
        this.trainedOn = trainedOn;
        this.active = true;
        this.createdBy = by;
        this.createdAt = at;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    String getIdNumber() { return idNumber; }
    public String getPhone() { return phone; }
    public String getVillageCode() { return villageCode; }
    public LocalDate getTrainedOn() { return trainedOn; }
    public boolean isActive() { return active; }
}
