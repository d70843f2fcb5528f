package org.onestop.settlement.settlement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.onestop.settlement.common.ProblemType;
import org.onestop.settlement.common.web.ProblemHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * HTTP entry point of the settlement use case. Placeholder: it validates the request and answers
 * {@code 501 Not Implemented} as an RFC 9457 problem until the use case is built.
 */
@RestController
@RequestMapping("/api/v1/settlements")
@Tag(name = "settlements", description = "Settle claims")
public class SettlementController {

    @Operation(summary = "Settle a claim (not implemented yet)")
    @ApiResponse(responseCode = "400", description = "Malformed or invalid request",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "501", description = "Settlement is not implemented yet",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public void settle(@Valid @RequestBody SettlementRequest request) {
        throw new ErrorResponseException(HttpStatus.NOT_IMPLEMENTED,
                ProblemHandler.problem(ProblemType.NOT_IMPLEMENTED, "Settlement is not yet implemented."), null);
    }
}
