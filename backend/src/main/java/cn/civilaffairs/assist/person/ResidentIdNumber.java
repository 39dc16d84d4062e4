package cn.civilaffairs.assist.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An 18-character PRC resident identity number (GB 11643-1999): 6-digit address code, 8-digit
 * birth date, 3-digit sequence (odd = male, even = female) and an ISO 7064 MOD 11-2 check
 * character (0-9 or X).
 */
public record ResidentIdNumber(String value) {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    public ResidentIdNumber {
        String reason = problem(value);
        if (reason != null) {
            throw new IllegalArgumentException(reason);
        }
        value = value.toUpperCase();
    }

    /** Completes 17 digits (address, birth date, sequence) with their check character. */
    public static ResidentIdNumber withCheckCharacter(String first17) {
        return new ResidentIdNumber(first17 + checkCharacter(first17));
    }

    public static Optional<ResidentIdNumber> parse(String value) {
        return problem(value) == null ? Optional.of(new ResidentIdNumber(value)) : Optional.empty();
    }

    /** Why the value is not a valid number, or null when it is. */
    public static String problem(String value) {
        if (value == null || value.length() != 18) {
            return "身份证号码应为18位。";
        }
        String v = value.toUpperCase();
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(v.charAt(i)) || v.charAt(i) > '9') {
                return "身份证号码前17位应为数字。";
            }
        }
        char last = v.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return "身份证号码末位应为数字或X。";
        }
        if (birthDateOf(v) == null) {
            return "身份证号码中的出生日期无效。";
        }
        if (checkCharacter(v) != last) {
            return "身份证号码校验位不正确。";
        }
        return null;
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static LocalDate birthDateOf(String v) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)),
                    Integer.parseInt(v.substring(12, 14)));
            return d.getYear() < 1900 || d.isAfter(LocalDate.now()) ? null : d;
        } catch (DateTimeException e) {
            return null;
        }
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** For lists and notices: the first 6 and last 4 characters kept, the birth date hidden. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }
}
