package org.onestop.settlement.common.web;

import java.io.IOException;

import org.onestop.settlement.common.ProblemType;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem from a servlet filter, where no {@code @ExceptionHandler} runs: the same body and content type as
 * {@link ProblemHandler}'s.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** A problem of {@code type} about this request, its {@code instance} the request path. */
    public static ProblemDetail problem(ProblemType type, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemHandler.problem(type, detail);
        problem.setInstance(ProblemHandler.instanceOf(request.getRequestURI()));
        return problem;
    }

    /** Writes the problem as the answer; the stream is left open for filters that run after. */
    public static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
