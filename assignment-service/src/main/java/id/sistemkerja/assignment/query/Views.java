package id.sistemkerja.assignment.query;

import id.sistemkerja.assignment.api.ActingOfficial;
import id.sistemkerja.assignment.api.AssignmentTerms;
import id.sistemkerja.assignment.api.Recipient;
import id.sistemkerja.assignment.api.UnitWorkPlanCommands.PlanItem;
import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentMode;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.regulation.profile.UnitLocation;
import org.springframework.data.annotation.Id;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Read documents of assignment-service (MongoDB), kept by {@link AssignmentProjection}; rebuildable by replay. */
public final class Views {

    public static final String ORDERS = "asg_orders";
    public static final String ASSIGNMENTS = "asg_assignments";
    public static final String REQUESTS = "asg_requests";
    public static final String REPORTS = "asg_reports";
    public static final String PLANS = "asg_work_plans";

    private Views() {
    }

    /** One act in the trail of a request, application or order: who, when, in which capacity, under which rule. */
    public record TrailEntry(String eventId, String act, Instant at, LocalDate date, String by, String capacity,
                             String basis, String state, String note, String profileId, Integer profileVersion,
                             List<String> ruleIds) {
    }

    /**
     * An involvement request or a voluntary application.
     *
     * @param kind       INVOLVEMENT_REQUEST or VOLUNTARY_APPLICATION
     * @param homeUnitId where the employees sit (target unit of an involvement request; the applicant's unit)
     * @param owningUnitId the unit that owns the target (requester; the unit applied to)
     * @param readers    NIPs who took part, are addressed or copied (they may read it)
     */
    public record RequestView(@Id String id, String kind, String agencyId, String targetAgencyId,
                              AssignmentScope scope, AssignmentForm form, String teamId, String owningUnitId,
                              String homeUnitId, String nip, List<String> employeeNips, AssignmentTerms terms,
                              String state, boolean pending, LocalDate submittedOn, Instant submittedAt,
                              Recipient addressedTo, List<Recipient> copies, Set<String> readers, String orderId,
                              String orderNumber, List<TrailEntry> trail) {
    }

    /** An assignment order (draft or issued) with its later acts. */
    public record OrderView(@Id String id, String number, Long sequence, String agencyId, String status,
                            String originKind, String originId, AssignmentMode mode, AssignmentScope scope,
                            AssignmentForm form, String teamId, UnitLocation owningUnit, List<String> assigneeNips,
                            List<String> assignmentIds, AssignmentTerms terms, ActingOfficial draftedBy,
                            ActingOfficial issuedBy, LocalDate issuedOn, List<Recipient> copies, Set<String> readers,
                            List<TrailEntry> trail) {
    }

    /** One employee's assignment (penugasan), in force from its order's issue to its last day or its end. */
    public record AssignmentView(@Id String id, String orderId, String number, String agencyId, String nip,
                                 UnitLocation home, UnitLocation owningUnit, AssignmentMode mode,
                                 AssignmentScope scope, AssignmentForm form, String teamId, String purpose,
                                 List<String> targets, String planItemId, LocalDate validFrom, LocalDate validUntil,
                                 LocalDate issuedOn, String issuedBy, LocalDate endedOn, String endCause,
                                 String endReason, int reports) {
    }

    /** An individual report on an assignment (RPT-01). */
    public record ReportView(@Id String id, String assignmentId, String orderId, String agencyId, String nip,
                             LocalDate submittedOn, LocalDate periodFrom, LocalDate periodUntil, String summary,
                             List<String> outputs, List<Recipient> recipients, boolean hierarchical,
                             String profileId, int profileVersion, List<String> ruleIds) {
    }

    /**
     * A unit's annual work plan (ASG-14) as in force now.
     *
     * @param late set after the deadline: recorded as late, and in force all the same
     */
    public record WorkPlanView(@Id String id, String agencyId, String unitId, int year, List<PlanItem> items,
                               LocalDate setOn, LocalDate deadline, String setBy, int amendments,
                               List<TrailEntry> trail, boolean late) {
    }
}
