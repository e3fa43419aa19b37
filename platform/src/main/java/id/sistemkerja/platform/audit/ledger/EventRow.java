package id.sistemkerja.platform.audit.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sistemkerja.platform.audit.verify.CanonicalJson;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A row of Axon's event table ({@code domainevententry}) exactly as stored, and the canonical ledger entry it becomes.
 * The sealer and the live re-check both build entries from the stored text, never from re-serialised objects, so a
 * change to a stored event after sealing is visible as a different entry.
 */
public record EventRow(long globalIndex, String eventId, String aggregateType, String aggregateId,
                       long aggregateSequence, String time, String payloadType, String payloadRevision, String payload,
                       String metadata) {

    public static final String COLUMNS = "globalindex, eventidentifier, type, aggregateidentifier, sequencenumber, "
            + "timestamp, payloadtype, payloadrevision, payload, metadata";

    public static EventRow read(ResultSet rs) throws SQLException {
        return new EventRow(rs.getLong("globalindex"), rs.getString("eventidentifier"), rs.getString("type"),
                rs.getString("aggregateidentifier"), rs.getLong("sequencenumber"), rs.getString("timestamp"),
                rs.getString("payloadtype"), rs.getString("payloadrevision"), rs.getString("payload"),
                rs.getString("metadata"));
    }

    /**
     * The ledger entry of this event at position {@code seq} (docs/audit.md, "Ledger entry"): keys {@code seq,
     * globalIndex, eventId, aggregateType, aggregateId, aggregateSequence, time, payloadType, payloadRevision,
     * payload, metadata}; payload and metadata are the stored JSON (a JSON string when the stored text is not JSON).
     */
    public ObjectNode entry(long seq) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("seq", seq);
        entry.put("globalIndex", globalIndex);
        entry.put("eventId", eventId);
        entry.put("aggregateType", aggregateType);
        entry.put("aggregateId", aggregateId);
        entry.put("aggregateSequence", aggregateSequence);
        entry.put("time", time);
        entry.put("payloadType", payloadType);
        entry.put("payloadRevision", payloadRevision);
        entry.set("payload", json(payload));
        entry.set("metadata", json(metadata));
        return entry;
    }

    public String canonical(long seq) {
        return CanonicalJson.write(entry(seq));
    }

    /** The agency an event names itself (top-level {@code agencyId} of the payload), or null. */
    public String payloadAgency(ObjectNode entry) {
        JsonNode agency = entry.path("payload").path("agencyId");
        return agency.isTextual() ? agency.textValue() : null;
    }

    private static JsonNode json(String text) {
        if (text == null) {
            return JsonNodeFactory.instance.nullNode();
        }
        try {
            return CanonicalJson.parse(text);
        } catch (IllegalArgumentException notJson) {
            return JsonNodeFactory.instance.textNode(text);
        }
    }
}
