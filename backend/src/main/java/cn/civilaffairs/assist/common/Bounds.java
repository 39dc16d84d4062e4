package cn.civilaffairs.assist.common;

import cn.civilaffairs.assist.common.FieldValidationException.FieldError;
import java.time.LocalDate;
import java.util.List;

/** The same date bounds as the JSON binding ({@link StrictJson}) for values that arrive as query parameters. */
public final class Bounds {
    private Bounds() {}

    public static void requireDate(String field, LocalDate d) {
        if (d != null && (d.getYear() < StrictJson.MIN_YEAR || d.getYear() > StrictJson.MAX_YEAR)) {
            String message = "日期须在 " + StrictJson.MIN_YEAR + " 年至 " + StrictJson.MAX_YEAR + " 年之间。";
            throw new FieldValidationException(message, List.of(new FieldError(field, message)));
        }
    }
}
