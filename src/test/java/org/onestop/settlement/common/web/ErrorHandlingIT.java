package org.onestop.settlement.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.support.ApiFixtures.SETTLEMENTS;
import static org.onestop.settlement.support.ApiFixtures.assertProblem;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onestop.settlement.common.ConflictException;
import org.onestop.settlement.common.FieldViolation;
import org.onestop.settlement.common.InvalidRequestException;
import org.onestop.settlement.common.NotFoundException;
import org.onestop.settlement.common.ProblemType;
import org.onestop.settlement.common.UnprocessableException;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient;
import org.onestop.settlement.support.JsonHttpClient.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Every failure, whatever raised it, reaches the client as an RFC 9457 problem with a stable type URI. */
@IntegrationTest
@Import(ErrorHandlingIT.ProbeController.class)
class ErrorHandlingIT {

    @Autowired
    JsonHttpClient http;

    @Test
    void malformedJsonIsA400ProblemNamingThePosition() {
        Response response = http.post(SETTLEMENTS, "{bad");

        JsonNode problem = assertProblem(response, ProblemType.MALFORMED_JSON, SETTLEMENTS);
        assertThat(problem.path("detail").asString()).contains("line 1, column 2");
    }

    @Test
    void wrongJsonTypeIsAValidationProblemNamingTheField() {
        Response response = http.post(SETTLEMENTS, "{\"hospitalCode\": {\"nested\": 1}}");

        JsonNode problem = assertProblem(response, ProblemType.VALIDATION, SETTLEMENTS);
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("hospitalCode");
        assertThat(problem.path("errors").get(0).path("message").asString()).isEqualTo("must be a string");
    }

    @Test
    void missingBodyIsA400Problem() {
        Response response = http.send("POST", SETTLEMENTS, "application/json", null);

        assertProblem(response, ProblemType.MALFORMED_JSON, SETTLEMENTS);
    }

    @Test
    void missingRequiredFieldListsIt() {
        Response response = http.post(SETTLEMENTS, "{}");

        JsonNode problem = assertProblem(response, ProblemType.VALIDATION, SETTLEMENTS);
        assertThat(problem.path("errors").isArray()).isTrue();
        JsonNode hospitalCode = null;
        for (JsonNode error : problem.path("errors")) {
            assertThat(error.path("message").asString()).isNotBlank();
            if (error.path("field").asString().equals("hospitalCode")) {
                hospitalCode = error;
            }
        }
        assertThat(hospitalCode).as("an error for hospitalCode in %s", response.body()).isNotNull();
    }

    @Test
    void errorResponseExceptionKeepsItsDetail() {
        Response response = http.get("/test-probe/not-implemented");

        JsonNode problem = assertProblem(response, ProblemType.NOT_IMPLEMENTED, "/test-probe/not-implemented");
        assertThat(problem.path("detail").asString()).isEqualTo("Reversal is not yet implemented.");
    }

    @Test
    void unsupportedMediaTypeIsA415Problem() {
        Response response = http.send("POST", SETTLEMENTS, "text/plain", "hospitalCode=H1");

        assertProblem(response, ProblemType.UNSUPPORTED_MEDIA_TYPE, SETTLEMENTS);
    }

    @Test
    void unknownPathIsA404Problem() {
        Response response = http.get("/api/v1/no-such-thing");

        assertProblem(response, ProblemType.NOT_FOUND, "/api/v1/no-such-thing");
    }

    @Test
    void unknownPathIsA404ProblemWhateverTheClientAccepts() {
        Response response = http.get("/no-such-page", "Accept", "text/html");

        assertProblem(response, ProblemType.NOT_FOUND, "/no-such-page");
    }

    @Test
    void wrongMethodIsA405Problem() {
        Response response = http.get("/test-probe/post-only");

        assertProblem(response, ProblemType.METHOD_NOT_ALLOWED, "/test-probe/post-only");
    }

