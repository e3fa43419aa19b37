package id.sistemkerja.platform.audit.web;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemkerja.platform.audit.ledger.LedgerEntry;
import id.sistemkerja.platform.audit.verify.CanonicalJson;
import id.sistemkerja.platform.security.MetadataKeys;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** One event of a history as an auditor reads it (AUD-01): who, when, on whose behalf, under which rules, what. */
@Schema(description = "A sealed event (peristiwa tercatat) with who did it, when, on whose behalf and under which rules")
public record HistoryEntry(
        @Schema(description = "Ledger position (for inclusion proofs)") long seq,
        String eventId,
        String aggregateType,
        String aggregateId,
        @Schema(description = "Sequence of the event within its aggregate") long aggregateSequence,
        @Schema(description = "When the event was recorded (ISO-8601 UTC)") String time,
        @Schema(description = "Java type of the event") String payloadType,
        @Schema(description = "Subject who acted: NIP or client id") String actor,
        List<String> actorRoles,
        @Schema(description = "Agency the actor acted for") String actorAgency,
        @Schema(description = "Correlation id of the request that caused it (atas permintaan siapa: one request, all its effects)")
        String correlationId,
        @Schema(description = "Id of the message that directly caused it") String causationId,
        @Schema(description = "Regulation profile versions and rule ids the decision applied ({profileId, version, ruleIds})")
        List<JsonNode> decisions,
        JsonNode payload,
        JsonNode metadata,
        @Schema(description = "Leaf hash sealed for the entry (hex)") String leafHash) {

    public static HistoryEntry of(LedgerEntry entry) {
        JsonNode json = CanonicalJson.parse(entry.canonical());
        JsonNode meta = json.path("metadata");
        List<String> roles = new ArrayList<>();
        meta.path(MetadataKeys.ACTOR_ROLES).forEach(r -> roles.add(r.asText()));
        List<JsonNode> decisions = new ArrayList<>();
        findDecisions(json.path("payload"), 0, decisions);
        return new HistoryEntry(entry.seq(), entry.eventId(), entry.aggregateType(), entry.aggregateId(),
                entry.aggregateSequence() == null ? 0 : entry.aggregateSequence(), entry.time(),
                json.path("payloadType").asText(null), text(meta, MetadataKeys.ACTOR), roles,
                text(meta, MetadataKeys.ACTOR_AGENCY), text(meta, MetadataKeys.CORRELATION_ID),
                text(meta, MetadataKeys.CAUSATION_ID), decisions, json.path("payload"), meta,
                HexFormat.of().formatHex(entry.leafHash()));
    }

    /** Objects in the payload that name rule ids (and usually a profile id and version): the decision's basis. */
    private static void findDecisions(JsonNode node, int depth, List<JsonNode> out) {
        if (depth > 4) {
            return;
        }
        if (node.isObject()) {
            if (node.has("ruleIds")) {
                out.add(node);
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                findDecisions(it.next().getValue(), depth + 1, out);
            }
        } else if (node.isArray()) {
            node.forEach(child -> findDecisions(child, depth + 1, out));
        }
    }

    private static String text(JsonNode meta, String key) {
        JsonNode value = meta.path(key);
        return value.isValueNode() ? value.asText() : null;
    }

}
