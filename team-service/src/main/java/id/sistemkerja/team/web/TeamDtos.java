package id.sistemkerja.team.web;

import id.sistemkerja.contracts.team.v1.DecreeMember;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Request and response bodies of the team API. Validation of content happens in the aggregate (one place). */
public final class TeamDtos {

    private TeamDtos() {
    }

    @Schema(description = "Proposal of a work team (usulan pembentukan tim kerja) by the owning unit head")
    public record ProposeTeamRequest(
            @Schema(description = "Owning unit (unit organisasi pemilik kinerja)", example = "bdg-dinkes-yankes")
            String owningUnitId,
            @Schema(example = "Tim Percepatan Penurunan Stunting") String name,
            @Schema(description = "Purpose (tujuan pembentukan)") String purpose,
            @Schema(description = "Specific, measurable targets (target kinerja spesifik dan terukur)") List<String> targets,
            @Schema(description = "Competence fields the work needs (kompetensi), codes or names of the shared "
                    + "vocabulary (synonyms allowed); a lead is competent when they share one")
            List<String> competencies,
            @Schema(description = "First day of the period (jangka waktu)") LocalDate periodFrom,
            @Schema(description = "Last day of the period") LocalDate periodUntil,
            @Schema(description = "Planned scope (lingkup), optional: the decree's scope is derived from its members "
                    + "and is never narrower than this") AssignmentScope scope,
            @Schema(description = "Planned number of people, lead included") int plannedSize) {
    }

    @Schema(description = "Resubmission of a returned proposal (usulan perbaikan)")
    public record ResubmitRequest(String purpose, List<String> targets, String note) {
    }

    @Schema(description = "Recommendation of the verification board (rekomendasi Tim Verifikasi)")
    public record VerificationRequest(@Schema(description = "true recommends; false returns the proposal") boolean recommended,
                                      @Schema(description = "Why it is returned (mandatory when returned)") String reason) {
    }

    @Schema(description = "Establishing decree (SK pembentukan tim): tasks, targets and members with roles (TEAM-08)")
    public record DecreeRequest(@Schema(example = "800/12-Dinkes/2025") String decreeNumber, LocalDate decreeDate,
                                @Schema(description = "Tasks (tugas)") List<String> tasks,
                                @Schema(description = "Targets (target kinerja)") List<String> targets,
                                @Schema(description = "Members (anggota) with duties divided by competence")
                                List<DecreeMember> members) {
    }

    @Schema(description = "Appointment of the team lead (penunjukan ketua tim)")
    public record AppointLeadRequest(String nip, LocalDate effectiveFrom,
                                     @Schema(description = "The appointing official attests experience in the field "
                                             + "(pengalaman di bidangnya)") boolean experienceInField,
                                     @Schema(description = "Why a candidate against a preference is chosen (alasan, "
                                             + "TEAM-02/TEAM-03)") String justification) {
    }

    @Schema(description = "Appointment of the team coordinator (penunjukan koordinator tim kerja, TEAM-06)")
    public record AppointCoordinatorRequest(String nip, LocalDate effectiveFrom, boolean experienceInField,
                                            @Schema(description = "Structural position kind the work experience "
                                                    + "equals, e.g. PENGAWAS") PositionKind experienceEquivalentTo) {
    }

    @Schema(description = "A member joining (anggota tim bergabung), recorded by the owning unit head; the provenance "
            + "of a membership by order comes only from assignment-service (TEAM orders)")
    public record AddMemberRequest(String nip, String duty, LocalDate effectiveFrom) {
    }

    @Schema(description = "A member leaving (anggota tim keluar), recorded by the owning unit head")
    public record EndMemberRequest(LocalDate effectiveOn) {
    }

    @Schema(description = "Member proposed by the lead to the unit head (usulan anggota, TEAM-08)")
    public record ProposeMemberRequest(String nip, String duty) {
    }

    @Schema(description = "The unit head's decision on a member proposal")
    public record DecisionRequest(boolean accepted, String reason) {
    }

    @Schema(description = "Dissolution by a recorded act (pembubaran tim, TEAM-12)")
    public record DissolutionRequest(LocalDate effectiveOn, String reason, String decreeNumber) {
    }

    @Schema(description = "A report in the team chain (laporan, RPT-02), possibly answering a request (RPT-03)")
    public record ReportRequest(LocalDate periodFrom, LocalDate periodUntil, String summary, String answersRequestId) {
    }

    @Schema(description = "A request for a report (permintaan laporan, RPT-03)")
    public record ReportRequestRequest(String fromNip, String subject) {
    }

    @Schema(description = "The lead's report on a member's performance (laporan kinerja anggota, TEAM-10, PERF-05)")
    public record MemberPerformanceRequest(String memberNip, LocalDate periodFrom, LocalDate periodUntil,
                                           String assessment, List<String> achievedTargets) {
    }

    @Schema(description = "A problem with alternative recommendations (permasalahan dan alternatif rekomendasi, TEAM-11)")
    public record ProblemRequest(String description, List<String> alternatives) {
    }

    @Schema(description = "The owning unit head's decision on a problem (keputusan, TEAM-11)")
    public record ProblemDecisionRequest(@Schema(description = "0-based index of the chosen alternative, or null")
                                         Integer chosenAlternative, String decision) {
    }

    @Schema(description = "Government affairs of a department (urusan pemerintahan), e.g. PENANAMAN_MODAL (TEAM-06)")
    public record DepartmentAffairsRequest(List<String> affairs, String legalBasis) {
    }

    @Schema(description = "The record an act created or changed")
    public record Recorded(String teamId, String id) {
    }
}
