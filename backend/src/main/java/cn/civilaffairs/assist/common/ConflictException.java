package cn.civilaffairs.assist.common;

/** The request clashes with the current state (already done, taken by someone else, duplicate). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
