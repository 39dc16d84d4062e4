package cn.civilaffairs.assist.caseflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** 社会救助服务卡: lists the granted items; providers scan its QR code or take its number. */
@Entity
@Table(name = "service_card")
class ServiceCard {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(name = "card_no", nullable = false, unique = true)
    private String cardNo;
    /** Shown to the card holder only; confirms deliveries at the door. */
    @Column(nullable = false)
    private String pin;
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;
    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;
    @Column(nullable = false)
    private String status;
    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;
    @Column(name = "issued_by", nullable = false)
    private String issuedBy;
    /** Wrong PINs in a row since the last right one or the last lock. */
    @Column(name = "pin_failures", nullable = false)
    private int pinFailures;
    /** PIN confirmation is refused until then; a PIN reset clears it with the failures. */
    @Column(name = "pin_locked_until")
    private Instant pinLockedUntil;

    protected ServiceCard() {}

    ServiceCard(Long caseId, String cardNo, String pin, LocalDate validFrom, LocalDate validTo, String issuedBy,
            Instant at) {
        this.caseId = caseId;
        this.cardNo = cardNo;
        this.pin = pin;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.status = "VALID";
        this.issuedBy = issuedBy;
        this.issuedAt = at;
    }

    void revoke() {
        this.status = "REVOKED";
    }

    boolean pinLockedAt(Instant now) {
        return pinLockedUntil != null && pinLockedUntil.isAfter(now);
    }

    /** A right PIN, or a lock that has run out, starts the count afresh. */
    void clearPinFailures() {
        pinFailures = 0;
        pinLockedUntil = null;
    }

    /** Counts a wrong PIN; the one that reaches the limit locks the card until {@code now + lockFor}. */
    void pinRefused(Instant now, int maxAttempts, java.time.Duration lockFor) {
        pinFailures++;
        if (pinFailures >= maxAttempts) {
            pinLockedUntil = now.plus(lockFor);
        }
    }

    int getPinFailures() { return pinFailures; }
    Instant getPinLockedUntil() { return pinLockedUntil; }

    Long getId() { return id; }
    Long getCaseId() { return caseId; }
    String getCardNo() { return cardNo; }
    String getPin() { return pin; }
    LocalDate getValidFrom() { return validFrom; }
    LocalDate getValidTo() { return validTo; }
    String getStatus() { return status; }
    Instant getIssuedAt() { return issuedAt; }
}
