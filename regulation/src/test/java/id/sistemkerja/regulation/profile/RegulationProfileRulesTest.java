package id.sistemkerja.regulation.profile;

import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.contracts.vocabulary.Education;
import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.Predikat;
import id.sistemkerja.contracts.vocabulary.Rank;
import id.sistemkerja.platform.error.ProblemException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static id.sistemkerja.contracts.vocabulary.PositionKind.ADMINISTRATOR;
import static id.sistemkerja.contracts.vocabulary.PositionKind.FUNGSIONAL;
import static id.sistemkerja.contracts.vocabulary.PositionKind.JPT_PRATAMA;
import static id.sistemkerja.contracts.vocabulary.PositionKind.PELAKSANA;
import static id.sistemkerja.contracts.vocabulary.PositionKind.PENGAWAS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each profile-dependent rule of RULES.md, read from the profile data of <b>version 1</b> of every profile (kept for the
 * decisions recorded under it): verdict, outcome and citation. The December 2026 corrections (version 2) are proven by
 * ProfileCorrectionsTest, AssignmentProfileCorrectionsTest and the services' API tests.
 */
@DisplayName("Profiles version 1 (the readings before the December 2026 corrections, kept for decisions recorded "
        + "under them)")
class RegulationProfileRulesTest {

    private static final RegulationProfiles PROFILES = ProfileLoader.load(List.of(ProfileLoader.DEFAULT_LOCATION));
    private static final RegulationProfile NATIONAL = PROFILES.get(new ProfileRef("national-7-2022", 1));
    private static final RegulationProfile BANDUNG = PROFILES.get(new ProfileRef("bandung-2023", 1));
    private static final RegulationProfile BEKASI = PROFILES.get(new ProfileRef("bekasi-2023", 1));
    private static final RegulationProfile SERANG = PROFILES.get(new ProfileRef("serang-2023", 1));
    private static final RegulationProfile CILEGON = PROFILES.get(new ProfileRef("cilegon-2023", 1));

    /** Pelaksana, D3, kelas jabatan 7, III/a, competent, Baik last year, experienced (the example). */
    private static final CandidateFacts PELAKSANA_D3_KJ7_IIIA = CandidateFacts.builder(PELAKSANA)
            .jobClass(7).education(Education.D3).rank(Rank.III_A).competentInField(true)
            .lastYearPredikat(Predikat.BAIK).experienceInField(true).build();

    private static List<String> citations(Decision<?> decision) {
        return decision.citations().stream().map(Citation::text).toList();
    }

    @Nested
    @DisplayName("same facts, different verdicts under different profiles")
    class DifferentProfiles {

        @Test
        @DisplayName("TEAM-05 a Pelaksana with D3, kelas jabatan 7, III/a may lead in Bandung, not in Serang (needs S1 and III/b)")
        void pelaksanaLead() {
            Decision<Void> bandung = BANDUNG.teamLeadEligibility(PELAKSANA_D3_KJ7_IIIA);
            assertThat(bandung.verdict()).isEqualTo(Verdict.ALLOWED);
            assertThat(bandung.basis()).isEqualTo(new DecisionBasis("bandung-2023", 1, List.of("TEAM-05")));
            assertThat(citations(bandung)).contains("Perwal Bandung 6/2023 Pasal 11(6)",
                    "Perwal Bandung 6/2023 Pasal 11(6) huruf a", "Perwal Bandung 6/2023 Pasal 11(6) huruf d");

            Decision<Void> serang = SERANG.teamLeadEligibility(PELAKSANA_D3_KJ7_IIIA);
            assertThat(serang.verdict()).isEqualTo(Verdict.REFUSED);
            assertThat(serang.basis()).isEqualTo(new DecisionBasis("serang-2023", 1, List.of("TEAM-05")));
            assertThat(serang.failures()).extracting(FailedCriterion::criterion, f -> f.citation().text(),
                            FailedCriterion::required, FailedCriterion::actual)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("MIN_EDUCATION",
                                    "Perwal Serang 23/2023 Pasal 8(4) huruf a angka 1", "S1", "D3"),
                            org.assertj.core.groups.Tuple.tuple("MIN_RANK",
                                    "Perwal Serang 23/2023 Pasal 8(4) huruf a angka 2", "III/b", "III/a"));
            assertThat(serang.failures()).extracting(FailedCriterion::message).containsExactly(
                    "education (pendidikan) D3 is below the required S1",
                    "rank (golongan ruang) III/a is below the required III/b");
        }

