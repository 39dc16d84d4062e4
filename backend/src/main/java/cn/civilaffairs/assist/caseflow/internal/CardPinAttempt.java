package cn.civilaffairs.assist.caseflow.internal;

import cn.civilaffairs.assist.caseflow.CardPins;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One PIN typed at the door, kept whatever its outcome (append-only). */
@Entity
@Table(name = "service_card_pin_attempt")
public class CardPinAttempt {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "card_no", nullable = false)
    private String cardNo;
    @Column(name = "delivery_id")
    private Long deliveryId;
    @Column(name = "staff_username", nullable = false)
    private String staffUsername;
    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CardPins.Outcome outcome;
    @Column(name = "client_ip")
    private String clientIp;

    protected CardPinAttempt() {}

    public CardPinAttempt(String cardNo, Long deliveryId, String staffUsername, Instant attemptedAt, CardPins.Outcome outcome,
            String clientIp) {
        this.cardNo = cardNo;
        this.deliveryId = deliveryId;
        this.staffUsername = staffUsername;
        this.attemptedAt = attemptedAt;
        this.outcome = outcome;
        this.clientIp = clientIp;
    }
}
