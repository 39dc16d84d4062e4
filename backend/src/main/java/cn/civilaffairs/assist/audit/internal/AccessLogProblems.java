package cn.civilaffairs.assist.audit.internal;

import cn.civilaffairs.assist.audit.AccessLogUnavailableException;
import cn.civilaffairs.assist.common.ProblemDetailsAdvice;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A read refused because its access-log row could not be written answers 503, not a generic 500. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessLogProblems {
    static final URI ACCESS_LOG_UNAVAILABLE = URI.create("https://social-assist.example.cn/problems/access-log-unavailable");
    private static final Logger log = LoggerFactory.getLogger(AccessLogProblems.class);

    @ExceptionHandler(AccessLogUnavailableException.class)
    ProblemDetail unavailable(AccessLogUnavailableException e) {
        log.error("Access log write failed; the read was refused", e);
        return ProblemDetailsAdvice.problem(HttpStatus.SERVICE_UNAVAILABLE, ACCESS_LOG_UNAVAILABLE, "暂时无法查看",
                "访问日志无法记录，暂不能查看个人信息，请稍后重试。");
    }
}
