package id.sistemkerja.assignment.web;

import id.sistemkerja.assignment.query.Views;
import id.sistemkerja.assignment.query.Views.OrderView;
import id.sistemkerja.assignment.query.Views.AssignmentView;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.replica.EmployeeFacts;
import id.sistemkerja.regulation.replica.OrgDirectory;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.CallContext;
import id.sistemkerja.platform.web.Blocking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

@RestController
@Tag(name = "Assignments of an employee (penugasan pegawai)")
public class EmployeeAssignmentsController {

    private final OrgDirectory org;
    private final MongoTemplate mongo;
    private final Clock clock;

    public EmployeeAssignmentsController(OrgDirectory org, MongoTemplate mongo, Clock clock) {
        this.org = org;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The employee as assignment-service knows them (its replica of org facts) and their assignments on a date. */
    public record EmployeeAssignments(EmployeeFacts employee, LocalDate asOf, List<AssignmentView> assignments) {
    }

    @GetMapping("/api/v1/employees/{nip}/assignments")
    @Operation(summary = "An employee's assignments in force on a date (penugasan pegawai per tanggal)",
            description = "Assignments whose order was issued, whose period covers asOf (default today) and that had "
                    + "not ended by then (revocation, team end). The employee reads all of theirs; anyone else only "
                    + "those whose order they may read (M1).")
    public Mono<EmployeeAssignments> assignments(@PathVariable String nip,
                                                 @RequestParam(required = false) LocalDate asOf, CallContext context) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        return Blocking.mono(() -> org.employee(nip))
                .flatMap(found -> found.map(Mono::just).orElseGet(() -> Mono.error(
                        ProblemException.notYetKnown("Employee", nip))))
                .doOnNext(employee -> Access.requireAgency(context.actor(), employee.agencyId()))
                .flatMap(employee -> Blocking.mono(() -> mongo.find(Query.query(where("nip").is(nip)
                                .and("validFrom").lte(date).and("validUntil").gte(date).and("issuedOn").lte(date)
                                .orOperator(where("endedOn").is(null), where("endedOn").gt(date)))
                                .with(Sort.by("validFrom")), AssignmentView.class, Views.ASSIGNMENTS))
                        .map(list -> new EmployeeAssignments(employee, date, readable(context, nip, list))));
    }

    private List<AssignmentView> readable(CallContext context, String nip, List<AssignmentView> assignments) {
        if (context.actor().subject().equals(nip)) {
            return assignments;
        }
        return assignments.stream().filter(a -> {
            OrderView order = mongo.findById(a.orderId(), OrderView.class, Views.ORDERS);
            return order != null && ReadAccess.may(context.actor(), order.readers(), a.agencyId(),
                    order.owningUnit().agencyId());
        }).toList();
    }
}
