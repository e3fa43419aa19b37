package id.sistemkerja.org.web;

import id.sistemkerja.contracts.vocabulary.Education;
import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.Predikat;
import id.sistemkerja.contracts.vocabulary.Rank;
import id.sistemkerja.regulation.profile.CandidateFacts;
import id.sistemkerja.regulation.profile.Citation;
import id.sistemkerja.regulation.profile.Decision;
import id.sistemkerja.regulation.profile.DecisionBasis;
import id.sistemkerja.regulation.profile.FailedCriterion;
import id.sistemkerja.regulation.profile.ProfileBinding;
import id.sistemkerja.regulation.profile.ProfileRef;
import id.sistemkerja.regulation.profile.RegulationInfo;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.regulation.profile.RuleEntry;
import id.sistemkerja.regulation.profile.UnitFacts;
import id.sistemkerja.regulation.profile.Verdict;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Request and response bodies of the regulation profile API. */
public final class ProfileDtos {

    private ProfileDtos() {
    }

    @Schema(description = "A regulation profile version (profil regulasi): a city's sistem kerja rules as data")
    public record ProfileSummary(
            @Schema(example = "bandung-2023") String id,
            @Schema(example = "1") int version,
            @Schema(example = "Sistem kerja Pemerintah Kota Bandung") String title,
            RegulationInfo regulation,
            @Schema(description = "Profile whose rules apply where this one sets none") ProfileRef extendsProfile,
            @Schema(description = "Parts whose rules this profile adopts") List<ProfileRef> includes) {

        static ProfileSummary of(RegulationProfile profile) {
            return new ProfileSummary(profile.id(), profile.version(), profile.title(), profile.regulation(),
                    profile.extendsProfile(), profile.includes());
        }
    }

    @Schema(description = "A regulation profile version with every profile-dependent rule and its citation")
    public record ProfileDetail(String id, int version, String title, RegulationInfo regulation,
                                ProfileRef extendsProfile, List<ProfileRef> includes, List<RuleView> rules) {

        static ProfileDetail of(RegulationProfile profile) {
            return new ProfileDetail(profile.id(), profile.version(), profile.title(), profile.regulation(),
                    profile.extendsProfile(), profile.includes(), profile.rules().stream().map(RuleView::of).toList());
        }
    }

    @Schema(description = "One rule as the profile sets it")
    public record RuleView(
            @Schema(example = "TEAM-05") String ruleId,
            @Schema(description = "Version of this rule entry") int version,
            @Schema(description = "The rule in words") String summary,
            CitationView citation,
            @Schema(description = "Profile (or included part) version whose file sets the entry") ProfileRef definedIn,
            @Schema(description = "The entry's settings as the profile file writes them") Map<String, Object> data) {

        static RuleView of(RuleEntry entry) {
            return new RuleView(entry.ruleId(), entry.version(), entry.summary(), CitationView.of(entry.citation()),
                    entry.definedIn(), entry.data());
        }
    }

    @Schema(description = "Where a rule comes from (dasar hukum)")
    public record CitationView(
            @Schema(example = "TEAM-05") String ruleId,
            @Schema(example = "Perwal Bandung 6/2023") String regulation,
            @Schema(example = "Pasal 11") String article,
            @Schema(example = "(6) huruf a") String paragraph,
            @Schema(description = "How the data reads the text, where it needs interpretation") String note,
            @Schema(example = "Perwal Bandung 6/2023 Pasal 11(6) huruf a") String text) {

        static CitationView of(Citation citation) {
            return new CitationView(citation.ruleId(), citation.regulation(), citation.article(), citation.paragraph(),
                    citation.note(), citation.text());
        }
    }

    @Schema(description = "A criterion the facts did not meet")
    public record FailedCriterionView(
            @Schema(example = "MIN_EDUCATION") String criterion,
            @Schema(example = "TEAM-05") String ruleId,
            @Schema(example = "Perwal Serang 23/2023 Pasal 8(4) huruf a angka 1") String article,
            @Schema(example = "S1") String required,
            @Schema(example = "D3") String actual,
            @Schema(example = "education (pendidikan) D3 is below the required S1") String message) {

        static FailedCriterionView of(FailedCriterion failure) {
            return new FailedCriterionView(failure.criterion(), failure.ruleId(), failure.citation().text(),
                    failure.required(), failure.actual(), failure.message());
        }
    }

    @Schema(description = "The answer of a regulation profile: verdict, rule ids, citations and, for a refusal, each "
            + "failed criterion with its article. Side-effect free: nothing is recorded.")
    public record DecisionView(
            @Schema(description = "ALLOWED, REFUSED or NOT_APPLICABLE") Verdict verdict,
            @Schema(description = "Details of an allowed decision (e.g. who issues, who appoints); absent otherwise")
            Object outcome,
            @Schema(description = "Profile version and rule ids; a decision event stores exactly this") DecisionBasis basis,
            List<CitationView> citations,
            List<FailedCriterionView> failures) {

        static DecisionView of(Decision<?> decision) {
            return new DecisionView(decision.verdict(), decision.outcome(), decision.basis(),
                    decision.citations().stream().map(CitationView::of).toList(),
                    decision.failures().stream().map(FailedCriterionView::of).toList());
        }
    }

