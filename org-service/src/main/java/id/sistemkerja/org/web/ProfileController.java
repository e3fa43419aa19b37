package id.sistemkerja.org.web;

import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.org.web.ProfileDtos.CandidateRequest;
import id.sistemkerja.org.web.ProfileDtos.CoordinatorCheckRequest;
import id.sistemkerja.org.web.ProfileDtos.DecisionView;
import id.sistemkerja.org.web.ProfileDtos.ProfileDetail;
import id.sistemkerja.org.web.ProfileDtos.ProfileSummary;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.profile.Citation;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.regulation.profile.RegulationProfiles;
import id.sistemkerja.regulation.profile.UnitFacts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * The regulation profiles (profil regulasi) for people and other government systems: the rules with their citations,
 * and decision-support checks that record nothing.
 */
@RestController
@RequestMapping("/api/v1/profiles")
@Tag(name = "Regulation profiles (Profil regulasi)", description = "Each city's sistem kerja rules as versioned "
        + "data with citations, and side-effect-free checks against them")
public class ProfileController {

    private static final String VERSION_DOC = "Profile version; the latest when absent";

    private final RegulationProfiles profiles;

    public ProfileController(RegulationProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    @Operation(summary = "Every regulation profile version (profil regulasi)")
    public Mono<List<ProfileSummary>> list() {
        return Mono.fromSupplier(() -> profiles.all().stream().map(ProfileSummary::of).toList());
    }

    @GetMapping("/{profileId}")
    @Operation(summary = "A regulation profile (profil regulasi) with every rule and its citation (dasar hukum)")
    public Mono<ProfileDetail> get(@PathVariable String profileId,
                                   @Parameter(description = VERSION_DOC) @RequestParam(required = false) Integer version) {
        return Mono.fromSupplier(() -> ProfileDetail.of(profiles.get(profileId, version)));
    }

    @PostMapping("/{profileId}/checks/team-lead-eligibility")
    @Operation(summary = "Check a candidate as team lead (ketua tim), TEAM-05; records nothing",
            description = "Returns the verdict, rule ids, citations and each failed criterion with its article.")
    public Mono<DecisionView> teamLeadEligibility(@PathVariable String profileId,
                                                  @Parameter(description = VERSION_DOC)
                                                  @RequestParam(required = false) Integer version,
                                                  @Valid @RequestBody CandidateRequest candidate) {
        return Mono.fromSupplier(() -> DecisionView.of(profile(profileId, version)
                .teamLeadEligibility(candidate.facts())));
    }

    @PostMapping("/{profileId}/checks/coordinator-eligibility")
    @Operation(summary = "Check a candidate as team coordinator (koordinator tim kerja) in a unit, TEAM-06; records "
            + "nothing", description = "Whether the profile allows a coordinator in that unit at all, and whether the "
            + "candidate meets each criterion; the outcome names who appoints. Where the profile allows a coordinator "
            + "only if the unit head is also the candidate's appraiser (bandung-2023 v2), unit.headIsAppraiser is "
            + "required: 422 TEAM-06 naming the field when absent.")
    public Mono<DecisionView> coordinatorEligibility(@PathVariable String profileId,
                                                     @Parameter(description = VERSION_DOC)
                                                     @RequestParam(required = false) Integer version,
                                                     @Valid @RequestBody CoordinatorCheckRequest request) {
        return Mono.fromSupplier(() -> {
            RegulationProfile profile = profile(profileId, version);
            UnitFacts unit = request.unit().facts();
            if (unit.headIsAppraiser() == null && profile.coordinatorRequiresHeadAsAppraiser()) {
                // TEAM-06 (Bandung v2, BDG23 Pasal 11(2)): without this fact the check would refuse every candidate,
                // so the caller is asked for it rather than told the candidate is ineligible
                throw ProblemException.rule("TEAM-06", headIsAppraiserArticle(profile, unit), "unit.headIsAppraiser",
                        profile.regulation().shortName() + " allows a team coordinator only where the unit head is "
                                + "also the coordinator's appraiser (Pejabat Penilai Kinerja); state unit.headIsAppraiser "
                                + "(true or false) for this candidate");
            }
            return DecisionView.of(profile.coordinatorEligibility(request.candidate().facts(), unit));
        });
    }

    /** The article that makes the unit head's being the appraiser a condition (the profile's TEAM-06 place). */
    private static String headIsAppraiserArticle(RegulationProfile profile, UnitFacts unit) {
        return profile.coordinatorAllowed(unit).failures().stream()
                .filter(f -> "HEAD_IS_APPRAISER".equals(f.criterion()))
                .map(f -> f.citation().text()).findFirst()
                .orElseGet(() -> profile.citation("TEAM-06").map(Citation::text).orElse("TEAM-06"));
    }

    @GetMapping("/{profileId}/checks/order-issuer")
    @Operation(summary = "Who issues the assignment order (penerbit surat perintah tugas) for a scope and form, "
            + "ASG-05 / ASG-02")
    public Mono<DecisionView> orderIssuer(@PathVariable String profileId,
                                          @Parameter(description = VERSION_DOC)
                                          @RequestParam(required = false) Integer version,
                                          @Parameter(description = "Scope (lingkup penugasan)")
                                          @RequestParam AssignmentScope scope,
                                          @Parameter(description = "Individual or team (individu / tim kerja)")
                                          @RequestParam AssignmentForm form) {
        return Mono.fromSupplier(() -> DecisionView.of(profile(profileId, version).orderIssuer(scope, form)));
    }

    @GetMapping("/{profileId}/checks/voluntary-application-target")
    @Operation(summary = "Whether a voluntary application (pengajuan sukarela) may go to a unit at this scope, ASG-12")
    public Mono<DecisionView> voluntaryApplicationTarget(@PathVariable String profileId,
                                                         @Parameter(description = VERSION_DOC)
                                                         @RequestParam(required = false) Integer version,
                                                         @Parameter(description = "Scope from the employee's unit to "
                                                                 + "the target unit") @RequestParam AssignmentScope scope) {
        return Mono.fromSupplier(() -> DecisionView.of(profile(profileId, version).voluntaryApplicationTarget(scope)));
    }

    private RegulationProfile profile(String profileId, Integer version) {
        return profiles.get(profileId, version);
    }
}
