package org.onestop.settlement.common.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.onestop.settlement.common.ProblemType;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The fixed parts of the generated OpenAPI document. Everything here is constant (no host, port or build number),
 * so the document served at {@code /v3/api-docs.yaml} is reproducible and can be compared with the committed
 * contract {@code api-spec/openapi.yaml}.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    /** Version of the HTTP contract; bump it when {@code api-spec/openapi.yaml} changes incompatibly. */
    public static final String API_VERSION = "1.0.0";

    /** Name of the HTTP Basic security scheme every API operation requires. */
    static final String BASIC_AUTH = "basicAuth";

    @Bean
    OpenAPI settlementOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("One-stop settlement service")
                        .version(API_VERSION)
                        .description("""
                                Settles a medical claim in one request (一站式结算): basic medical insurance, then \
                                major-illness insurance, then medical assistance, then secondary tilt assistance, \
                                each stage citing the policy article it applies. Every error is an RFC 9457 \
                                application/problem+json document with a stable type URI."""))
                .servers(List.of(new Server().url("/")))
                .components(new Components().addSecuritySchemes(BASIC_AUTH, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("clientId:secret of an API client (roles HOSPITAL, REGISTRY, ADMIN)")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH));
    }

    /**
     * The answers every {@code /api/v1} operation shares, so the contract says what an integrator receives: success
     * bodies as {@code application/json}; every 4xx as problem+json, including 400 (the problem names each field),
     * 404 where the path names an entity, 401 (no or wrong credentials), 403 (role or hospital not allowed) and 429
     * (too many failed logins); and on writes 406 (unacceptable {@code Accept}), 413 (body too large) and 503
     * (outcome unknown, send the same request again).
     */
    @Bean
    OpenApiCustomizer sharedAnswers() {
        return openApi -> openApi.getPaths().forEach((path, item) -> {
            if (!path.startsWith("/api/v1/")) {
                item.readOperations().forEach(OpenApiConfiguration::securityRefusalsAsProblems);
                return;
            }
            item.readOperationsMap().forEach((method, operation) -> {
                ApiResponses responses = operation.getResponses();
                responses.forEach((code, response) -> {
                    if (code.startsWith("4") || code.startsWith("5")) {
                        response.setContent(problemContent());
                    } else if (response.getContent() != null && response.getContent().containsKey("*/*")) {
                        response.getContent().addMediaType("application/json",
                                response.getContent().remove("*/*"));
                    }
                });
                responses.computeIfAbsent("400", c -> problemAnswer("Invalid request; `errors` names each field"));
                if (path.contains("{")) {
                    responses.computeIfAbsent("404", c -> problemAnswer("Not found (or not visible to this client)"));
                }
                responses.addApiResponse("401", problemAnswer("Authentication required"));
                responses.addApiResponse("403", problemAnswer("The client may not do this"));
                responses.addApiResponse("429", problemAnswer("Too many failed logins"));
                if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
                    responses.addApiResponse("406", problemAnswer("`Accept` admits neither application/json nor "
                            + "application/problem+json; nothing was done"));
                    responses.addApiResponse("413", problemAnswer("Request body over the limit (256KB by default); "
                            + "nothing was read"));
                    responses.addApiResponse("503", problemAnswer("Outcome unknown: the database failed during the "
                            + "request; send the same request again after `Retry-After` seconds"));
                }
            });
        });
    }

    /**
     * Outside {@code /api/v1} an operation answers in its own format, but authentication and role checks run before
     * it and answer 401 and 403 as problem+json: the contract says both.
     */
    private static void securityRefusalsAsProblems(io.swagger.v3.oas.models.Operation operation) {
        for (String code : List.of("401", "403")) {
            ApiResponse response = operation.getResponses().get(code);
            if (response != null && response.getContent() != null) {
                response.getContent().addMediaType("application/problem+json",
                        problemContent().get("application/problem+json"));
            }
        }
    }

    private static ApiResponse problemAnswer(String description) {
        return new ApiResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")));
    }

    /**
     * Documents {@code ProblemDetail}, the body of every error, as it is written on the wire (springdoc would show
     * Spring's internal {@code properties} map instead of the flattened {@code errors} member). It is always in the
     * document; reference it from an endpoint with {@code @Schema(implementation = ProblemDetail.class)}.
     */
    @Bean
    OpenApiCustomizer problemDetailSchema() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            Schema<?> violation = new ObjectSchema()
                    .description("One broken rule of the request")
                    .addProperty("field", new StringSchema().description("JSON path or parameter name"))
                    .addProperty("message", new StringSchema().description("What is wrong with it"))
                    .required(List.of("field", "message"));
            Schema<?> problem = new ObjectSchema()
                    .description("RFC 9457 problem details (application/problem+json)")
                    .addProperty("type", new StringSchema().format("uri")
                            .description("Stable URI of the kind of problem, under " + ProblemType.BASE_URI))
                    .addProperty("title", new StringSchema().description("Short summary of the kind of problem"))
                    .addProperty("status", new IntegerSchema().format("int32").description("HTTP status code"))
                    .addProperty("detail", new StringSchema().description("What went wrong with this request"))
                    .addProperty("instance", new StringSchema().format("uri-reference").description("The request path"))
                    .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldViolation"))
                            .description("Validation problems only: every invalid field"))
                    .addProperty("settlementId", new StringSchema().format("uuid").description("409 on a changed "
                            + "claim: the standing settlement of the key; reverse it first to settle the encounter again"))
                    .addProperty("differences", new ArraySchema().items(new StringSchema()).description("409 on a "
                            + "changed claim: the request's fields that differ from the standing settlement's"))
                    .required(List.of("type", "title", "status", "detail", "instance"));
            openApi.getComponents().addSchemas("FieldViolation", violation);
            openApi.getComponents().addSchemas("ProblemDetail", problem);
        };
    }
}
