package org.onestop.settlement.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void everyKindHasItsOwnStableUri() {
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::uri).distinct().count())
                .isEqualTo(ProblemType.values().length);
        assertThat(ProblemType.VALIDATION.uri()).hasToString("https://onestop-settlement.org/problems/validation");
        assertThat(ProblemType.MALFORMED_JSON.uri())
                .hasToString("https://onestop-settlement.org/problems/malformed-json");
    }

    @Test
    void statusesMapBackToTheirKind() {
        assertThat(ProblemType.forStatus(404)).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(ProblemType.forStatus(422)).isEqualTo(ProblemType.UNPROCESSABLE);
        assertThat(ProblemType.forStatus(418)).isEqualTo(ProblemType.BAD_REQUEST);
        assertThat(ProblemType.forStatus(502)).isEqualTo(ProblemType.INTERNAL);
    }

    @Test
    void domainExceptionsCarryTheirKind() {
        assertThat(new NotFoundException("x").type()).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(new ConflictException("x").type()).isEqualTo(ProblemType.CONFLICT);
        assertThat(new UnprocessableException("x").type()).isEqualTo(ProblemType.UNPROCESSABLE);
        InvalidRequestException invalid = new InvalidRequestException("amounts.total", "must not be negative");
        assertThat(invalid.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(invalid.violations()).containsExactly(new FieldViolation("amounts.total", "must not be negative"));
        assertThat(invalid.getMessage()).isEqualTo("amounts.total: must not be negative");
    }

    @Test
    void anInvalidRequestNeedsAViolation() {
        assertThatThrownBy(() -> new InvalidRequestException(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
