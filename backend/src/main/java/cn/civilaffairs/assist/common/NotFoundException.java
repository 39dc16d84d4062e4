package cn.civilaffairs.assist.common;

/** The resource does not exist, or is outside the caller's organisation scope (both answer 404). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
