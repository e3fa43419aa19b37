package id.sistemkerja.platform.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * {@link ThingRenamedEvent} revision 1 → 2: the field {@code newName} became {@code name}, and {@code reason} was
 * added; a record of revision 1 carried no reason, so it reads as "not recorded" rather than as an invented one.
 * A Spring bean: Axon's Spring Boot configuration adds every {@code EventUpcaster} bean to the service's chain.
 */
@Component
public class ThingRenamedEvent1_to_2Upcaster extends SingleEventUpcaster {

    static final String NOT_RECORDED = "not recorded (revision 1)";
    private static final SimpleSerializedType FROM = new SimpleSerializedType(ThingRenamedEvent.class.getName(), "1");
    private static final SimpleSerializedType TO = new SimpleSerializedType(ThingRenamedEvent.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return FROM.getName().equals(representation.getType().getName())
                && FROM.getRevision().equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(TO, JsonNode.class, payload -> {
            ObjectNode event = (ObjectNode) payload;
            event.set("name", event.remove("newName"));
            event.put("reason", NOT_RECORDED);
            return event;
        });
    }
}
