package cn.civilaffairs.assist.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The one phone-number rule of every request: a mobile number (11 digits starting with 1) or a
 * landline with area code (0 + 2–3 digits, optional "-", 7–8 digits). Null or empty means "not
 * given" and passes; add {@code @NotBlank} where a phone is required. The frontend's
 * {@code PHONE_PATTERN} is the same expression.
 */
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = Phone.PATTERN)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Phone {
    String PATTERN = "^$|^1\\d{10}$|^0\\d{2,3}-?\\d{7,8}$";

    @OverridesAttribute(constraint = Pattern.class, name = "message")
    String message() default "电话号码格式不正确。";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
