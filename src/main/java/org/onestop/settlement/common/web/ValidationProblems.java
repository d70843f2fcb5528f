package org.onestop.settlement.common.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.onestop.settlement.common.FieldViolation;
import org.onestop.settlement.common.ProblemType;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Validation problems: every broken rule of a request as {@code errors: [{field, message}]}, sorted, with the JSON
 * name of each field, whichever of Spring's or Bean Validation's exceptions reported it.
 */
final class ValidationProblems {

    private ValidationProblems() {
    }

    static ProblemDetail of(ConstraintViolationException ex) {
        List<FieldViolation> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : ex.getConstraintViolations()) {
            errors.add(new FieldViolation(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        return problem(errors);
    }

    static ProblemDetail of(Errors errors) {
        return problem(violationsOf(errors));
    }

    static ProblemDetail of(HandlerMethodValidationException ex) {
        List<FieldViolation> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors parameterErrors) {
                errors.addAll(violationsOf(parameterErrors));
            } else {
                String name = Objects.requireNonNullElse(result.getMethodParameter().getParameterName(),
                        "arg" + result.getMethodParameter().getParameterIndex());
                for (MessageSourceResolvable error : result.getResolvableErrors()) {
                    errors.add(new FieldViolation(name, messageOf(error)));
                }
            }
        }
        for (MessageSourceResolvable error : ex.getCrossParameterValidationResults()) {
            errors.add(new FieldViolation("request", messageOf(error)));
        }
        return problem(errors);
    }

    static ProblemDetail problem(List<FieldViolation> errors) {
        List<FieldViolation> sorted = sorted(errors);
        String detail = sorted.size() == 1
                ? "Field '" + sorted.get(0).field() + "' " + sorted.get(0).message() + "."
                : sorted.size() + " fields are invalid; see 'errors'.";
        ProblemDetail problem = ProblemHandler.problem(ProblemType.VALIDATION, detail);
        problem.setProperty(ProblemHandler.ERRORS, sorted);
        return problem;
    }

    static List<FieldViolation> sorted(List<FieldViolation> errors) {
        return errors.stream()
                .sorted(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::message))
                .distinct()
                .toList();
    }

    static List<FieldViolation> violationsOf(Errors errors) {
        List<FieldViolation> result = new ArrayList<>();
        for (FieldError error : errors.getFieldErrors()) {
            result.add(new FieldViolation(error.getField(), messageOf(error)));
        }
        for (ObjectError error : errors.getGlobalErrors()) {
            result.add(new FieldViolation(error.getObjectName(), messageOf(error)));
        }
        return result;
    }

    static String messageOf(MessageSourceResolvable error) {
        return Objects.requireNonNullElse(error.getDefaultMessage(), "is invalid");
    }

    /** The JSON-facing name of a bean-validation path: the method and parameter nodes of method validation go. */
    static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if ((node.getKind() == ElementKind.PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) && !last) {
                continue;
            }
            String name = node.getName() == null ? "" : node.getName();
            if (node.getIndex() != null) {
                name = name + "[" + node.getIndex() + "]";
            } else if (node.getKey() != null) {
                name = name + "[" + node.getKey() + "]";
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names.isEmpty() ? "request" : String.join(".", names);
    }
}
