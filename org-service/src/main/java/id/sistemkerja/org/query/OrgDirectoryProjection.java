package id.sistemkerja.org.query;

import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.platform.kafka.IncomingEvent;
import id.sistemkerja.platform.kafka.IntegrationEventMapper;
import id.sistemkerja.platform.kafka.OutgoingEvent;
import id.sistemkerja.regulation.replica.OrgReplica;
import id.sistemkerja.platform.security.MetadataKeys;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * org-service's own copy of the org directory: every domain event goes through the same public mapping other services
 * receive on Kafka ({@code contracts} org v1) into the same {@link OrgReplica} code they run, so "who was X's appraiser
 * on date D" has one answer everywhere. The replica's writes are idempotent upserts, so a replay rebuilds it.
 */
@Component
@ProcessingGroup("org-directory")
public class OrgDirectoryProjection {

    private final OrgReplica replica;
    private final IntegrationEventMapper mapper;

    public OrgDirectoryProjection(OrgReplica replica, List<IntegrationEventMapper> mappers) {
        this.replica = replica;
        this.mapper = IntegrationEventMapper.combine(mappers);
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event) {
        mapper.map(payload).ifPresent(outgoing -> replica.apply(outgoing.payload(), incoming(event, outgoing)));
    }

    private static IncomingEvent incoming(EventMessage<?> event, OutgoingEvent outgoing) {
        IntegrationEvent descriptor = outgoing.descriptor();
        boolean domain = event instanceof DomainEventMessage<?>;
        Object roles = event.getMetaData().get(MetadataKeys.ACTOR_ROLES);
        return new IncomingEvent(event.getIdentifier(), descriptor.type(), descriptor.version(), event.getTimestamp(),
                "org", outgoing.agencyId(),
                domain ? ((DomainEventMessage<?>) event).getAggregateIdentifier() : event.getIdentifier(),
                domain ? ((DomainEventMessage<?>) event).getSequenceNumber() : 0L,
                (String) event.getMetaData().get(MetadataKeys.CORRELATION_ID),
                (String) event.getMetaData().get(MetadataKeys.ACTOR),
                roles instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of());
    }
}