    @Test
    void domainValidationListsEveryField() {
        Response response = http.get("/test-probe/invalid");

        JsonNode problem = assertProblem(response, ProblemType.VALIDATION, "/test-probe/invalid");
        assertThat(problem.path("errors").size()).isEqualTo(2);
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("amounts.fullyOwnPay");
        assertThat(problem.path("errors").get(1).path("field").asString()).isEqualTo("amounts.total");
    }

    @Test
    void constraintViolationIsA400ValidationProblem() {
        Response response = http.get("/test-probe/constraint");

        JsonNode problem = assertProblem(response, ProblemType.VALIDATION, "/test-probe/constraint");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("code");
    }

    @Test
    void badParameterTypeIsA400ValidationProblem() {
        Response response = http.get("/test-probe/number/abc");

        JsonNode problem = assertProblem(response, ProblemType.VALIDATION, "/test-probe/number/abc");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("value");
    }

    @Test
    void missingParameterIsA400ValidationProblem() {
        Response response = http.get("/test-probe/param");

        JsonNode problem = assertProblem(response, ProblemType.VALIDATION, "/test-probe/param");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("year");
    }

    @Test
    void missingHeaderIsA400ValidationProblem() {
        Response response = http.get("/test-probe/header");

        JsonNode problem = assertProblem(response, ProblemType.VALIDATION, "/test-probe/header");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("Idempotency-Key");
    }

    @Test
    void domainExceptionsMapToTheirStatus() {
        assertProblem(http.get("/test-probe/not-found"), ProblemType.NOT_FOUND, "/test-probe/not-found");
        assertProblem(http.get("/test-probe/conflict"), ProblemType.CONFLICT, "/test-probe/conflict");
        assertProblem(http.get("/test-probe/unprocessable"), ProblemType.UNPROCESSABLE, "/test-probe/unprocessable");
    }

    @Test
    void unexpectedFailureIsAGeneric500WithoutInternals() {
        Response response = http.get("/test-probe/boom");

        JsonNode problem = assertProblem(response, ProblemType.INTERNAL, "/test-probe/boom");
        assertThat(response.body()).doesNotContain("secret-internal-state", "Exception", "at org.");
        assertThat(problem.path("detail").asString()).isNotBlank();
    }

    /** Endpoints that raise each kind of failure; registered only in this test's context. */
    @Hidden
    @RestController
    static class ProbeController {

        private final Validator validator;

        ProbeController(Validator validator) {
            this.validator = validator;
        }

        record Coded(@NotBlank String code) {
        }

        @GetMapping("/test-probe/invalid")
        void invalid() {
            throw new InvalidRequestException(List.of(
                    new FieldViolation("amounts.total", "must not be less than the sum of its parts"),
                    new FieldViolation("amounts.fullyOwnPay", "must not be negative")));
        }

        @GetMapping("/test-probe/constraint")
        void constraint() {
            throw new ConstraintViolationException(validator.validate(new Coded(" ")));
        }

        @GetMapping("/test-probe/number/{value}")
        int number(@PathVariable int value) {
            return value;
        }

        @GetMapping("/test-probe/param")
        int param(@RequestParam int year) {
            return year;
        }

        @GetMapping("/test-probe/header")
        String header(@RequestHeader("Idempotency-Key") String key) {
            return key;
        }

        @GetMapping("/test-probe/not-found")
        void notFound() {
            throw new NotFoundException("No settlement S-1.");
        }

        @GetMapping("/test-probe/conflict")
        void conflict() {
            throw new ConflictException("Settlement S-1 is already reversed.");
        }

        @GetMapping("/test-probe/unprocessable")
        void unprocessable() {
            throw new UnprocessableException("No policy in force for region 620100 on 2019-01-01.");
        }

        @PostMapping("/test-probe/post-only")
        void postOnly() {
        }

        @GetMapping("/test-probe/not-implemented")
        void notImplemented() {
            throw new ErrorResponseException(HttpStatus.NOT_IMPLEMENTED,
                    ProblemHandler.problem(ProblemType.NOT_IMPLEMENTED, "Reversal is not yet implemented."), null);
        }

        @GetMapping("/test-probe/boom")
        void boom() {
            throw new IllegalStateException("secret-internal-state");
        }
    }
}
