package org.onestop.settlement.common.web;

import java.util.List;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Decides before a write runs whether its answer can be sent: a POST, PUT, PATCH or DELETE to {@code /api/**} whose
 * {@code Accept} admits neither {@code application/json} nor {@code application/problem+json} is refused with 406
 * before the handler runs, so that nothing is committed that could not be answered.
 */
class AcceptableAnswerInterceptor implements HandlerInterceptor {

    static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        if (List.of("GET", "HEAD", "OPTIONS", "TRACE").contains(request.getMethod())) {
            return true;
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return true;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException unreadable) {
            throw new HttpMediaTypeNotAcceptableException(ANSWERS);
        }
        for (MediaType wanted : accepted) {
            for (MediaType answer : ANSWERS) {
                if (wanted.isCompatibleWith(answer) && wanted.getQualityValue() > 0) {
                    return true;
                }
            }
        }
        throw new HttpMediaTypeNotAcceptableException(ANSWERS);
    }
}
