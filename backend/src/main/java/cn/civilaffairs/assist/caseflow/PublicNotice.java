package cn.civilaffairs.assist.caseflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A posting on the village notice board: first for the notice period (PUBLISHED), then as a
 * long-term posting of a current recipient (LONG_TERM), until withdrawn (WITHDRAWN).
 */
@Entity
@Table(name = "public_notice")
class PublicNotice {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(name = "village_code", nullable = false)
    private String villageCode;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;
    @Column(nullable = false)
    private String status;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PublicNotice() {}

    PublicNotice(Long caseId, String villageCode, LocalDate startsOn, LocalDate endsOn, Instant at) {
        this.caseId = caseId;
        this.villageCode = villageCode;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.status = "PUBLISHED";
        this.createdAt = at;
    }

    void becomeLongTerm() {
        this.status = "LONG_TERM";
    }

    void withdraw() {
        this.status = "WITHDRAWN";
    }

    Long getId() { return id; }
    Long getCaseId() { return caseId; }
    String getVillageCode() { return villageCode; }
    LocalDate getStartsOn() { return startsOn; }
    LocalDate getEndsOn() { return endsOn; }
    String getStatus() { return status; }
}
