package id.sistemkerja.platform.web;

import id.sistemkerja.platform.error.ProblemKind;
import id.sistemkerja.platform.error.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds RFC 9457 problem details in the one shape the whole API uses: {@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance}, the {@code correlationId}, and for refusals the {@code violations} (each naming
 * field, rule id and article), with the first violation's {@code field}, {@code ruleId} and {@code article} repeated at
 * the top level for callers that read only one.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://sistemkerja.id/problems/";

    private Problems() {
    }

    public static ProblemDetail of(ProblemKind kind, String detail, List<Violation> violations, String instance,
                                   String correlationId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(kind.status()), detail);
        problem.setType(URI.create(TYPE_BASE + kind.slug()));
        problem.setTitle(kind.title());
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        if (correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
        if (kind == ProblemKind.FACT_NOT_YET_KNOWN) {
            problem.setProperty("retryable", true);
        }
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            putIfPresent(problem, "field", first.field());
            putIfPresent(problem, "ruleId", first.ruleId());
            putIfPresent(problem, "article", first.article());
            List<Map<String, Object>> list = new ArrayList<>();
            for (Violation v : violations) {
                Map<String, Object> item = new LinkedHashMap<>();
                if (v.field() != null) {
                    item.put("field", v.field());
                }
                if (v.ruleId() != null) {
                    item.put("ruleId", v.ruleId());
                }
                if (v.article() != null) {
                    item.put("article", v.article());
                }
                item.put("message", v.message());
                list.add(item);
            }
            problem.setProperty("violations", list);
        }
        return problem;
    }

    /** A problem for an HTTP status outside the {@link ProblemKind} set (401, 405, 413, 415, 429, 500, ...). */
    public static ProblemDetail ofStatus(HttpStatus status, String slug, String detail, String instance,
                                         String correlationId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(status.getReasonPhrase());
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        if (correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
        return problem;
    }

    private static void putIfPresent(ProblemDetail problem, String key, String value) {
        if (value != null) {
            problem.setProperty(key, value);
        }
    }
}
