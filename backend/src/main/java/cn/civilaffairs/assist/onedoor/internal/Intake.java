package cn.civilaffairs.assist.onedoor.internal;

import cn.civilaffairs.assist.onedoor.IntakeStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** 一门受理: one resident's hardships taken in at the village or street; the number is its process's business key. */
@Entity(name = "OneDoorIntake")
@Table(name = "onedoor_intake")
public class Intake {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "intake_no", nullable = false)
    private String intakeNo;
    @Column(name = "person_id", nullable = false)
    private Long personId;
    @Column(name = "open_person_id")
    private Long openPersonId;
    @Column(name = "village_code", nullable = false)
    private String villageCode;
    @Column(name = "street_code", nullable = false)
    private String streetCode;
    @Column(name = "district_code", nullable = false)
    private String districtCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IntakeStatus status;
    @Column(name = "from_case_no")
    private String fromCaseNo;
    private String note;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "confirmed_by")
    private String confirmedBy;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Version
    private long version;

    protected Intake() {}

    public Intake(String intakeNo, long personId, String villageCode, String streetCode, String districtCode,
            String fromCaseNo, String note, String createdBy, Instant now) {
        this.intakeNo = intakeNo;
        this.personId = personId;
        this.openPersonId = personId;
        this.villageCode = villageCode;
        this.streetCode = streetCode;
        this.districtCode = districtCode;
        this.status = IntakeStatus.ROUTING;
        this.fromCaseNo = fromCaseNo;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void confirm(String actor, Instant now) {
        this.status = IntakeStatus.IN_PROGRESS;
        this.confirmedBy = actor;
        this.confirmedAt = now;
    }

    public void close(Instant now) {
        this.status = IntakeStatus.DONE;
        this.openPersonId = null;
        this.closedAt = now;
    }

    public Long getId() { return id; }
    public String getIntakeNo() { return intakeNo; }
    public Long getPersonId() { return personId; }
    public String getVillageCode() { return villageCode; }
    public String getStreetCode() { return streetCode; }
    public String getDistrictCode() { return districtCode; }
    public IntakeStatus getStatus() { return status; }
    public String getFromCaseNo() { return fromCaseNo; }
    public String getNote() { return note; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getConfirmedBy() { return confirmedBy; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public Instant getClosedAt() { return closedAt; }
}
