package id.sistemkerja.performance.integration;

import id.sistemkerja.contracts.Topics;
import id.sistemkerja.contracts.assignment.v1.AssignedEmployee;
import id.sistemkerja.contracts.assignment.v1.AssignmentEnded;
import id.sistemkerja.contracts.assignment.v1.AssignmentOrderIssued;
import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.performance.api.WorkRoleBasis;
import id.sistemkerja.platform.kafka.IntegrationEventSubscription;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.ProblemKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PERF-08 from assignment-service: every employee an issued order assigns gets a role in the results of the owning
 * unit, where the work is done, on the SKP of each year the assignment covers (role id = the assignment id); an
 * assignment that ends early (order revoked, team ended, TEAM-12) ends the role the day before. Assignments across
 * agencies are recorded by the employee's own agency through the API: the owning agency's system actor does not act
 * on another agency's SKP.
 */
@Configuration(proxyBeanMethods = false)
public class AssignmentWorkRolesSubscription {

    private static final Logger log = LoggerFactory.getLogger(AssignmentWorkRolesSubscription.class);

    @Bean
    public IntegrationEventSubscription performanceWorkRoles(WorkRoleIntake intake) {
        return IntegrationEventSubscription.builder("performance-work-roles", Topics.ASSIGNMENT_EVENTS)
                .on(AssignmentOrderIssued.class, (order, meta) -> {
                    String owningAgency = order.owningAgencyId() != null ? order.owningAgencyId() : order.agencyId();
                    WorkRoleBasis basis = order.form() == AssignmentForm.TEAM ? WorkRoleBasis.WORK_TEAM
                            : WorkRoleBasis.ASSIGNMENT_ORDER;
                    for (AssignedEmployee assignee : order.assignees()) {
                        if (!owningAgency.equals(assignee.agencyId())) {
                            continue;
                        }
                        intake.roleStarted(owningAgency, meta.correlationId(), assignee.assignmentId(),
                                assignee.nip(), order.owningUnitId(), order.purpose(), null, order.issuedBy(), basis,
                                order.number(), order.validFrom(), order.validUntil());
                    }
                })
                .on(AssignmentEnded.class, (ended, meta) -> {
                    if (ended.effectiveOn() == null) {
                        return;
                    }
                    try {
                        intake.roleEnded(ended.agencyId(), meta.correlationId(), ended.assignmentId(), ended.nip(),
                                ended.effectiveOn().minusDays(1));
                    } catch (ProblemException e) {
                        if (e.kind() == ProblemKind.FACT_NOT_YET_KNOWN) {
                            throw e; // the replica catches up: retried
                        }
                        // no such role here (an assignment across agencies, or one that ended before it began), or
                        // ended already: nothing to record
                        log.info("assignment {} ended on {}: no work role to end ({})", ended.assignmentId(),
                                ended.effectiveOn(), e.getMessage());
                    }
                })
                .build();
    }
}
