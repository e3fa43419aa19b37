package id.sistemkerja.platform.kafka;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Event ids a subscription has applied, kept in the consuming service's MongoDB: Kafka delivers at least once, and a
 * redelivered event is recognised here and skipped.
 */
public class ProcessedEventLog {

    public static final String COLLECTION = "sk_processed_events";

    private final MongoTemplate mongo;

    public ProcessedEventLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean contains(String subscription, String eventId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id(subscription, eventId))), COLLECTION);
    }

    public void record(String subscription, String eventId, Instant processedAt) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("_id", id(subscription, eventId));
        doc.put("subscription", subscription);
        doc.put("processedAt", java.util.Date.from(processedAt));
        try {
            mongo.insert(doc, COLLECTION);
        } catch (DuplicateKeyException alreadyRecorded) {
            // a concurrent redelivery recorded it first: the outcome is the same
        }
    }

    private static String id(String subscription, String eventId) {
        return subscription + ":" + eventId;
    }
}
