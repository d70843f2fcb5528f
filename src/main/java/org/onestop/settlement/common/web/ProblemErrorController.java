package org.onestop.settlement.common.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.onestop.settlement.common.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's {@code /error} endpoint so that failures raised outside Spring MVC's handler chain (by the
 * servlet container or a filter) are also RFC 9457 problems with the same {@link ProblemType} URIs as
 * {@link ProblemHandler}'s.
 */
@Hidden
@RestController
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        if (status < 400) {
            status = 500;
        }
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                ? uri
                : request.getRequestURI();
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (exception instanceof Throwable failure && DatabaseFailures.leftOutcomeUnknown(failure)) {
            log.warn("503 outcome unknown on {}: {}", path, TextRules.printable(failure.toString()));
            ProblemDetail problem = ProblemHandler.outcomeUnknown();
            problem.setInstance(ProblemHandler.instanceOf(path));
            return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(ProblemHandler.RETRY_AFTER_SECONDS)).body(problem);
        }
        ProblemType kind = ProblemType.forStatus(status);
        if (status >= 500 && exception instanceof Throwable failure) {
            log.error("Unexpected failure on {}", path, failure);
        }
        ProblemDetail problem = ProblemHandler.problem(kind, kind.status() == status
                ? kind.title()
                : "The request failed with HTTP status " + status + ".");
        problem.setStatus(status);
        problem.setInstance(ProblemHandler.instanceOf(path));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
