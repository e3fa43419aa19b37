package id.sistemkerja.org.web;

import id.sistemkerja.org.api.ProfileBindingCommands;
import id.sistemkerja.org.api.ProfileBindingCommands.BindAgencyProfileCommand;
import id.sistemkerja.org.web.ProfileDtos.BindProfileRequest;
import id.sistemkerja.org.web.ProfileDtos.BindingView;
import id.sistemkerja.org.web.ProfileDtos.CandidateRequest;
import id.sistemkerja.org.web.ProfileDtos.DecisionView;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.CallContext;
import id.sistemkerja.platform.web.Blocking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Which regulation profile version an agency (instansi) runs under, from when; and checks under it. */
@RestController
@RequestMapping("/api/v1/agencies/{agencyId}")
@Tag(name = "Regulation profile bindings (Pengikatan profil regulasi)")
public class AgencyProfileBindingController {

    private final CommandDispatcher commands;
    private final AgencyProfiles agencyProfiles;
    private final Clock clock;

    public AgencyProfileBindingController(CommandDispatcher commands, AgencyProfiles agencyProfiles, Clock clock) {
        this.commands = commands;
        this.agencyProfiles = agencyProfiles;
        this.clock = clock;
    }

    @PostMapping("/profile-bindings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Bind or rebind an agency (instansi) to a regulation profile version (profil regulasi) from "
            + "a date", description = "REG-01: never before the regulation is in force (422 naming the closing "
            + "article, e.g. Perwal Bandung 6/2023 Pasal 23 for a Bandung binding before 2023-04-01). "
            + "The first binding may take effect on any later date; a rebinding takes effect after "
            + "the binding in force and never before today, so decisions already taken keep the version they were "
            + "taken under. Needs AGENCY_ADMIN or STAFFING_AUTHORITY of the agency.")
    public Mono<BindingView> bind(@PathVariable String agencyId, @Valid @RequestBody BindProfileRequest request,
                                  CallContext context) {
        BindAgencyProfileCommand command = new BindAgencyProfileCommand(ProfileBindingCommands.bindingId(agencyId),
                agencyId, request.profileId(), request.profileVersion(), request.effectiveFrom(),
                LocalDate.now(clock), request.legalBasis(), context.actor());
        return commands.send(command, context).thenReturn(new BindingView(agencyId, request.profileId(),
                request.profileVersion(), request.effectiveFrom()));
    }

    @GetMapping("/profile-bindings")
    @Operation(summary = "An agency's profile bindings (riwayat pengikatan profil regulasi), oldest first")
    public Mono<List<BindingView>> history(@PathVariable String agencyId, CallContext context) {
        Access.requireAgency(context.actor(), agencyId); // L4: an agency's bindings and legal basis are its own
        return Blocking.mono(() -> agencyProfiles.bindings().history(agencyId).stream().map(BindingView::of).toList());
    }

    @GetMapping("/profile-bindings/in-force")
    @Operation(summary = "The profile binding in force for an agency on a date (profil regulasi yang berlaku)")
    public Mono<BindingView> inForce(@PathVariable String agencyId,
                                     @Parameter(description = "Date (yyyy-mm-dd, Asia/Jakarta); today when absent")
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                     LocalDate on, CallContext context) {
        Access.requireAgency(context.actor(), agencyId);
        LocalDate date = on == null ? LocalDate.now(clock) : on;
        return Blocking.mono(() -> agencyProfiles.bindings().inForce(agencyId, date).map(BindingView::of)
                .orElseThrow(() -> ProblemException.notFound("Profile binding of agency", agencyId + " on " + date)));
    }

    @PostMapping("/profile-checks/team-lead-eligibility")
    @Operation(summary = "Check a candidate as team lead (ketua tim) under the profile in force for the agency on a "
            + "date, TEAM-05; records nothing")
    public Mono<DecisionView> teamLeadEligibility(@PathVariable String agencyId,
                                                  @Parameter(description = "Decision date; today when absent")
                                                  @RequestParam(required = false)
                                                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                                  @Valid @RequestBody CandidateRequest candidate,
                                                  CallContext context) {
        Access.requireAgency(context.actor(), agencyId);
        LocalDate date = on == null ? LocalDate.now(clock) : on;
        return Blocking.mono(() -> DecisionView.of(agencyProfiles.inForce(agencyId, date)
                .teamLeadEligibility(candidate.facts())));
    }
}
