package id.sistemkerja.assignment.web;

import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.replica.EmployeeFacts;
import id.sistemkerja.platform.replica.OrgDirectory;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.CallContext;
import id.sistemkerja.platform.web.Blocking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;

@RestController
@Tag(name = "Assignments of an employee (penugasan pegawai)")
public class EmployeeAssignmentsController {

    private final OrgDirectory org;

    public EmployeeAssignmentsController(OrgDirectory org) {
        this.org = org;
    }

    /** The employee as assignment-service knows them (its replica of org facts) and their assignments. */
    public record EmployeeAssignments(EmployeeFacts employee, List<Object> assignments) {
    }

    @GetMapping("/api/v1/employees/{nip}/assignments")
    @Operation(summary = "An employee's assignments (penugasan), with the employee facts this service decides on")
    public Mono<EmployeeAssignments> assignments(@PathVariable String nip, CallContext context) {
        return Blocking.mono(() -> org.employee(nip))
                .flatMap(found -> found.map(Mono::just).orElseGet(() -> Mono.error(
                        ProblemException.notYetKnown("Employee", nip))))
                .doOnNext(employee -> Access.requireAgency(context.actor(), employee.agencyId()))
                .map(employee -> new EmployeeAssignments(employee, List.of()));
    }
}
