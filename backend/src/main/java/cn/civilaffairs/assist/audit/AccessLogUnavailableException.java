package cn.civilaffairs.assist.audit;

/** The access log could not be written, so the personal data must not be shown (no unlogged reads). */
public class AccessLogUnavailableException extends RuntimeException {
    AccessLogUnavailableException(Throwable cause) {
        super("access log write failed", cause);
    }
}
