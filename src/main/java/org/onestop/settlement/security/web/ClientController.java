package org.onestop.settlement.security.web;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;

import org.onestop.settlement.common.HospitalCode;
import org.onestop.settlement.common.InvalidRequestException;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.security.ApiClient;
import org.onestop.settlement.security.ClientService;
import org.onestop.settlement.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Administration of API clients (ADMIN only). */
@RestController
@RequestMapping("/api/v1/clients")
@Validated
@Tag(name = "Clients", description = "API clients and their roles (ADMIN)")
class ClientController {

    private final ClientService clients;

    ClientController(ClientService clients) {
        this.clients = clients;
    }

    record ClientRequest(
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}") @Schema(example = "his-h37030001")
            String clientId,
            @NotNull Role role,
            @Size(max = 64) @Schema(description = "required for HOSPITAL, absent otherwise", example = "H37030001")
            String hospitalCode,
            @Schema(description = "required for ASSISTANCE_OFFICE (the region it serves), absent otherwise",
                    example = "ZIBO")
            RegionCode region) {
    }

    record ClientView(String clientId, Role role, @Nullable String hospitalCode, @Nullable RegionCode region,
                      boolean enabled, Instant createdAt, @Nullable Instant disabledAt,
                      @Nullable @Schema(description = "the generated secret, in the creation answer only") String secret) {

        static ClientView of(ApiClient c, String secret) {
            return new ClientView(c.clientId(), c.role(), c.hospitalCode(), c.region(), c.enabled(), c.createdAt(),
                    c.disabledAt(), secret);
        }
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createClient", summary = "Create a client; the answer shows its generated secret, once")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "hospital", summary = "a hospital's HIS",
                    value = "{\"clientId\": \"his-h37030001\", \"role\": \"HOSPITAL\", \"hospitalCode\": \"H37030001\"}")))
    @ApiResponse(responseCode = "409", description = "a client with this id exists")
    ClientView create(@Valid @RequestBody ClientRequest body) {
        ClientService.Created created = clients.create(body.clientId(), body.role(), hospitalCode(body.hospitalCode()),
                body.region());
        return ClientView.of(created.client(), created.secret());
    }

    /** A blank code is no code; a code with white space or control characters is refused as the field's error. */
    private static HospitalCode hospitalCode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return HospitalCode.of(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("hospitalCode", e.getMessage());
        }
    }

    @GetMapping
    @Operation(operationId = "listClients", summary = "Every client, without secrets")
    List<ClientView> list() {
        return clients.list().stream().map(c -> ClientView.of(c, null)).toList();
    }

    @DeleteMapping("/{clientId}")
    @Operation(operationId = "disableClient", summary = "Disable a client (kept for the audit trail)")
    @ApiResponse(responseCode = "200", description = "the client, disabled")
    @ApiResponse(responseCode = "409", description = "the last enabled ADMIN cannot be disabled")
    ClientView disable(@PathVariable String clientId) {
        return ClientView.of(clients.disable(clientId), null);
    }
}
