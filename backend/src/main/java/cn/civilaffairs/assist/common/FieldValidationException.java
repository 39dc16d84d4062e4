package cn.civilaffairs.assist.common;

import java.util.List;

/** Input that fails a server-side rule, reported per field. */
public class FieldValidationException extends RuntimeException {
    private final List<FieldError> errors;

    public FieldValidationException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public record FieldError(String field, String message) {}
}
