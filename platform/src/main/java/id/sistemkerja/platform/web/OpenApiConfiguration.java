package id.sistemkerja.platform.web;

import id.sistemkerja.platform.config.PlatformProperties;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The service's OpenAPI document: bearer-JWT security, the {@code Idempotency-Key} and {@code X-Correlation-Id}
 * headers, and the problem+json error responses every operation can return, so each endpoint documents its request,
 * response and errors.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Bean
    public OpenAPI sikerjaOpenApi(PlatformProperties properties) {
        String service = properties.getService().getName();
        return new OpenAPI()
                .info(new Info().title("SiKerja " + service + "-service API").version("v1")
                        .description("Part of SiKerja, the event-sourced back end of the sistem kerja of Indonesian "
                                + "regional governments (PermenPANRB 7/2022, 6/2022). Field names are English; the "
                                + "regulation's Indonesian terms are given in descriptions (see GLOSSARY.md). Every "
                                + "error is RFC 9457 problem+json naming the field, the rule id and the article."))
                .components(new Components()
                        .addSecuritySchemes("bearer-jwt", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("JWT with sub (NIP or client id), agency, unit, roles"))
                        .addSchemas("Problem", problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList("bearer-jwt"));
    }

    @Bean
    public OpenApiCustomizer problemResponsesCustomizer() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                addProblem(operation, "400", "Invalid input: the field at fault is named (problem+json)");
                addProblem(operation, "401", "Missing or invalid bearer token (problem+json)");
                addProblem(operation, "403", "Not the competent official for this object; names who may (problem+json)");
                addProblem(operation, "500", "Internal error; quote the correlation id (problem+json)");
                if (method != PathItem.HttpMethod.GET) {
                    addProblem(operation, "404", "A referenced record does not exist (problem+json)");
                    addProblem(operation, "409", "Conflicts with the current state, or a fact from another service is "
                            + "not known yet (retryable, Retry-After) (problem+json)");
                    addProblem(operation, "422", "Refused by a regulation rule: ruleId and article name why (problem+json)");
                } else if (path.contains("{")) {
                    addProblem(operation, "404", "Not found (problem+json)");
                }
                if (method == PathItem.HttpMethod.POST) {
                    operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER).required(false)
                            .description("Makes a retry safe: the same key and request return the first response "
                                    + "and create nothing new").schema(new StringSchema().maxLength(255)));
                }
            }));
        };
    }

    private static void addProblem(Operation operation, String code, String description) {
        if (operation.getResponses() == null || operation.getResponses().containsKey(code)) {
            return;
        }
        operation.getResponses().addApiResponse(code, new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref(PROBLEM_REF)))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Map<String, Schema> violation = new LinkedHashMap<>();
        violation.put("field", new StringSchema().description("request field at fault"));
        violation.put("ruleId", new StringSchema().description("rule id from RULES.md, e.g. ASG-07"));
        violation.put("article", new StringSchema().description("legal source, e.g. Perwal Bandung 6/2023 Pasal 8(3)"));
        violation.put("message", new StringSchema());
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri"));
        properties.put("title", new StringSchema());
        properties.put("status", new IntegerSchema());
        properties.put("detail", new StringSchema());
        properties.put("instance", new StringSchema().format("uri"));
        properties.put("correlationId", new StringSchema());
        properties.put("field", new StringSchema());
        properties.put("ruleId", new StringSchema());
        properties.put("article", new StringSchema());
        properties.put("retryable", new BooleanSchema());
        properties.put("violations", new ArraySchema().items(new ObjectSchema().properties(violation)));
        return new ObjectSchema().description("RFC 9457 problem details").properties(properties);
    }
}
