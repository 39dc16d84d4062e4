package cn.civilaffairs.assist.caseflow.internal;

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
public class ServiceCard {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(name = "card_no", nullable = false, unique = true)
    private String cardNo;
    /**
     * BCrypt hash of the 6-digit PIN that confirms deliveries at the door. Null until the street
     * office prints the first PIN slip (密码函): the PIN is made then and shown only on that slip.
     */
    @Column(name = "pin_hash")
    private String pinHash;
    /** When and by whom the current PIN's slip was printed (first slip or reset). */
    @Column(name = "pin_set_at")
    private Instant pinSetAt;
    @Column(name = "pin_set_by")
    private String pinSetBy;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revoke_reason")
    private String revokeReason;
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

    public ServiceCard(Long caseId, String cardNo, LocalDate validFrom, LocalDate validTo, String issuedBy, Instant at) {
        this.caseId = caseId;
        this.cardNo = cardNo;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.status = "VALID";
        this.issuedBy = issuedBy;
        this.issuedAt = at;
    }

    /** The case has ended: the card and its PIN serve no more. */
    public void revoke(Instant at, String reason) {
        this.status = "REVOKED";
        this.revokedAt = at;
        this.revokeReason = reason;
    }

    public boolean isRevoked() {
        return "REVOKED".equals(status);
    }

    /** A new PIN (first slip or reset): the old one is dead at once, and so are its failures and lock. */
    public void newPin(String hash, Instant at, String by) {
        this.pinHash = hash;
        this.pinSetAt = at;
        this.pinSetBy = by;
        clearPinFailures();
    }

    public boolean pinLockedAt(Instant now) {
        return pinLockedUntil != null && pinLockedUntil.isAfter(now);
    }

    /** A right PIN, or a lock that has run out, starts the count afresh. */
    public void clearPinFailures() {
        pinFailures = 0;
        pinLockedUntil = null;
    }

    /** Counts a wrong PIN; the one that reaches the limit locks the card until {@code now + lockFor}. */
    public void pinRefused(Instant now, int maxAttempts, java.time.Duration lockFor) {
        pinFailures++;
        if (pinFailures >= maxAttempts) {
            pinLockedUntil = now.plus(lockFor);
        }
    }

    public int getPinFailures() { return pinFailures; }
    public Instant getPinLockedUntil() { return pinLockedUntil; }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getCardNo() { return cardNo; }
    public String getPinHash() { return pinHash; }
    public Instant getPinSetAt() { return pinSetAt; }
    public String getPinSetBy() { return pinSetBy; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getRevokeReason() { return revokeReason; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public String getStatus() { return status; }
    public Instant getIssuedAt() { return issuedAt; }
}
