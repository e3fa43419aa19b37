package id.sistemkerja.platform.test;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service's OpenAPI document shows for each of its operations (the services' {@code OpenApiTest}s): a
 * summary naming the regulation's Indonesian term in parentheses, a success response, the 403 problem response and —
 * for operations that change something — the 422 rule refusal.
 */
public final class OpenApiDocumentation {

    private OpenApiDocumentation() {
    }

    /**
     * Checks every operation of {@code doc} under a path {@code ownPaths} accepts (platform endpoints such as audit and
     * operations are documented by the platform); returns the operations checked as {@code "POST /api/v1/..."}.
     */
    public static List<String> check(JsonNode doc, Predicate<String> ownPaths, boolean mutationsDocument422) {
        List<String> checked = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!ownPaths.test(path.getKey())) {
                return;
            }
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            assertThat(operation.path("summary").asText()).as(where).matches(".*\\(.+\\).*");
            JsonNode responses = operation.get("responses");
            assertThat(responses.fieldNames()).as(where).toIterable().anyMatch(code -> code.startsWith("2"));
            assertThat(responses.has("403")).as(where).isTrue();
            if (mutationsDocument422 && !"get".equals(op.getKey())) {
                assertThat(responses.has("422")).as(where).isTrue();
            }
            checked.add(where);
        }));
        return checked;
    }
}
