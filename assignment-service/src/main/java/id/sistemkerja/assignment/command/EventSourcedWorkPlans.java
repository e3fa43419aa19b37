package id.sistemkerja.assignment.command;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** {@link WorkPlans} read from the {@link UnitWorkPlan} aggregates, in the issuing command's unit of work. */
@Component
public class EventSourcedWorkPlans implements WorkPlans {

    private final Repository<UnitWorkPlan> plans;
    private final EventStore events;

    public EventSourcedWorkPlans(Repository<UnitWorkPlan> unitWorkPlanRepository, EventStore events) {
        this.plans = unitWorkPlanRepository;
        this.events = events;
    }

    @Override
    public Optional<List<String>> itemIds(String planId) {
        if (events.lastSequenceNumberFor(planId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(plans.load(planId).invoke(UnitWorkPlan::itemIds));
    }
}
