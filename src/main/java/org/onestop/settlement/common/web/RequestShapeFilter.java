package org.onestop.settlement.common.web;

import java.io.IOException;
import java.util.Map;

import org.onestop.settlement.common.ProblemType;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses, before anything else runs, request lines no endpoint can mean: a query parameter without a name
 * ({@code ?=x}), and control characters or unpaired surrogates in the decoded path or in query parameters (a NUL in
 * an id). Each is a 400 problem naming the parameter, never a failure deeper down. It runs after Spring Boot's
 * character-encoding filter ({@code Ordered.HIGHEST_PRECEDENCE}), so that the parameters of a form body (the
 * console's forms) are read as UTF-8, not as ISO-8859-1, whose reading of Chinese text holds C1 control characters;
 * and after {@link BodySizeLimitFilter}, so that no body is read before its size is checked.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestShapeFilter extends OncePerRequestFilter {

    private final JsonMapper json;

    RequestShapeFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String refusal = refusal(request);
        if (refusal != null) {
            ProblemResponses.write(response, json, ProblemResponses.problem(ProblemType.BAD_REQUEST, refusal,
                    request));
            return;
        }
        chain.doFilter(request, response);
    }

    private static String refusal(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!TextRules.isClean(path)) {
            return "The path must not contain control characters or unpaired surrogates.";
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalArgumentException | IllegalStateException unparseable) {
            return "The query string could not be read.";
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (name == null || name.isBlank()) {
                return "Every query parameter needs a name.";
            }
            if (!TextRules.isClean(name)) {
                return "Query parameter names " + TextRules.UNCLEAN + ".";
            }
            for (String value : parameter.getValue()) {
                if (value != null && !TextRules.isClean(value)) {
                    return "Query parameter '" + name + "' " + TextRules.UNCLEAN + ".";
                }
            }
        }
        return null;
    }
}
