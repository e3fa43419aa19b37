package id.sistemkerja.assignment.query;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Requests and applications nobody has answered yet, by age: gauge {@code sikerja.assignment.requests.pending} with
 * tags {@code kind} and {@code age} (0-7d, 8-30d, 31-90d, over-90d) — no ids as tags.
 */
@Component
public class PendingRequestsMetrics {

    private static final int[][] BUCKETS = {{0, 7}, {8, 30}, {31, 90}, {91, Integer.MAX_VALUE}};
    private static final String[] NAMES = {"0-7d", "8-30d", "31-90d", "over-90d"};

    public PendingRequestsMetrics(MeterRegistry registry, MongoTemplate mongo, Clock clock) {
        for (String kind : new String[]{"INVOLVEMENT_REQUEST", "VOLUNTARY_APPLICATION"}) {
            for (int i = 0; i < BUCKETS.length; i++) {
                int[] bucket = BUCKETS[i];
                Gauge.builder("sikerja.assignment.requests.pending", () -> count(mongo, clock, kind, bucket))
                        .description("Pending involvement requests / voluntary applications by age in days")
                        .tag("kind", kind).tag("age", NAMES[i]).register(registry);
            }
        }
    }

    private static double count(MongoTemplate mongo, Clock clock, String kind, int[] bucket) {
        LocalDate today = LocalDate.now(clock);
        Criteria submitted = where("submittedOn").lte(today.minusDays(bucket[0]));
        if (bucket[1] != Integer.MAX_VALUE) {
            submitted = submitted.gte(today.minusDays(bucket[1]));
        }
        return mongo.count(Query.query(where("pending").is(true).and("kind").is(kind).andOperator(submitted)),
                Views.REQUESTS);
    }
}
