package id.sistemkerja.team.integration;

import id.sistemkerja.contracts.Topics;
import id.sistemkerja.contracts.assignment.v1.AssignedEmployee;
import id.sistemkerja.contracts.assignment.v1.AssignmentEnded;
import id.sistemkerja.contracts.assignment.v1.AssignmentOrderIssued;
import id.sistemkerja.contracts.assignment.v1.AssignmentOrderRevoked;
import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.kafka.IncomingEvent;
import id.sistemkerja.platform.kafka.IntegrationEventSubscription;
import id.sistemkerja.platform.security.Actor;
import id.sistemkerja.platform.security.CallContext;
import id.sistemkerja.team.api.TeamCommands.JoinTeamByOrderCommand;
import id.sistemkerja.team.api.TeamCommands.RemoveTeamMemberCommand;
import id.sistemkerja.team.query.TeamDocuments.MembershipDocument;
import id.sistemkerja.team.query.TeamQueries;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.function.Function;

/**
 * Members join a team through assignment orders (ASG-03 form TEAM): each assignee of an issued TEAM order for one of
 * our teams becomes a member from {@code validFrom}; an ended or revoked assignment takes them out again. An order
 * the team may not take (another unit's order, M4; an assignee outside the decree's scope, TEAM-07; dated before the
 * decree) adds nobody: the team records the refusal with its reason (visible in
 * {@code GET /api/v1/teams/{id}/refused-memberships}) and the record is processed, not dead-lettered. A fact the org
 * replica does not know yet fails the record, which the consumer retries (then dead-letters).
 */
@Configuration(proxyBeanMethods = false)
public class AssignmentOrdersSubscription {

    private static final Logger log = LoggerFactory.getLogger(AssignmentOrdersSubscription.class);

    @Bean
    public IntegrationEventSubscription teamAssignmentOrders(CommandDispatcher commands, TeamQueries queries) {
        return IntegrationEventSubscription.builder("team-assignment-orders", Topics.ASSIGNMENT_EVENTS)
                .on(AssignmentOrderIssued.class, (order, meta) -> joined(commands, order, meta))
                .on(AssignmentEnded.class, (ended, meta) -> {
                    if (ended.form() == AssignmentForm.TEAM && ended.teamId() != null) {
                        send(commands, ended.agencyId(), actor -> new RemoveTeamMemberCommand(ended.teamId(),
                                ended.nip(), ended.assignmentId(), ended.effectiveOn(), ended.cause(), actor), meta);
                    }
                })
                .on(AssignmentOrderRevoked.class, (revoked, meta) -> {
                    for (String assignmentId : revoked.assignmentIds()) {
                        for (MembershipDocument membership : queries.byAssignment(assignmentId)) {
                            send(commands, membership.agencyId(), actor -> new RemoveTeamMemberCommand(
                                    membership.teamId(), membership.nip(), assignmentId, revoked.effectiveOn(),
                                    "ORDER_REVOKED", actor), meta);
                        }
                    }
                })
                .build();
    }

    private static void joined(CommandDispatcher commands, AssignmentOrderIssued order, IncomingEvent meta) {
        if (order.form() != AssignmentForm.TEAM || order.teamId() == null) {
            return; // individual assignments are not team memberships
        }
        String agency = order.owningAgencyId() != null ? order.owningAgencyId() : order.agencyId();
        for (AssignedEmployee assignee : order.assignees()) {
            send(commands, agency, actor -> new JoinTeamByOrderCommand(order.teamId(), assignee.nip(),
                    order.validFrom(), assignee.assignmentId(), order.number(), order.owningUnitId(), order.issuedBy(),
                    actor), meta);
        }
    }

    /** Sends as the system acting for the team's agency; an order for a team we do not keep is not ours. */
    private static void send(CommandDispatcher commands, String agencyId, Function<Actor, Object> command,
                             IncomingEvent meta) {
        CallContext context = CallContext.system(agencyId, meta.correlationId());
        try {
            commands.sendAndWait(command.apply(context.actor()), context);
        } catch (AggregateNotFoundException e) {
            log.info("{} names team {} which team-service does not keep; skipped", meta.type(),
                    e.getAggregateIdentifier());
        }
    }
}
