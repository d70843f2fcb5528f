package org.onestop.settlement.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.time.DateTimeException;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.onestop.settlement.common.ConflictException;
import org.onestop.settlement.common.FieldViolation;
import org.onestop.settlement.common.InvalidRequestException;
import org.onestop.settlement.common.ProblemException;
import org.onestop.settlement.common.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.Errors;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place that turns failures into RFC 9457 {@code application/problem+json} responses (style.md, "Errors").
 *
 * <p>Every body carries {@code type} (a stable {@link ProblemType} URI), {@code title}, {@code status},
 * {@code detail} and {@code instance} (the request path); validation failures add {@code errors}, a list of
 * {@code {field, message}}. Bad input is always a 4xx without internals; anything unexpected is a 500 with a generic
 * detail, and the exception is logged here.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    /** Name of the extension member listing the {@link FieldViolation}s of a validation problem. */
    public static final String ERRORS = "errors";

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    /** Seconds a client waits before sending again a request whose outcome is unknown. */
    static final int RETRY_AFTER_SECONDS = 2;

    /**
     * Builds a problem of the given kind; controllers may throw it inside an
     * {@link org.springframework.web.ErrorResponseException} when no domain exception fits.
     */
    public static ProblemDetail problem(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(type.status()), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }

    /** The answer to a request during which the database failed: 503, send the same request again. */
    static ProblemDetail outcomeUnknown() {
        return problem(ProblemType.OUTCOME_UNKNOWN, "The database failed while the request was carried out; whether "
                + "it took effect is unknown. Send the same request again: a write that did take effect is answered "
                + "as the original.");
    }

    // ---- domain exceptions -------------------------------------------------------------------------------------

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> handleProblemException(ProblemException ex, WebRequest request) {
        ProblemDetail body = problem(ex.type(), ex.getMessage());
        if (ex instanceof InvalidRequestException invalid) {
            body.setProperty(ERRORS, ValidationProblems.sorted(invalid.violations()));
        }
        if (ex instanceof ConflictException conflict) {
            new TreeMap<>(conflict.members()).forEach(body::setProperty);
        }
        return respond(ex, body, new HttpHeaders(), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
        return respond(ex, ValidationProblems.of(ex), new HttpHeaders(), request);
    }

    /**
     * A failure of the database while the request ran answers 503 {@link ProblemType#OUTCOME_UNKNOWN} with
     * {@code Retry-After}; anything else unexpected is a generic 500 that names no internals, the exception going to
     * the log.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        if (DatabaseFailures.leftOutcomeUnknown(ex)) {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
            return respond(ex, outcomeUnknown(), headers, request);
        }
        if (ex instanceof DateTimeException) {
            return respond(ex, problem(ProblemType.BAD_REQUEST, "A date in the request is out of range."),
                    new HttpHeaders(), request);
        }
        log.error("Unexpected failure on {}", pathOf(request), ex);
        ProblemDetail body = problem(ProblemType.INTERNAL,
                "An unexpected error occurred. It has been logged; please retry later or contact the operator.");
        return respond(ex, body, new HttpHeaders(), request);
    }

    // ---- Spring MVC exceptions that need more than the default body ------------------------------------------

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(ex, ValidationProblems.of(ex.getBindingResult()), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(ex, ValidationProblems.of(ex), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> errors = List.of(new FieldViolation(ex.getParameterName(), "is required"));
        return respond(ex, ValidationProblems.problem(errors), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex instanceof MissingRequestHeaderException missingHeader) {
            List<FieldViolation> errors = List.of(new FieldViolation(missingHeader.getHeaderName(),
                    "header is required"));
            return respond(ex, ValidationProblems.problem(errors), headers, request);
        }
        return super.handleServletRequestBindingException(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = "No resource at " + ex.getHttpMethod() + " " + pathOf(request) + ".";
        return respond(ex, problem(ProblemType.NOT_FOUND, detail), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String detail = "No resource at " + ex.getHttpMethod() + " " + pathOf(request) + ".";
        return respond(ex, problem(ProblemType.NOT_FOUND, detail), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = Objects.requireNonNullElse(ex.getPropertyName(), "parameter");
        List<FieldViolation> errors = List.of(new FieldViolation(TextRules.printable(field),
                JsonValueMessages.expected(ex.getRequiredType())));
        return respond(ex, ValidationProblems.problem(errors), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = JsonProblems.violationOf(ex)
                .map(violation -> ValidationProblems.problem(List.of(violation)))
                .orElseGet(() -> problem(ProblemType.MALFORMED_JSON, JsonProblems.describeUnreadable(ex)));
        return respond(ex, body, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        // The base class resolves the body of ErrorResponse exceptions (Spring's default detail messages).
        ResponseEntity<Object> base = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (base == null) {
            return null; // the response was already committed; nothing can be written
        }
        ProblemDetail problem = base.getBody() instanceof ProblemDetail detail
                ? detail
                : ProblemDetail.forStatus(base.getStatusCode());
        return respond(ex, problem, base.getHeaders(), request);
    }

    // ---- building the response ---------------------------------------------------------------------------------

    private ResponseEntity<Object> respond(Exception ex, ProblemDetail problem, HttpHeaders headers,
            WebRequest request) {
        ProblemType kind = kindOf(ex, problem.getStatus());
        if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
            problem.setType(kind.uri());
        }
        if (problem.getTitle() == null || isReasonPhrase(problem)) {
            problem.setTitle(kind.title());
        }
        if (problem.getDetail() == null) {
            problem.setDetail(kind.title());
        }
        problem.setInstance(instanceOf(pathOf(request)));
        if (problem.getStatus() >= 500 && kind != ProblemType.INTERNAL) {
            log.warn("{} {} on {}: {}", problem.getStatus(), kind, pathOf(request), TextRules.printable(ex.toString()));
        } else if (log.isDebugEnabled()) {
            log.debug("{} {} on {}: {}", problem.getStatus(), kind, pathOf(request), TextRules.printable(ex.toString()));
        }
        HttpHeaders responseHeaders = new HttpHeaders();
        responseHeaders.putAll(headers);
        // Fixed content type, so the problem is written whatever the client's Accept header asked for.
        responseHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(problem.getStatus()).headers(responseHeaders).body(problem);
    }

    private static ProblemType kindOf(Exception ex, int status) {
        if (ex instanceof ProblemException problemException) {
            return problemException.type();
        }
        if (ex instanceof MethodArgumentNotValidException || ex instanceof HandlerMethodValidationException
                || ex instanceof ConstraintViolationException || ex instanceof MissingServletRequestParameterException
                || ex instanceof MissingRequestHeaderException || ex instanceof TypeMismatchException) {
            return ProblemType.VALIDATION;
        }
        if (ex instanceof HttpMessageNotReadableException) {
            return ProblemType.MALFORMED_JSON;
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return ProblemType.UNSUPPORTED_MEDIA_TYPE;
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return ProblemType.NOT_ACCEPTABLE;
        }
        if (ex instanceof HttpRequestMethodNotSupportedException) {
            return ProblemType.METHOD_NOT_ALLOWED;
        }
        if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
            return ProblemType.NOT_FOUND;
        }
        return ProblemType.forStatus(status);
    }

    private static boolean isReasonPhrase(ProblemDetail problem) {
        HttpStatus status = HttpStatus.resolve(problem.getStatus());
        return status != null && status.getReasonPhrase().equals(problem.getTitle());
    }

    /** The request path as a problem {@code instance}; a path that is not a valid URI degrades to "/". */
    static URI instanceOf(String path) {
        try {
            return URI.create(path);
        } catch (IllegalArgumentException notAUri) {
            return URI.create("/");
        }
    }

    static String pathOf(WebRequest request) {
        if (request instanceof NativeWebRequest nativeRequest) {
            HttpServletRequest servletRequest = nativeRequest.getNativeRequest(HttpServletRequest.class);
            if (servletRequest != null) {
                return servletRequest.getRequestURI();
            }
        }
        return "/";
    }
}