        @Test
        @DisplayName("ASG-12 a voluntary application to a unit of another department: Bekasi allows it within the agency, Bandung refuses (same department only)")
        void voluntaryApplicationAcrossDepartments() {
            UnitLocation home = new UnitLocation("kota", "dinas-kesehatan", "bidang-p2p");
            UnitLocation target = new UnitLocation("kota", "dinas-kominfo", "bidang-aptika");

            Decision<AssignmentScope> bekasi = BEKASI.voluntaryApplicationTarget(home, target);
            assertThat(bekasi.verdict()).isEqualTo(Verdict.ALLOWED);
            assertThat(bekasi.outcome()).isEqualTo(AssignmentScope.CROSS_DEPARTMENT);
            assertThat(citations(bekasi)).containsExactly("Perwal Bekasi 37/2023 lampiran B.2 angka 2");

            Decision<AssignmentScope> bandung = BANDUNG.voluntaryApplicationTarget(home, target);
            assertThat(bandung.verdict()).isEqualTo(Verdict.REFUSED);
            assertThat(bandung.failures()).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("ASG-12");
                assertThat(f.citation().text()).isEqualTo("Perwal Bandung 6/2023 lampiran B.2 huruf b");
                assertThat(f.message()).isEqualTo("a voluntary application (pengajuan sukarela) may not go "
                        + "CROSS_DEPARTMENT under Perwal Bandung 6/2023; it may go only WITHIN_UNIT, CROSS_UNIT");
            });
            assertThat(BANDUNG.voluntaryApplicationTarget(home, new UnitLocation("kota", "dinas-kesehatan",
                    "bidang-yankes")).verdict()).isEqualTo(Verdict.ALLOWED);
        }

        @Test
        @DisplayName("ASG-05 the issuer of a cross-department individual order in Bandung is the Sekretaris Daerah")
        void crossDepartmentIssuerInBandung() {
            Decision<OrderIssuer> bandung = BANDUNG.orderIssuer(AssignmentScope.CROSS_DEPARTMENT,
                    AssignmentForm.INDIVIDUAL);
            assertThat(bandung.verdict()).isEqualTo(Verdict.ALLOWED);
            assertThat(bandung.outcome().anyOf()).containsExactly(Official.REGIONAL_SECRETARY);
            assertThat(bandung.basis().ruleIds()).containsExactly("ASG-05", "ASG-02");
            assertThat(citations(bandung)).containsExactly("Perwal Bandung 6/2023 Pasal 8(4) huruf b",
                    "Perwal Bandung 6/2023 Pasal 7(2)");

            assertThat(BEKASI.orderIssuer(AssignmentScope.CROSS_DEPARTMENT, AssignmentForm.INDIVIDUAL).outcome()
                    .anyOf()).containsExactly(Official.OWNING_LEVEL_ONE);
            Decision<OrderIssuer> serang = SERANG.orderIssuer(AssignmentScope.CROSS_DEPARTMENT,
                    AssignmentForm.INDIVIDUAL);
            assertThat(serang.verdict()).isEqualTo(Verdict.REFUSED);
            assertThat(serang.failures()).singleElement().extracting(FailedCriterion::ruleId).isEqualTo("ASG-02");
        }
    }

    @Nested
    @DisplayName("ORG: placement")
    class Placement {

        @Test
        @DisplayName("ORG-07 without a job map Serang places under the structural official in charge; Bandung refuses")
        void org07() {
            UnitFacts noJobMap = UnitFacts.of(ADMINISTRATOR, Set.of(ADMINISTRATOR, PENGAWAS)).withJobMap(false);

            Decision<PlacementAppraiserRule> serang = SERANG.placementAppraiser(FUNGSIONAL, FunctionalLevel.AHLI_MUDA,
                    noJobMap);
            assertThat(serang.verdict()).isEqualTo(Verdict.ALLOWED);
            assertThat(serang.outcome().underStructuralOfficialInCharge()).isTrue();
            assertThat(serang.outcome().placementDecidedBy()).isEqualTo(Official.STAFFING_AUTHORITY);
            assertThat(citations(serang)).containsExactly("Perwal Serang 23/2023 Pasal 5(1)-(2)");

            Decision<PlacementAppraiserRule> bandung = BANDUNG.placementAppraiser(FUNGSIONAL,
                    FunctionalLevel.AHLI_MUDA, noJobMap);
            assertThat(bandung.verdict()).isEqualTo(Verdict.REFUSED);
            assertThat(bandung.failures()).singleElement().satisfies(f -> {
                assertThat(f.criterion()).isEqualTo("JOB_MAP");
                assertThat(f.citation().text()).isEqualTo("Perwal Bandung 6/2023 lampiran B.1 huruf d");
            });
            assertThat(SERANG.placementAppraiser(FUNGSIONAL, FunctionalLevel.AHLI_MUDA, noJobMap.withJobMap(true))
                    .outcome().underStructuralOfficialInCharge()).isFalse();
        }

        @Test
        @DisplayName("ORG-08 in Bandung a Pelaksana's appraiser is a Pengawas; the Administrator only where the unit has no Pengawas")
        void org08() {
            Decision<PlacementAppraiserRule> withPengawas = BANDUNG.placementAppraiser(PELAKSANA, null,
                    UnitFacts.of(ADMINISTRATOR, Set.of(ADMINISTRATOR, PENGAWAS)));
            assertThat(withPengawas.outcome().appraiserKinds()).containsExactly(PENGAWAS);
            assertThat(withPengawas.basis().ruleIds()).containsExactly("ORG-07", "ORG-08");
            assertThat(citations(withPengawas)).contains("Perwal Bandung 6/2023 Pasal 6(4)");

            assertThat(BANDUNG.placementAppraiser(PELAKSANA, null, UnitFacts.of(ADMINISTRATOR, Set.of(ADMINISTRATOR)))
                    .outcome().appraiserKinds()).containsExactly(ADMINISTRATOR);
            Decision<PlacementAppraiserRule> jptOnly = BANDUNG.placementAppraiser(PELAKSANA, null,
                    UnitFacts.of(JPT_PRATAMA, Set.of(JPT_PRATAMA)));
            assertThat(jptOnly.verdict()).isEqualTo(Verdict.REFUSED);
            assertThat(jptOnly.failures()).singleElement().extracting(FailedCriterion::criterion)
                    .isEqualTo("APPRAISER_KIND");
            // the common core lets any structural official appraise a Pelaksana (ORG-04)
            assertThat(CILEGON.placementAppraiser(PELAKSANA, null, UnitFacts.of(JPT_PRATAMA, Set.of(JPT_PRATAMA)))
                    .outcome().appraiserKinds()).containsExactly(JPT_PRATAMA);
        }

        @Test
        @DisplayName("ORG-11 Bekasi coordinates JF by level (madya/utama JPT, muda Administrator, pertama and keterampilan Pengawas), Administrator in the Inspektorat; none elsewhere")
        void org11() {
            Decision<PositionKind> madya = BEKASI.technicalCoordinator(FunctionalLevel.AHLI_MADYA, "DINAS");
            assertThat(madya.outcome()).isEqualTo(JPT_PRATAMA);
            assertThat(citations(madya)).containsExactly("Perwal Bekasi 31/2021 Pasal 6(6)");
            assertThat(BEKASI.technicalCoordinator(FunctionalLevel.AHLI_MUDA, "DINAS").outcome())
                    .isEqualTo(ADMINISTRATOR);
            assertThat(BEKASI.technicalCoordinator(FunctionalLevel.TERAMPIL, "DINAS").outcome()).isEqualTo(PENGAWAS);
            Decision<PositionKind> inspektorat = BEKASI.technicalCoordinator(FunctionalLevel.AHLI_UTAMA,
                    "INSPEKTORAT");
            assertThat(inspektorat.outcome()).isEqualTo(ADMINISTRATOR);
            assertThat(citations(inspektorat)).containsExactly("Perwal Bekasi 31/2021 Pasal 6(9)");

            // coordination is not placement (RULES.md ORG-11): the placement rule does not apply ORG-11
            Decision<PlacementAppraiserRule> placement = BEKASI.placementAppraiser(FUNGSIONAL,
                    FunctionalLevel.AHLI_MUDA, UnitFacts.of(ADMINISTRATOR, Set.of(ADMINISTRATOR, PENGAWAS)));
            assertThat(placement.outcome().appraiserKinds()).containsExactly(PENGAWAS, ADMINISTRATOR);
            assertThat(placement.basis().ruleIds()).containsExactly("ORG-07");

            Decision<PositionKind> delegation = BEKASI.activityValidationDelegate(
                    UnitFacts.of(JPT_PRATAMA, Set.of(JPT_PRATAMA)).inDepartment("DINAS", Set.of(), true));
            assertThat(delegation.outcome()).isEqualTo(ADMINISTRATOR);
            assertThat(citations(delegation)).containsExactly("Perwal Bekasi 31/2021 Pasal 5(5)");
            assertThat(BEKASI.activityValidationDelegate(UnitFacts.of(JPT_PRATAMA, Set.of(JPT_PRATAMA))).verdict())
                    .isEqualTo(Verdict.REFUSED);

            assertThat(BANDUNG.technicalCoordinator(FunctionalLevel.AHLI_MADYA, "DINAS").verdict())
                    .isEqualTo(Verdict.NOT_APPLICABLE);
        }
    }

    @Nested
    @DisplayName("ASG: assignment")
    class Assignment {

        @Test
        @DisplayName("ASG-02 Serang and Cilegon have no cross-department scope; Bandung and Bekasi have all four")
        void asg02() {
            Decision<AssignmentScope> serang = SERANG.assignmentScope(AssignmentScope.CROSS_DEPARTMENT);
            assertThat(serang.verdict()).isEqualTo(Verdict.REFUSED);
            assertThat(serang.failures()).singleElement().satisfies(f -> {
                assertThat(f.citation().text()).isEqualTo("Perwal Serang 23/2023 Pasal 11(2)");
                assertThat(f.message()).isEqualTo("assignment scope CROSS_DEPARTMENT is not provided for by Perwal "
                        + "Serang 23/2023, which knows WITHIN_UNIT, CROSS_UNIT, CROSS_AGENCY");
            });
            assertThat(CILEGON.assignmentScope(AssignmentScope.CROSS_DEPARTMENT).verdict())
                    .isEqualTo(Verdict.REFUSED);
            assertThat(SERANG.assignmentScope(AssignmentScope.CROSS_AGENCY).verdict()).isEqualTo(Verdict.ALLOWED);
            assertThat(BANDUNG.assignmentScope(AssignmentScope.CROSS_DEPARTMENT).verdict())
                    .isEqualTo(Verdict.ALLOWED);
        }

        @Test
        @DisplayName("ASG-05 who issues the order differs by scope and form in Bandung, is the unit head in Serang, the owning Level I across units in Bekasi, the appraiser on recommendation in Cilegon")
        void asg05() {
            assertThat(BANDUNG.orderIssuer(AssignmentScope.WITHIN_UNIT, AssignmentForm.INDIVIDUAL).outcome().anyOf())
                    .containsExactly(Official.APPRAISER);
            assertThat(BANDUNG.orderIssuer(AssignmentScope.CROSS_UNIT, AssignmentForm.INDIVIDUAL).outcome().anyOf())
                    .containsExactly(Official.HEAD_OF_DEPARTMENT);
            Decision<OrderIssuer> teamWithinUnit = BANDUNG.orderIssuer(AssignmentScope.WITHIN_UNIT,
                    AssignmentForm.TEAM);
            assertThat(teamWithinUnit.outcome().anyOf()).containsExactly(Official.HEAD_OF_DEPARTMENT);
            assertThat(citations(teamWithinUnit)).startsWith("Perwal Bandung 6/2023 Pasal 9(1)");
            assertThat(BANDUNG.orderIssuer(AssignmentScope.CROSS_DEPARTMENT, AssignmentForm.TEAM).outcome().anyOf())
                    .containsExactly(Official.REGIONAL_SECRETARY);

            Decision<OrderIssuer> serang = SERANG.orderIssuer(AssignmentScope.WITHIN_UNIT, AssignmentForm.INDIVIDUAL);
            assertThat(serang.outcome().anyOf()).containsExactly(Official.UNIT_HEAD);
            assertThat(citations(serang)).startsWith("Perwal Serang 23/2023 Pasal 8(2) huruf a");

            assertThat(BEKASI.orderIssuer(AssignmentScope.WITHIN_UNIT, AssignmentForm.INDIVIDUAL).outcome().anyOf())
                    .containsExactly(Official.APPRAISER, Official.UNIT_HEAD);
            Decision<OrderIssuer> bekasiCrossUnit = BEKASI.orderIssuer(AssignmentScope.CROSS_UNIT,
                    AssignmentForm.INDIVIDUAL);
            assertThat(bekasiCrossUnit.outcome().anyOf()).containsExactly(Official.OWNING_LEVEL_ONE);
            assertThat(citations(bekasiCrossUnit)).startsWith("Perwal Bekasi 37/2023 lampiran B.2 angka 1 huruf b) "
                    + "angka 4)");

            OrderIssuer cilegon = CILEGON.orderIssuer(AssignmentScope.CROSS_UNIT, AssignmentForm.INDIVIDUAL).outcome();
            assertThat(cilegon.anyOf()).containsExactly(Official.APPRAISER);
            assertThat(cilegon.recommendationBy()).isEqualTo(Official.UNIT_HEAD);
        }

        @Test
        @DisplayName("ASG-08 Bekasi runs cross-unit requests Level I to Level I with a recommendation; elsewhere the appraiser drafts the order")
        void asg08() {
            Decision<CrossUnitAppointmentFlow> bekasi = BEKASI.crossUnitAppointmentFlow();
            assertThat(bekasi.outcome()).isEqualTo(new CrossUnitAppointmentFlow(Official.OWNING_LEVEL_ONE,
                    Official.LEVEL_ONE, null, ApprovalResult.RECOMMENDATION, Official.OWNING_LEVEL_ONE, true));
            assertThat(citations(bekasi)).containsExactly("Perwal Bekasi 37/2023 lampiran B.2 angka 1 huruf b)");

            Decision<CrossUnitAppointmentFlow> bandung = BANDUNG.crossUnitAppointmentFlow();
            assertThat(bandung.outcome()).isEqualTo(new CrossUnitAppointmentFlow(Official.OWNING_UNIT_HEAD,
                    Official.APPRAISER, Official.UNIT_HEAD, ApprovalResult.ASSIGNMENT_ORDER_DRAFT, Official.APPRAISER,
                    true));
            assertThat(citations(bandung)).containsExactly("Perwal Bandung 6/2023 lampiran B.2.a angka 2) huruf a)-e)");
        }

        @Test
        @DisplayName("ASG-11 the order after a voluntary cross-unit application is drafted by the own appraiser in Bandung and Cilegon, by the target Level I in Bekasi")
        void asg11() {
            assertThat(BANDUNG.voluntaryCrossUnitFlow().outcome().orderDraftedBy()).isEqualTo(Official.APPRAISER);
            assertThat(CILEGON.voluntaryCrossUnitFlow().outcome().orderDraftedBy()).isEqualTo(Official.APPRAISER);
            Decision<VoluntaryCrossUnitFlow> bekasi = BEKASI.voluntaryCrossUnitFlow();
            assertThat(bekasi.outcome().orderDraftedBy()).isEqualTo(Official.OWNING_LEVEL_ONE);
            assertThat(bekasi.outcome().applicationTo()).isEqualTo(Official.OWNING_LEVEL_ONE);
            assertThat(citations(bekasi)).containsExactly("Perwal Bekasi 37/2023 lampiran B.2 angka 2 huruf b)");
            assertThat(citations(CILEGON.voluntaryCrossUnitFlow())).containsExactly("Perwal Cilegon 17/2023 "
                    + "lampiran B.2 huruf b");
        }

        @Test
        @DisplayName("ASG-12 a voluntary application never crosses agencies, and in Bandung never departments")
        void asg12() {
            Decision<AssignmentScope> crossAgency = BEKASI.voluntaryApplicationTarget(AssignmentScope.CROSS_AGENCY);
            assertThat(crossAgency.verdict()).isEqualTo(Verdict.REFUSED);
            assertThat(crossAgency.failures()).singleElement().extracting(f -> f.citation().text())
                    .isEqualTo("Perwal Bekasi 37/2023 lampiran B.2 angka 2");
            assertThat(BANDUNG.voluntaryApplicationTarget(AssignmentScope.CROSS_UNIT).verdict())
                    .isEqualTo(Verdict.ALLOWED);
            ProblemException problem = org.assertj.core.api.Assertions.catchThrowableOfType(
                    () -> BANDUNG.voluntaryApplicationTarget(AssignmentScope.CROSS_DEPARTMENT).orElseThrow("targetUnitId"),
                    ProblemException.class);
            assertThat(problem.kind()).isEqualTo(id.sistemkerja.platform.error.ProblemKind.RULE_VIOLATION);
            assertThat(problem.violations()).singleElement().satisfies(v -> {
                assertThat(v.ruleId()).isEqualTo("ASG-12");
                assertThat(v.article()).isEqualTo("Perwal Bandung 6/2023 lampiran B.2 huruf b");
                assertThat(v.field()).isEqualTo("targetUnitId");
            });
        }

        @Test
        @DisplayName("ASG-14 Serang requires the unit work plan by 31 December of the year before; others do not")
        void asg14() {
            Decision<UnitWorkPlanRequirement> serang = SERANG.unitWorkPlan();
            assertThat(serang.outcome().required()).isTrue();
            assertThat(serang.outcome().deadlineFor(2025)).isEqualTo(LocalDate.of(2024, 12, 31));
            assertThat(serang.outcome().assignmentsReferToPlanItem()).isTrue();
            assertThat(serang.outcome().performancePlansReferToPlanItem()).isTrue();
            assertThat(serang.outcome().changeRequiresAmendment()).isTrue();
            assertThat(serang.outcome().setBy()).isEqualTo(Official.UNIT_HEAD);
            assertThat(citations(serang)).containsExactly("Perwal Serang 23/2023 Pasal 7(1),(3)");
            assertThat(BANDUNG.unitWorkPlan().outcome().required()).isFalse();
            assertThat(BANDUNG.unitWorkPlan().outcome().deadlineFor(2025)).isNull();
        }
    }

    @Nested
    @DisplayName("TEAM: work teams")
    class Teams {

        private final CandidateFacts convertedJf = CandidateFacts.builder(FUNGSIONAL)
                .functionalLevel(FunctionalLevel.AHLI_PERTAMA).convertedFromAdministrative(true).build();
        private final CandidateFacts otherJf = CandidateFacts.builder(FUNGSIONAL)
                .functionalLevel(FunctionalLevel.AHLI_MUDA).build();

        @Test
        @DisplayName("TEAM-03 in Bekasi a JF hasil penyetaraan has priority as lead; another lead only when none is available, with a recorded reason")
        void team03() {
            assertThat(BEKASI.teamLeadPriority(convertedJf, true).outcome()).isEqualTo(new LeadPriority(false));
            Decision<LeadPriority> refused = BEKASI.teamLeadPriority(otherJf, true);
            assertThat(refused.verdict()).isEqualTo(Verdict.REFUSED);
            assertThat(refused.failures()).singleElement().satisfies(f -> {
                assertThat(f.criterion()).isEqualTo("LEAD_PRIORITY");
                assertThat(f.citation().text()).isEqualTo("Perwal Bekasi 37/2023 Pasal 9(4)-(5)");
            });
            Decision<LeadPriority> noneAvailable = BEKASI.teamLeadPriority(otherJf, false);
            assertThat(noneAvailable.verdict()).isEqualTo(Verdict.ALLOWED);
            assertThat(noneAvailable.outcome().justificationRequired()).isTrue();
            assertThat(BANDUNG.teamLeadPriority(otherJf, true).outcome()).isEqualTo(new LeadPriority(false));
        }

        @Test
        @DisplayName("TEAM-04 Bandung forms teams through the Tim Verifikasi before the decree; the common core has no such step")
        void team04() {
            Decision<TeamFormation> bandung = BANDUNG.teamFormation();
            assertThat(bandung.outcome()).isEqualTo(new TeamFormation(true, Official.HEAD_OF_DEPARTMENT, Official.MAYOR,
                    Official.VERIFICATION_BOARD, Official.HEAD_OF_DEPARTMENT, true, 1));
            assertThat(citations(bandung)).containsExactly("Perwal Bandung 6/2023 Pasal 10");
            assertThat(SERANG.teamFormation().outcome().verificationRequired()).isFalse();
        }

        @Test
        @DisplayName("TEAM-05 each failed lead criterion names itself and its article (Bandung: D3, competence, Baik, kelas jabatan 6)")
        void team05() {
            CandidateFacts weak = CandidateFacts.builder(PELAKSANA).jobClass(5).education(Education.SMA)
                    .lastYearPredikat(Predikat.BUTUH_PERBAIKAN).build();
            Decision<Void> bandung = BANDUNG.teamLeadEligibility(weak);
            assertThat(bandung.failures()).extracting(FailedCriterion::criterion, f -> f.citation().text())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("MIN_EDUCATION", "Perwal Bandung 6/2023 Pasal 11(6) huruf a"),
                            org.assertj.core.groups.Tuple.tuple("COMPETENCE_IN_FIELD", "Perwal Bandung 6/2023 Pasal 11(6) huruf b"),
                            org.assertj.core.groups.Tuple.tuple("MIN_PREDIKAT_LAST_YEAR", "Perwal Bandung 6/2023 Pasal 11(6) huruf c"),
                            org.assertj.core.groups.Tuple.tuple("MIN_JOB_CLASS", "Perwal Bandung 6/2023 Pasal 11(6) huruf d"));
            Decision<Void> pengawas = BANDUNG.teamLeadEligibility(CandidateFacts.builder(PENGAWAS)
                    .education(Education.S1).competentInField(true).lastYearPredikat(Predikat.BAIK).build());
            assertThat(pengawas.failures()).singleElement().satisfies(f -> {
                assertThat(f.criterion()).isEqualTo("POSITION_KIND");
                assertThat(f.citation().text()).isEqualTo("Perwal Bandung 6/2023 Pasal 11(3)");
            });
            // Serang sets criteria for a Pelaksana lead only: a JF with D3 may lead
            assertThat(SERANG.teamLeadEligibility(CandidateFacts.builder(FUNGSIONAL).education(Education.D3).build())
                    .verdict()).isEqualTo(Verdict.ALLOWED);
            assertThat(SERANG.teamLeadEligibility(CandidateFacts.builder(PELAKSANA).education(Education.S1)
                    .rank(Rank.III_B).experienceInField(true).build()).verdict()).isEqualTo(Verdict.ALLOWED);
            // a PPPK has no golongan ruang
            assertThat(SERANG.teamLeadEligibility(CandidateFacts.builder(PELAKSANA).education(Education.S1)
                    .experienceInField(true).build()).failures()).extracting(FailedCriterion::message)
                    .containsExactly("no rank (golongan ruang) is known (a PPPK has none); at least III/b is required");
        }

        @Test
        @DisplayName("TEAM-06 a coordinator: Bandung only in units led by a JPT, a JF of S1, Baik, ahli muda or Pengawas-equivalent experience; Serang only in the investment department; Bekasi none")
        void team06() {
            CandidateFacts jf = CandidateFacts.builder(FUNGSIONAL).functionalLevel(FunctionalLevel.AHLI_PERTAMA)
                    .experienceEquivalentTo(PENGAWAS).education(Education.S1).rank(Rank.III_D).competentInField(true)
                    .lastYearPredikat(Predikat.SANGAT_BAIK).experienceInField(true).build();
            UnitFacts jptUnit = UnitFacts.of(JPT_PRATAMA, Set.of(JPT_PRATAMA));
            Decision<CoordinatorAppointment> bandung = BANDUNG.coordinatorEligibility(jf, jptUnit);
            assertThat(bandung.verdict()).isEqualTo(Verdict.ALLOWED);
            assertThat(bandung.outcome().appointedBy()).containsExactly(Official.UNIT_HEAD);
            assertThat(citations(bandung)).contains("Perwal Bandung 6/2023 Pasal 11(2)",
                    "Perwal Bandung 6/2023 Pasal 11(7) huruf d");

            Decision<CoordinatorAppointment> inAdministratorUnit = BANDUNG.coordinatorAllowed(
                    UnitFacts.of(ADMINISTRATOR, Set.of(ADMINISTRATOR)));
            assertThat(inAdministratorUnit.failures()).singleElement().satisfies(f -> {
                assertThat(f.criterion()).isEqualTo("UNIT_LED_BY");
                assertThat(f.citation().text()).isEqualTo("Perwal Bandung 6/2023 Pasal 11(2)");
            });
            Decision<CoordinatorAppointment> juniorWithoutExperience = BANDUNG.coordinatorEligibility(
                    CandidateFacts.builder(FUNGSIONAL).functionalLevel(FunctionalLevel.AHLI_PERTAMA)
                            .education(Education.S1).competentInField(true).lastYearPredikat(Predikat.BAIK).build(),
                    jptUnit);
            assertThat(juniorWithoutExperience.failures()).singleElement().satisfies(f -> {
                assertThat(f.criterion()).isEqualTo("MIN_FUNCTIONAL_LEVEL");
                assertThat(f.citation().text()).isEqualTo("Perwal Bandung 6/2023 Pasal 11(7) huruf d");
            });

            UnitFacts investment = UnitFacts.of(ADMINISTRATOR, Set.of(ADMINISTRATOR))
                    .inDepartment("DINAS", Set.of("PENANAMAN_MODAL"), false);
            Decision<CoordinatorAppointment> serang = SERANG.coordinatorEligibility(CandidateFacts.builder(PENGAWAS)
                    .education(Education.S1).rank(Rank.III_D).experienceInField(true).build(), investment);
            assertThat(serang.verdict()).isEqualTo(Verdict.ALLOWED);
            assertThat(serang.outcome().appointedBy()).containsExactly(Official.STAFFING_AUTHORITY);
            Decision<CoordinatorAppointment> serangElsewhere = SERANG.coordinatorAllowed(
                    investment.inDepartment("DINAS", Set.of("KESEHATAN"), false));
            assertThat(serangElsewhere.failures()).singleElement().satisfies(f -> {
                assertThat(f.criterion()).isEqualTo("DEPARTMENT_AFFAIR");
                assertThat(f.citation().text()).isEqualTo("Perwal Serang 23/2023 Pasal 8(5)");
            });
            Decision<CoordinatorAppointment> bekasi = BEKASI.coordinatorEligibility(jf, jptUnit);
            assertThat(bekasi.failures()).singleElement().extracting(FailedCriterion::criterion)
                    .isEqualTo("COORDINATOR_PROVIDED");
        }

        @Test
        @DisplayName("TEAM-07 who establishes the team: Serang unit head / Sekda / PPK-PyB with the PPK setting lead and coordinator; Cilegon owning unit head / Wali Kota; Bandung Kepala PD / Sekda")
        void team07() {
            assertThat(SERANG.teamEstablisher(AssignmentScope.WITHIN_UNIT).outcome().anyOf())
                    .containsExactly(Official.UNIT_HEAD);
            Decision<TeamEstablisher> serangCrossUnit = SERANG.teamEstablisher(AssignmentScope.CROSS_UNIT);
            assertThat(serangCrossUnit.outcome()).isEqualTo(new TeamEstablisher(List.of(Official.REGIONAL_SECRETARY),
                    List.of(Official.STAFFING_AUTHORITY)));
            assertThat(citations(serangCrossUnit)).containsExactly("Perwal Serang 23/2023 Pasal 13(2) huruf b",
                    "Perwal Serang 23/2023 Pasal 8(6)");
            assertThat(SERANG.teamEstablisher(AssignmentScope.CROSS_AGENCY).outcome().anyOf())
                    .containsExactly(Official.STAFFING_AUTHORITY, Official.AUTHORIZED_OFFICIAL);
            Decision<TeamEstablisher> cilegon = CILEGON.teamEstablisher(AssignmentScope.CROSS_AGENCY);
            assertThat(cilegon.outcome().anyOf()).containsExactly(Official.MAYOR);
            assertThat(citations(cilegon)).containsExactly("Perwal Cilegon 17/2023 Pasal 9(2)");
            assertThat(BANDUNG.teamEstablisher(AssignmentScope.CROSS_DEPARTMENT).outcome().anyOf())
                    .containsExactly(Official.REGIONAL_SECRETARY);
            assertThat(CILEGON.teamEstablisher(AssignmentScope.CROSS_DEPARTMENT).verdict())
                    .isEqualTo(Verdict.REFUSED);
        }

        @Test
        @DisplayName("TEAM-09 Serang grants lead and coordinator an additional allowance (tambahan penghasilan); members and other profiles none")
        void team09() {
            Decision<AllowanceEntitlement> lead = SERANG.allowance(TeamRole.LEAD);
            assertThat(lead.outcome()).isEqualTo(new AllowanceEntitlement(TeamRole.LEAD, true));
            assertThat(citations(lead)).containsExactly("Perwal Serang 23/2023 Pasal 9(1)");
            assertThat(SERANG.allowance(TeamRole.COORDINATOR).outcome().entitled()).isTrue();
            assertThat(SERANG.allowance(TeamRole.MEMBER).outcome().entitled()).isFalse();
            assertThat(BANDUNG.allowance(TeamRole.LEAD).outcome().entitled()).isFalse();
        }
    }

    @Nested
    @DisplayName("RPT: reporting")
    class Reporting {

        @Test
        @DisplayName("RPT-01 an individually assigned employee reports to the assigner up the hierarchy in Serang, to the unit head in Cilegon")
        void rpt01() {
            Decision<ReportRecipients> serang = SERANG.individualReportRecipients();
            assertThat(serang.outcome().anyOf()).containsExactly(Official.ASSIGNER);
            assertThat(serang.outcome().hierarchical()).isTrue();
            assertThat(citations(serang)).containsExactly("Perwal Serang 23/2023 Pasal 16(1)");
            assertThat(CILEGON.individualReportRecipients().outcome().anyOf()).containsExactly(Official.UNIT_HEAD);
            assertThat(BEKASI.individualReportRecipients().outcome().anyOf())
                    .containsExactly(Official.APPRAISER, Official.UNIT_HEAD);
        }

        @Test
        @DisplayName("RPT-02 a lead reports to the unit head, in Bandung also or instead to the head of department")
        void rpt02() {
            Decision<ReportRecipients> bandung = BANDUNG.teamReportRecipients(TeamRole.LEAD);
            assertThat(bandung.outcome()).isEqualTo(new ReportRecipients(List.of(Official.UNIT_HEAD,
                    Official.HEAD_OF_DEPARTMENT), false, true));
            assertThat(citations(bandung)).containsExactly("Perwal Bandung 6/2023 Pasal 17(1)-(2)");
            assertThat(BEKASI.teamReportRecipients(TeamRole.LEAD).outcome().anyOf())
                    .containsExactly(Official.UNIT_HEAD);
            assertThat(BANDUNG.teamReportRecipients(TeamRole.MEMBER).outcome().anyOf())
                    .containsExactly(Official.TEAM_LEAD);
        }

        @Test
        @DisplayName("RPT-03 in Serang the PPK and the PyB may also request a report at any time")
        void rpt03() {
            Decision<Official> serangPpk = SERANG.mayRequestReport(Official.STAFFING_AUTHORITY);
            assertThat(serangPpk.verdict()).isEqualTo(Verdict.ALLOWED);
            assertThat(citations(serangPpk)).containsExactly("Perwal Serang 23/2023 Pasal 16(4)");
            Decision<Official> bandungPpk = BANDUNG.mayRequestReport(Official.STAFFING_AUTHORITY);
            assertThat(bandungPpk.verdict()).isEqualTo(Verdict.REFUSED);
            assertThat(bandungPpk.failures()).singleElement().extracting(f -> f.citation().text())
                    .isEqualTo("Perwal Bandung 6/2023 Pasal 17(3)");
            assertThat(SERANG.reportRequesters().outcome()).containsExactly(Official.UNIT_HEAD,
                    Official.STAFFING_AUTHORITY, Official.AUTHORIZED_OFFICIAL);
        }
    }

    @Test
    @DisplayName("the common core answers every question too (an agency without its own regulation)")
    void nationalAnswersEverything() {
        assertThat(NATIONAL.orderIssuer(AssignmentScope.CROSS_AGENCY, AssignmentForm.TEAM).outcome().anyOf())
                .containsExactly(Official.UNIT_HEAD);
        assertThat(NATIONAL.teamLeadEligibility(PELAKSANA_D3_KJ7_IIIA).verdict()).isEqualTo(Verdict.ALLOWED);
        assertThat(NATIONAL.rule("TEAM-05").orElseThrow().citation().regulation()).isEqualTo("PermenPANRB 7/2022");
    }
}
