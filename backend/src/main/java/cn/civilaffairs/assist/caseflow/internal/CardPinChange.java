package cn.civilaffairs.assist.caseflow.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A new PIN for a card — its first slip or a reset — with who made it and when (append-only, never the PIN). */
@Entity
@Table(name = "service_card_pin_change")
public class CardPinChange {
    public enum Kind {
        /** The first PIN slip after the card was issued. */
        FIRST_SLIP,
        /** A reset: the old PIN dead, a new slip. */
        RESET
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "card_no", nullable = false)
    private String cardNo;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(name = "changed_by", nullable = false)
    private String changedBy;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected CardPinChange() {}

    public CardPinChange(String cardNo, Kind kind, String changedBy, Instant changedAt) {
        this.cardNo = cardNo;
        this.kind = kind;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }
}
