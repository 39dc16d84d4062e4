package cn.civilaffairs.assist.common;

import cn.civilaffairs.assist.common.FieldValidationException.FieldError;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** The one place where exceptions become RFC 9457 problem details. */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "未找到", e.getMessage());
    }

    @ExceptionHandler({ConflictException.class, TaskAlreadyClaimedException.class})
    ProblemDetail conflict(RuntimeException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "操作冲突", e.getMessage());
        if (e instanceof ConflictException c) {
            c.properties().forEach(p::setProperty);
        }
        return p;
    }

    /**
     * Last line of defence for races the code did not foresee: a unique key or a lock wait lost to
     * a concurrent request is a conflict, not a server error. Each known race has its own check.
     */
    @ExceptionHandler({DataIntegrityViolationException.class, PessimisticLockingFailureException.class,
            org.hibernate.exception.ConstraintViolationException.class})
    ProblemDetail concurrentDuplicate(RuntimeException e) {
        log.warn("Request lost a race: {}", rootMessage(e));
        return problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "操作冲突",
                "该记录已被他人同时登记或修改，请刷新后重试。");
    }

    /** The engine wraps the database's errors; only a constraint violation is a conflict. */
    @ExceptionHandler(ProcessEngineException.class)
    ProblemDetail engine(ProcessEngineException e) {
        if (isConstraintViolation(e)) {
            return concurrentDuplicate(e);
        }
        return unexpected(e);
    }

    /** SQLState class 23 is an integrity constraint violation in every database we run on. */
    static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataIntegrityViolationException
                    || t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
            for (SQLException s = t instanceof SQLException sql ? sql : null; s != null; s = s.getNextException()) {
                if (s.getSQLState() != null && s.getSQLState().startsWith("23")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    @ExceptionHandler({OptimisticLockingException.class, ObjectOptimisticLockingFailureException.class})
    ProblemDetail concurrentUpdate(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "操作冲突",
                "该记录已被他人同时修改，请刷新后重试。");
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ProblemDetail forbidden(RuntimeException e) {
        String detail = e instanceof ForbiddenException ? e.getMessage() : "您没有执行此操作的权限。";
        return problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "无权访问", detail);
    }

    @ExceptionHandler(AuthenticationCredentialsNotFoundException.class)
    ProblemDetail unauthenticated(AuthenticationCredentialsNotFoundException e) {
        return problem(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "未登录", "请先登录。");
    }

    @ExceptionHandler(FieldValidationException.class)
    ProblemDetail fieldValidation(FieldValidationException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "输入有误", e.getMessage());
        p.setProperty("errors", e.errors());
        return p;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "输入有误", "请求参数不符合要求。");
        p.setProperty("errors", errors);
        return p;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unhandled error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "服务器内部错误",
                "服务器处理请求时出错，请稍后重试。");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                .toList();
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "输入有误", "请求内容不符合要求。");
        p.setProperty("errors", errors);
        return handleExceptionInternal(ex, p, headers, HttpStatus.BAD_REQUEST, request);
    }

    /**
     * Unreadable bodies (broken or truncated JSON, duplicate keys, a value of the wrong JSON type,
     * unknown properties, refused text or dates): 400 naming the field where there is one.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, unreadable(ex), headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A query or path parameter of the wrong type (page=abc, a date that is not ISO): 400 naming it. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() != null ? ex.getPropertyName()
                : ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : null;
        String message = "值的类型或格式不正确。";
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "输入有误",
                field == null ? message : "「" + field + "」" + message);
        p.setProperty("errors", field == null ? List.of() : List.of(new FieldError(field, message)));
        return handleExceptionInternal(ex, p, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A multipart request Tomcat cannot parse (e.g. a NUL in a file name). Size limits keep their 413. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail multipart(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "输入有误",
                "上传的内容无法解析（文件名不能含有控制字符）。");
    }

    static ProblemDetail unreadable(Exception ex) {
        Throwable cause = ex.getCause();
        String field = null;
        String message;
        if (cause instanceof JsonMappingException jm && !jm.getPath().isEmpty()) {
            field = jm.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(null);
            if (cause instanceof StrictJson.RejectedValueException) {
                message = jm.getOriginalMessage();
            } else if (cause instanceof UnrecognizedPropertyException) {
                message = "不认识的字段。";
            } else {
                message = "值的类型或格式不正确。";
            }
        } else if (cause instanceof StreamReadException sr && sr.getOriginalMessage() != null
                && DUPLICATE.matcher(sr.getOriginalMessage()).find()) {
            var m = DUPLICATE.matcher(sr.getOriginalMessage());
            m.find();
            field = m.group(1);
            message = "字段重复出现。";
        } else {
            message = cause == null ? "缺少请求内容。" : "请求内容不是有效的 JSON。";
        }
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "输入有误",
                field == null ? message : "「" + field + "」" + message);
        p.setProperty("errors", field == null ? List.of() : List.of(new FieldError(field, message)));
        return p;
    }

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    public static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(type);
        p.setTitle(title);
        return p;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
