package org.onestop.settlement.console.web;

import java.util.List;

import org.onestop.settlement.common.FieldViolation;
import org.onestop.settlement.common.InvalidRequestException;
import org.onestop.settlement.common.ProblemException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The console's failures as pages, not problem+json: a person of another region or another hospital's slip is the
 * 404 page (its existence is not revealed), a refused action is 403, an alert already handled is 409, and bad input
 * is 400 with every broken rule. It is consulted before the API's {@code ProblemHandler}, for the console's
 * controllers only.
 */
@Hidden
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

    private final ConsolePages pages;

    ConsoleErrors(ConsolePages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(ProblemException.class)
    ModelAndView problem(ProblemException e, HttpServletResponse response) {
        List<FieldViolation> violations = e instanceof InvalidRequestException invalid ? invalid.violations() : List.of();
        return page(e.type().status(), violations, response);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
        return page(400, List.of(new FieldViolation(e.getName(), "cannot be read as " + (e.getRequiredType() == null
                ? "this value" : e.getRequiredType().getSimpleName()))), response);
    }

    /** The error page of {@code status}. */
    ModelAndView page(int status, List<FieldViolation> violations, HttpServletResponse response) {
        response.setStatus(status);
        Model model = new ExtendedModelMap();
        pages.addCommon(model);
        model.addAttribute("status", status);
        model.addAttribute("heading", heading(status));
        model.addAttribute("violations", violations);
        return new ModelAndView("console/error", model.asMap());
    }

    static String heading(int status) {
        return switch (status) {
            case 400 -> "输入有误";
            case 403 -> "无权访问此页面";
            case 404 -> "未找到";
            case 409 -> "状态已变更，无法执行";
            default -> "请求失败";
        };
    }
}
