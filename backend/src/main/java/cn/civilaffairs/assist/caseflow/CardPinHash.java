package cn.civilaffairs.assist.caseflow;

import java.security.SecureRandom;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * How a card PIN is made and kept: six random digits, stored only as a salted BCrypt hash. A PIN
 * has just a million values, so the hash must be slow: whoever reads the table still has to pay
 * about a tenth of a second per guess per card.
 */
final class CardPinHash {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder(10, RANDOM);

    private CardPinHash() {}

    static String newPin() {
        return "%06d".formatted(RANDOM.nextInt(1_000_000));
    }

    static String hash(String pin) {
        return ENCODER.encode(pin);
    }

    static boolean matches(String pin, String hash) {
        return pin != null && hash != null && pin.matches("\\d{6}") && ENCODER.matches(pin, hash);
    }
}
