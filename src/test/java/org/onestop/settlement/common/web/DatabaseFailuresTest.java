package org.onestop.settlement.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.context.request.ServletWebRequest;

/** Connection, transient and commit failures are 503 "outcome unknown" with Retry-After; other failures are not. */
class DatabaseFailuresTest {

    @Test
    void connectionTransientAndCommitFailuresLeaveTheOutcomeUnknown() {
        assertThat(DatabaseFailures.leftOutcomeUnknown(new CannotCreateTransactionException("no connection")))
                .isTrue();
        assertThat(DatabaseFailures.leftOutcomeUnknown(new TransactionSystemException("commit failed"))).isTrue();
        assertThat(DatabaseFailures.leftOutcomeUnknown(new QueryTimeoutException("slow"))).isTrue();
        assertThat(DatabaseFailures.leftOutcomeUnknown(new JpaSystemException(
                new JDBCConnectionException("cut", new SQLException("I/O error", "08006"))))).isTrue();
        assertThat(DatabaseFailures.leftOutcomeUnknown(new JpaSystemException(
                new org.hibernate.TransactionException("Unable to rollback against JDBC Connection")))).isTrue();
        // pg_terminate_backend: 57P01 admin_shutdown, wrapped by an unrelated-looking exception
        assertThat(DatabaseFailures.leftOutcomeUnknown(new IllegalStateException(
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
    }

    @Test
    void integrityErrorsAndBugsDoNotLeaveTheOutcomeUnknown() {
        assertThat(DatabaseFailures.leftOutcomeUnknown(new DataIntegrityViolationException("dup",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseFailures.leftOutcomeUnknown(new NullPointerException())).isFalse();
    }

    @Test
    void aCommitFailureIsAnswered503OutcomeUnknownWithRetryAfter() {
        var request = new ServletWebRequest(new MockHttpServletRequest("POST", "/api/v1/settlements"));

        var answer = new ProblemHandler().handleUnexpected(new TransactionSystemException("commit failed"), request);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("2");
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(answer.getBody()).isInstanceOfSatisfying(org.springframework.http.ProblemDetail.class,
                problem -> assertThat(problem.getType()).hasToString(
                        "https://onestop-settlement.org/problems/outcome-unknown"));
    }
}
