package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.caseflow.internal.CardPinAttempt;
import cn.civilaffairs.assist.caseflow.internal.CardPinAttemptRepository;
import cn.civilaffairs.assist.caseflow.internal.ServiceCard;
import cn.civilaffairs.assist.caseflow.internal.ServiceCardRepository;
import cn.civilaffairs.assist.common.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service card's PIN at the door: checked against its BCrypt hash and a per-card limit of
 * wrong attempts, with every attempt logged. The card row is locked for the check, so attempts on
 * one card run one at a time (across deliveries and staff) and racing wrong PINs cannot pass the
 * limit together. A revoked card, or one whose PIN slip was never printed, confirms nothing.
 */
@Service
public class CardPins {
    public enum Outcome {
        /** The PIN was right. */
        ACCEPTED,
        /** The PIN was wrong (and counted). */
        WRONG,
        /** Refused unchecked: the card was locked. */
        LOCKED,
        /** Refused unchecked: the card has no PIN yet (its slip was never printed). */
        NOT_SET,
        /** Refused unchecked: the card was revoked when its case ended. */
        REVOKED
    }

    /** Who tries which card for which delivery, from where. */
    public record Attempt(String cardNo, Long deliveryId, String staffUsername, String clientIp) {}

    /**
     * What came of one attempt. {@code attemptsLeft} counts the wrong PINs still allowed;
     * {@code lockedUntil} is set when the card is (now) locked.
     */
    public record Check(Outcome outcome, int attemptsLeft, Instant lockedUntil) {
        public boolean accepted() {
            return outcome == Outcome.ACCEPTED;
        }
    }

    private final ServiceCardRepository cards;
    private final CardPinAttemptRepository attempts;
    private final Clock clock;

    CardPins(ServiceCardRepository cards, CardPinAttemptRepository attempts, Clock clock) {
        this.cards = cards;
        this.attempts = attempts;
        this.clock = clock;
    }

    /**
     * Checks a PIN and records the attempt in a transaction of its own: a wrong PIN is counted and
     * logged even though the caller then refuses the request.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Check check(Attempt attempt, String pin, int maxAttempts, Duration lockFor) {
        ServiceCard card = cards.lockByCardNo(attempt.cardNo())
                .orElseThrow(() -> new NotFoundException("服务卡不存在：" + attempt.cardNo()));
        Instant now = clock.instant();
        Check result;
        if (card.isRevoked()) {
            // A revoked card confirms nothing, whatever PIN is typed; not counted as a wrong one.
            result = new Check(Outcome.REVOKED, 0, null);
        } else if (card.getPinHash() == null) {
            result = new Check(Outcome.NOT_SET, 0, null);
        } else if (card.pinLockedAt(now)) {
            // While locked the PIN is not even compared: a right one is refused like a wrong one.
            result = new Check(Outcome.LOCKED, 0, card.getPinLockedUntil());
        } else {
            if (card.getPinLockedUntil() != null) {
                card.clearPinFailures();
            }
            if (CardPinHash.matches(pin, card.getPinHash())) {
                card.clearPinFailures();
                result = new Check(Outcome.ACCEPTED, maxAttempts, null);
            } else {
                card.pinRefused(now, maxAttempts, lockFor);
                result = new Check(Outcome.WRONG, Math.max(0, maxAttempts - card.getPinFailures()),
                        card.getPinLockedUntil());
            }
        }
        attempts.save(new CardPinAttempt(attempt.cardNo(), attempt.deliveryId(), attempt.staffUsername(), now,
                result.outcome(), attempt.clientIp()));
        return result;
    }
}