    @Schema(description = "A candidate's facts for team lead (ketua tim) or coordinator (koordinator tim kerja)")
    public record CandidateRequest(
            @Schema(description = "Kind of position (jenis jabatan)", example = "PELAKSANA") @NotNull
            PositionKind positionKind,
            @Schema(description = "Kelas jabatan (Pelaksana)", example = "7") @Min(1) Integer jobClass,
            @Schema(description = "Jenjang jabatan fungsional (JF)", example = "AHLI_MUDA") FunctionalLevel functionalLevel,
            @Schema(description = "Highest education (pendidikan terakhir)", example = "D3") Education education,
            @Schema(description = "Golongan ruang; absent for PPPK", example = "III_A") Rank rank,
            @Schema(description = "Competence in the field of the work (kompetensi sesuai bidang)")
            boolean competentInField,
            @Schema(description = "Predikat kinerja of the last year", example = "BAIK") Predikat lastYearPredikat,
            @Schema(description = "Experience in positions of the field (pengalaman jabatan di bidang terkait)")
            boolean experienceInField,
            @Schema(description = "Structural position kind the work experience is equivalent to (pengalaman setara)",
                    example = "PENGAWAS") PositionKind experienceEquivalentTo,
            @Schema(description = "JF hasil penyetaraan (converted from an administrative post)")
            boolean convertedFromAdministrative) {

        CandidateFacts facts() {
            return new CandidateFacts(positionKind, jobClass, functionalLevel, education, rank, competentInField,
                    lastYearPredikat, experienceInField, experienceEquivalentTo, convertedFromAdministrative);
        }
    }

    @Schema(description = "Facts about the unit (unit organisasi) and its department (perangkat daerah)")
    public record UnitRequest(
            @Schema(description = "Position kind of the unit head", example = "JPT_PRATAMA") @NotNull
            PositionKind headKind,
            @Schema(description = "Structural position kinds filled in the unit") Set<PositionKind> structuralKinds,
            @Schema(description = "The unit has a job map (peta jabatan)", defaultValue = "true") Boolean hasJobMap,
            @Schema(description = "Kind of department", example = "DINAS") String departmentKind,
            @Schema(description = "Government affairs (urusan pemerintahan) of the department",
                    example = "[\"PENANAMAN_MODAL\"]") Set<String> departmentAffairs,
            @Schema(description = "The department has a UPTD") boolean departmentHasUptd,
            @Schema(description = "The unit head is also the candidate's appraiser (Pejabat Penilai Kinerja): the "
                    + "one-level structure. Required where the profile allows a coordinator only there (TEAM-06, "
                    + "bandung-2023 v2: Perwal Bandung 6/2023 Pasal 11(2), lampiran B.2 huruf b); ignored elsewhere",
                    example = "true") Boolean headIsAppraiser) {

        UnitFacts facts() {
            return new UnitFacts(headKind, structuralKinds, hasJobMap == null || hasJobMap, departmentKind,
                    departmentAffairs, departmentHasUptd, headIsAppraiser);
        }
    }

    @Schema(description = "A coordinator candidate and the unit where they would coordinate")
    public record CoordinatorCheckRequest(@NotNull @Valid CandidateRequest candidate, @NotNull @Valid UnitRequest unit) {
    }

    @Schema(description = "Binding of an agency to a regulation profile version (pengikatan profil regulasi)")
    public record BindProfileRequest(
            @Schema(example = "bandung-2023") @NotBlank String profileId,
            @Schema(example = "2") @Min(1) int profileVersion,
            @Schema(description = "First day the binding applies (Asia/Jakarta); not before the regulation is in "
                    + "force (REG-01, e.g. Perwal Bandung 6/2023 Pasal 23: 2023-04-01)", example = "2023-04-01")
            @NotNull LocalDate effectiveFrom,
            @Schema(description = "Legal basis of the binding", example = "Perwal Bandung 6/2023, berlaku 1 April 2023")
            String legalBasis) {
    }

    @Schema(description = "An agency's binding to a profile version from a date on")
    public record BindingView(
            @Schema(example = "kota-bandung") String agencyId,
            @Schema(example = "bandung-2023") String profileId,
            @Schema(example = "2") int profileVersion,
            @Schema(example = "2023-04-01") LocalDate effectiveFrom) {

        static BindingView of(ProfileBinding binding) {
            return new BindingView(binding.agencyId(), binding.profile().id(), binding.profile().version(),
                    binding.effectiveFrom());
        }
    }
}
