package id.sistemkerja.regulation.profile.replica;

import id.sistemkerja.contracts.Topics;
import id.sistemkerja.contracts.org.v1.AgencyProfileBound;
import id.sistemkerja.platform.kafka.IntegrationEventSubscription;
import id.sistemkerja.regulation.profile.ProfileBinding;
import id.sistemkerja.regulation.profile.ProfileBindings;
import id.sistemkerja.regulation.profile.ProfileRef;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Agencies' profile bindings in a MongoDB collection, one document per binding ({@code _id} = agency and effective
 * date, so recording a binding again is harmless). Consuming services fill {@value #REPLICA_COLLECTION} from Kafka
 * ({@link #subscription()}); org-service fills its own collection from its own events.
 */
public class MongoProfileBindings implements ProfileBindings {

    public static final String REPLICA_COLLECTION = "replica_profile_bindings";

    private final MongoTemplate mongo;
    private final String collection;

    public MongoProfileBindings(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    /** Upserts {@code binding} (idempotent). */
    public void record(ProfileBinding binding) {
        mongo.save(new Document("_id", binding.agencyId() + "@" + binding.effectiveFrom())
                .append("agencyId", binding.agencyId())
                .append("profileId", binding.profile().id())
                .append("profileVersion", binding.profile().version())
                // ISO dates compare correctly as text, and stay calendar days (no time zone)
                .append("effectiveFrom", binding.effectiveFrom().toString()), collection);
    }

    @Override
    public Optional<ProfileBinding> inForce(String agencyId, LocalDate date) {
        Query query = Query.query(Criteria.where("agencyId").is(agencyId).and("effectiveFrom").lte(date.toString()))
                .with(Sort.by(Sort.Direction.DESC, "effectiveFrom")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, Document.class, collection)).map(MongoProfileBindings::binding);
    }

    @Override
    public List<ProfileBinding> history(String agencyId) {
        Query query = Query.query(Criteria.where("agencyId").is(agencyId))
                .with(Sort.by(Sort.Direction.ASC, "effectiveFrom"));
        return mongo.find(query, Document.class, collection).stream().map(MongoProfileBindings::binding).toList();
    }

    /** The Kafka subscription that keeps this store as a replica of org-service's bindings. */
    public IntegrationEventSubscription subscription() {
        return IntegrationEventSubscription.builder("profile-binding-replica", Topics.ORG_EVENTS)
                .on(AgencyProfileBound.class, (bound, meta) -> record(new ProfileBinding(bound.agencyId(),
                        new ProfileRef(bound.profileId(), bound.profileVersion()), bound.effectiveFrom())))
                .build();
    }

    private static ProfileBinding binding(Document document) {
        return new ProfileBinding(document.getString("agencyId"),
                new ProfileRef(document.getString("profileId"), document.getInteger("profileVersion")),
                LocalDate.parse(document.getString("effectiveFrom")));
    }
}
