package id.sistemkerja.regulation.officials;

import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.UnitKind;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.ProblemKind;
import id.sistemkerja.platform.security.Actor;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.regulation.profile.UnitLocation;
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
import static id.sistemkerja.regulation.profile.Official.APPRAISER;
import static id.sistemkerja.regulation.profile.Official.HEAD_OF_DEPARTMENT;
import static id.sistemkerja.regulation.profile.Official.LEVEL_ONE;
import static id.sistemkerja.regulation.profile.Official.OWNING_LEVEL_ONE;
import static id.sistemkerja.regulation.profile.Official.OWNING_UNIT_HEAD;
import static id.sistemkerja.regulation.profile.Official.UNIT_HEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who each official is, per structure variant of ORG-09 (SRG23 Pasal 6; BDG23 lampiran D.1–8; BKS23 lampiran C.1
 * Gambar 1–8), on an org directory built in memory.
 */
class OfficialResolverTest {

    private static final String AGENCY = "kota-uji";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static String nip(int i) {
        return String.format("1980010120050110%02d", i);
    }

    private static UnitLocation at(InMemoryOrgDirectory org, String unitId) {
        return new OfficialResolver(org).locationOfUnit(unitId);
    }

    private static OfficialCase employeeIn(InMemoryOrgDirectory org, String nip, String unitId) {
        UnitLocation unit = at(org, unitId);
        return OfficialCase.of(nip, unit, unit, DAY);
    }

    private static List<String> who(InMemoryOrgDirectory org, Official official, OfficialCase c) {
        return new OfficialResolver(org).resolve(official, c).nips();
    }

    private static Actor actor(String nip, String agency, String... roles) {
        return new Actor(nip, "Pejabat " + nip, agency, null, Set.of(roles));
    }

    @Nested
    @DisplayName("unit led by a JPT Pratama")
    class LedByJpt {

        @Test
        @DisplayName("ORG-09 JPT as appraiser, Administrator as unit head (BDG23 lampiran D.1): appraiser and Level I are the JPT, unit head and Level II the Administrator")
        void jptAppraiserAdministratorHead() {
            InMemoryOrgDirectory org = new InMemoryOrgDirectory(AGENCY).department("dinas", UnitKind.DINAS)
                    .head("dinas", JPT_PRATAMA, nip(1)).unit("bidang", "dinas", UnitKind.BIDANG)
                    .head("bidang", ADMINISTRATOR, nip(2)).staff(nip(3), "bidang", FUNGSIONAL, "dinas:head");
            OfficialCase c = employeeIn(org, nip(3), "bidang");
            OfficialResolver officials = new OfficialResolver(org);

            assertThat(who(org, APPRAISER, c)).containsExactly(nip(1));
            assertThat(who(org, UNIT_HEAD, c)).containsExactly(nip(2));
            assertThat(who(org, LEVEL_ONE, c)).containsExactly(nip(1));
            assertThat(who(org, HEAD_OF_DEPARTMENT, c)).containsExactly(nip(1));
            assertThat(officials.levelTwoUnit("bidang")).isEqualTo("bidang");
            assertThat(officials.reviewUnits("bidang")).containsExactly("bidang", "dinas");
        }

        @Test
        @DisplayName("ORG-09 Administrator as appraiser and unit head (BDG23 lampiran D.2, BKS23 Gambar 1): appraiser and unit head the Administrator, Level I the JPT")
        void administratorAppraiserAndHead() {
            InMemoryOrgDirectory org = new InMemoryOrgDirectory(AGENCY).department("dinas", UnitKind.DINAS)
                    .head("dinas", JPT_PRATAMA, nip(1)).unit("bidang", "dinas", UnitKind.BIDANG)
                    .head("bidang", ADMINISTRATOR, nip(2)).staff(nip(3), "bidang", PELAKSANA, "bidang:head");
            OfficialCase c = employeeIn(org, nip(3), "bidang");

            assertThat(who(org, APPRAISER, c)).containsExactly(nip(2));
            assertThat(who(org, UNIT_HEAD, c)).containsExactly(nip(2));
            assertThat(who(org, LEVEL_ONE, c)).containsExactly(nip(1));
        }

        @Test
        @DisplayName("ORG-09 JPT as appraiser without an Administrator, DPMPTSP (BKS23 Gambar 3, BDG23 lampiran D.3): the JPT is appraiser, unit head, Level I and Level II")
        void dpmptsp() {
            InMemoryOrgDirectory org = new InMemoryOrgDirectory(AGENCY).department("dpmptsp", UnitKind.DINAS)
                    .head("dpmptsp", JPT_PRATAMA, nip(1)).staff(nip(3), "dpmptsp", FUNGSIONAL, "dpmptsp:head");
            OfficialCase c = employeeIn(org, nip(3), "dpmptsp");
            OfficialResolver officials = new OfficialResolver(org);

            assertThat(who(org, APPRAISER, c)).containsExactly(nip(1));
            assertThat(who(org, UNIT_HEAD, c)).containsExactly(nip(1));
            assertThat(who(org, LEVEL_ONE, c)).containsExactly(nip(1));
            assertThat(officials.reviewUnits("dpmptsp")).containsExactly("dpmptsp");
        }
    }

    @Nested
    @DisplayName("unit led by an Administrator")
    class LedByAdministrator {

        @Test
        @DisplayName("ORG-09 Administrator with a Pengawas (BDG23 lampiran D.4, SRG23 Pasal 6 huruf b angka 1): the Pengawas appraises and heads the Seksi, Level I is the Administrator")
        void withPengawas() {
            InMemoryOrgDirectory org = new InMemoryOrgDirectory(AGENCY).department("kecamatan", UnitKind.KECAMATAN)
                    .head("kecamatan", ADMINISTRATOR, nip(1)).unit("seksi", "kecamatan", UnitKind.SEKSI)
                    .head("seksi", PENGAWAS, nip(2)).staff(nip(3), "seksi", PELAKSANA, "seksi:head");
            OfficialCase c = employeeIn(org, nip(3), "seksi");
            OfficialResolver officials = new OfficialResolver(org);

            assertThat(who(org, APPRAISER, c)).containsExactly(nip(2));
            assertThat(who(org, UNIT_HEAD, c)).containsExactly(nip(2));
            assertThat(who(org, LEVEL_ONE, c)).containsExactly(nip(1));
            assertThat(officials.levelTwoUnit("seksi")).isEqualTo("seksi");
        }

        @Test
        @DisplayName("ORG-09 Administrator without a Pengawas (BDG23 lampiran D.5, SRG23 Pasal 6 huruf b angka 2): the Administrator is appraiser, unit head and Level I")
        void withoutPengawas() {
            InMemoryOrgDirectory org = new InMemoryOrgDirectory(AGENCY).department("kecamatan", UnitKind.KECAMATAN)
                    .head("kecamatan", ADMINISTRATOR, nip(1)).staff(nip(3), "kecamatan", PELAKSANA, "kecamatan:head");
            OfficialCase c = employeeIn(org, nip(3), "kecamatan");

            assertThat(who(org, APPRAISER, c)).containsExactly(nip(1));
            assertThat(who(org, UNIT_HEAD, c)).containsExactly(nip(1));
            assertThat(who(org, LEVEL_ONE, c)).containsExactly(nip(1));
        }
    }

    @Nested
    @DisplayName("unit led by a Pengawas (UPTD, Kelurahan)")
    class LedByPengawas {

        @Test
        @DisplayName("ORG-09 Kelurahan led by a Pengawas (BDG23 lampiran D.6): the Lurah is appraiser, unit head and Level I; the Camat heads the department")
        void kelurahan() {
            InMemoryOrgDirectory org = new InMemoryOrgDirectory(AGENCY).department("kecamatan", UnitKind.KECAMATAN)
                    .head("kecamatan", ADMINISTRATOR, nip(1)).unit("kelurahan", "kecamatan", UnitKind.KELURAHAN)
                    .head("kelurahan", PENGAWAS, nip(2)).staff(nip(3), "kelurahan", PELAKSANA, "kelurahan:head");
            OfficialCase c = employeeIn(org, nip(3), "kelurahan");

            assertThat(who(org, APPRAISER, c)).containsExactly(nip(2));
            assertThat(who(org, UNIT_HEAD, c)).containsExactly(nip(2));
            assertThat(who(org, LEVEL_ONE, c)).containsExactly(nip(2));
            assertThat(who(org, HEAD_OF_DEPARTMENT, c)).containsExactly(nip(1));
        }

        @Test
        @DisplayName("ORG-09 UPTD led by a Pengawas in a Dinas (BDG23 lampiran B.2 huruf b angka 3)): the Kepala UPTD is Level I of its own unit, the Kepala Dinas heads the department")
        void uptd() {
            InMemoryOrgDirectory org = new InMemoryOrgDirectory(AGENCY).department("dishub", UnitKind.DINAS)
                    .head("dishub", JPT_PRATAMA, nip(1)).unit("uptd", "dishub", UnitKind.UPTD)
                    .head("uptd", PENGAWAS, nip(2)).staff(nip(3), "uptd", PELAKSANA, "uptd:head");
            OfficialCase c = employeeIn(org, nip(3), "uptd");
            OfficialResolver officials = new OfficialResolver(org);

            assertThat(who(org, LEVEL_ONE, c)).containsExactly(nip(2));
            assertThat(who(org, HEAD_OF_DEPARTMENT, c)).containsExactly(nip(1));
            assertThat(officials.reviewUnits("uptd")).containsExactly("uptd");
        }
    }

    @Test
    @DisplayName("ORG-09 ORG-06 Puskesmas led by a JF (BDG23 lampiran D.7): the Kepala Puskesmas is appraiser, unit head and Level I; the Kepala Dinas Kesehatan heads the department")
    void ledByFunctional() {
        InMemoryOrgDirectory org = new InMemoryOrgDirectory(AGENCY).department("dinkes", UnitKind.DINAS)
                .head("dinkes", JPT_PRATAMA, nip(1)).unit("pkm", "dinkes", UnitKind.PUSKESMAS)
                .head("pkm", FUNGSIONAL, nip(2)).staff(nip(3), "pkm", FUNGSIONAL, "pkm:head");
        OfficialCase c = employeeIn(org, nip(3), "pkm");

        assertThat(who(org, APPRAISER, c)).containsExactly(nip(2));
        assertThat(who(org, UNIT_HEAD, c)).containsExactly(nip(2));
        assertThat(who(org, LEVEL_ONE, c)).containsExactly(nip(2));
        assertThat(who(org, HEAD_OF_DEPARTMENT, c)).containsExactly(nip(1));
    }

    @Test
    @DisplayName("ORG-09 more than two structural levels (SRG23 Pasal 6 huruf e): in a Seksi below a Bidang the Kasi appraises and heads the Seksi, Level II is the Kepala Bidang and Level I the Kepala Dinas, not the parent unit's head")
    void moreThanTwoLevels() {
        InMemoryOrgDirectory org = new InMemoryOrgDirectory(AGENCY).department("dinas", UnitKind.DINAS)
                .head("dinas", JPT_PRATAMA, nip(1)).unit("bidang", "dinas", UnitKind.BIDANG)
                .head("bidang", ADMINISTRATOR, nip(2)).unit("seksi", "bidang", UnitKind.SEKSI)
                .head("seksi", PENGAWAS, nip(3)).staff(nip(4), "seksi", PELAKSANA, "seksi:head");
        OfficialCase c = employeeIn(org, nip(4), "seksi");
        OfficialResolver officials = new OfficialResolver(org);

        assertThat(who(org, APPRAISER, c)).containsExactly(nip(3));
        assertThat(who(org, UNIT_HEAD, c)).containsExactly(nip(3));
        assertThat(who(org, LEVEL_ONE, c)).containsExactly(nip(1));
        assertThat(officials.reviewUnits("seksi")).containsExactly("bidang", "dinas");
        assertThat(officials.levelTwoUnit("seksi")).isEqualTo("bidang");
        // a structural official is not placed: the Kasi's appraiser is the head of the unit above (structural line)
        assertThat(who(org, APPRAISER, employeeIn(org, nip(3), "seksi"))).containsExactly(nip(2));
    }

    @Test
    @DisplayName("ORG-09 Sekretariat Daerah (BDG23 lampiran D.8, SRG23 Pasal 6 huruf f): the Kepala Bagian appraises and heads the Bagian (Level II), the Sekda is Level I, the Asisten reviews between them")
    void sekretariatDaerah() {
        InMemoryOrgDirectory org = new InMemoryOrgDirectory(AGENCY).department("setda", UnitKind.SEKRETARIAT_DAERAH)
                .head("setda", JPT_PRATAMA, nip(1)).unit("asisten1", "setda", UnitKind.ASISTEN)
                .head("asisten1", JPT_PRATAMA, nip(2)).unit("hukum", "asisten1", UnitKind.BAGIAN)
                .head("hukum", ADMINISTRATOR, nip(3)).staff(nip(4), "hukum", FUNGSIONAL, "hukum:head");
        OfficialCase c = employeeIn(org, nip(4), "hukum");
        OfficialResolver officials = new OfficialResolver(org);

        assertThat(who(org, APPRAISER, c)).containsExactly(nip(3));
        assertThat(who(org, UNIT_HEAD, c)).containsExactly(nip(3));
        assertThat(who(org, LEVEL_ONE, c)).containsExactly(nip(1));
        assertThat(who(org, HEAD_OF_DEPARTMENT, c)).containsExactly(nip(1));
        assertThat(officials.reviewUnits("hukum")).containsExactly("hukum", "asisten1", "setda");
    }

    @Nested
    @DisplayName("relative to the case")
    class RelativeToTheCase {

        private final InMemoryOrgDirectory org = new InMemoryOrgDirectory(AGENCY)
                .department("d1", UnitKind.DINAS).head("d1", JPT_PRATAMA, nip(1))
                .unit("u1", "d1", UnitKind.BIDANG).head("u1", ADMINISTRATOR, nip(2))
                .department("d2", UnitKind.BADAN).head("d2", JPT_PRATAMA, nip(3))
                .unit("u3", "d2", UnitKind.BIDANG).head("u3", ADMINISTRATOR, nip(4))
                .staff(nip(5), "u1", PELAKSANA, "u1:head");
        private final OfficialCase crossDepartment = OfficialCase.of(nip(5), at(org, "u1"), at(org, "u3"), DAY);

        @Test
        @DisplayName("ORG-09 across departments the employee's officials sit in the home unit, the owning officials in the owning unit; HEAD_OF_DEPARTMENT is the owning department's head, or the employee's on the employee's side (BDG23 Pasal 9(3))")
        void homeAndOwning() {
            assertThat(who(org, UNIT_HEAD, crossDepartment)).containsExactly(nip(2));
            assertThat(who(org, LEVEL_ONE, crossDepartment)).containsExactly(nip(1));
            assertThat(who(org, OWNING_UNIT_HEAD, crossDepartment)).containsExactly(nip(4));
            assertThat(who(org, OWNING_LEVEL_ONE, crossDepartment)).containsExactly(nip(3));
            assertThat(who(org, HEAD_OF_DEPARTMENT, crossDepartment)).containsExactly(nip(3));
            assertThat(who(org, HEAD_OF_DEPARTMENT, crossDepartment.employeeSide())).containsExactly(nip(1));
        }

        @Test
        @DisplayName("ORG-05 a delegation in force covering the employee makes the delegate the appraiser, with its legal basis")
        void delegation() {
            org.position("u1:kasi", "u1", PENGAWAS, false).appoint(nip(6), "u1:kasi")
                    .delegate("dlg-1", "u1:head", nip(6), List.of(nip(5)), DAY.minusDays(1), DAY.plusDays(30));
            ResolvedOfficial appraiser = new OfficialResolver(org).resolve(APPRAISER, crossDepartment);
            assertThat(appraiser.nips()).containsExactly(nip(6));
            assertThat(appraiser.basis()).contains("delegation dlg-1", "SK delegasi dlg-1");
        }

        @Test
        @DisplayName("ORG-09 while no employee is named the appraiser is the head of the home unit; agency-wide offices are held by role in the owning agency")
        void noEmployeeAndRoles() {
            OfficialCase nobody = OfficialCase.of(null, at(org, "u1"), at(org, "u3"), DAY);
            OfficialResolver officials = new OfficialResolver(org);
            assertThat(who(org, APPRAISER, nobody)).containsExactly(nip(2));
            ResolvedOfficial sekda = officials.resolve(Official.REGIONAL_SECRETARY, nobody);
            assertThat(sekda.role()).isEqualTo("REGIONAL_SECRETARY");
            assertThat(sekda.agencyId()).isEqualTo(AGENCY);
            assertThat(officials.resolve(Official.MAYOR, nobody).role()).isEqualTo("STAFFING_AUTHORITY");
            assertThat(officials.actingAs(actor("sekda", AGENCY, "REGIONAL_SECRETARY"),
                    List.of(Official.REGIONAL_SECRETARY), nobody)).isPresent();
            assertThat(officials.actingAs(actor("sekda", "kota-lain", "REGIONAL_SECRETARY"),
                    List.of(Official.REGIONAL_SECRETARY), nobody)).isEmpty();
        }
    }

    @Nested
    @DisplayName("may this actor act as one of these officials")
    class MayAct {

        private final InMemoryOrgDirectory org = new InMemoryOrgDirectory(AGENCY)
                .department("d1", UnitKind.DINAS).head("d1", JPT_PRATAMA, nip(1))
                .unit("u1", "d1", UnitKind.BIDANG).head("u1", ADMINISTRATOR, nip(2))
                .staff(nip(5), "u1", PELAKSANA, "u1:head");
        private final OfficialResolver officials = new OfficialResolver(org);
        private final OfficialCase c = OfficialCase.of(nip(5), at(org, "u1"), at(org, "u1"), DAY);

        @Test
        @DisplayName("ORG-04 M2 the right NIP acting for another agency is not the official: 403 naming the rule, the article and who may by office, without the agency's NIPs")
        void otherAgency() {
            assertThat(officials.actingAs(actor(nip(2), AGENCY), List.of(APPRAISER), c)).isPresent();
            assertThat(officials.actingAs(actor(nip(2), "kota-lain"), List.of(APPRAISER), c)).isEmpty();
            assertThatThrownBy(() -> officials.authorize(actor(nip(2), "kota-lain"), List.of(APPRAISER), c,
                    "ASG-05", "Perwal Uji Pasal 8(1)", "issue this order"))
                    .isInstanceOfSatisfying(ProblemException.class, p -> {
                        assertThat(p.kind()).isEqualTo(ProblemKind.FORBIDDEN);
                        assertThat(p.violations().get(0).ruleId()).isEqualTo("ASG-05");
                        assertThat(p.violations().get(0).article()).isEqualTo("Perwal Uji Pasal 8(1)");
                        assertThat(p.getMessage()).contains("appraiser (Pejabat Penilai Kinerja)",
                                "an official of " + AGENCY).doesNotContain("(" + nip(2) + ")");
                    });
            // the agency's own staff learn who the official is
            assertThat(officials.describe(List.of(APPRAISER), c, actor(nip(9), AGENCY))).contains(nip(2));
        }

        @Test
        @DisplayName("ORG-04 ARCHITECTURE an employee whose placement has not reached the replica has no known appraiser: 409 fact-not-yet-known, never a refusal")
        void notYetKnown() {
            org.position("u1:pelaksana2", "u1", PELAKSANA, false).appoint(nip(7), "u1:pelaksana2");
            OfficialCase unplaced = OfficialCase.of(nip(7), at(org, "u1"), at(org, "u1"), DAY);
            assertThat(officials.resolve(APPRAISER, unplaced).known()).isFalse();
            assertThatThrownBy(() -> officials.authorize(actor(nip(2), AGENCY), List.of(APPRAISER), unplaced,
                    "ASG-08", "article", "approve"))
                    .isInstanceOfSatisfying(ProblemException.class, p ->
                            assertThat(p.kind()).isEqualTo(ProblemKind.FACT_NOT_YET_KNOWN));
            OfficialCase unknownEmployee = OfficialCase.of(nip(8), at(org, "u1"), at(org, "u1"), DAY);
            assertThat(officials.resolve(APPRAISER, unknownEmployee).notYetKnown()).contains(nip(8));
        }

        @Test
        @DisplayName("ORG-04 a vacant head position is known: nobody holds it, so the act is refused (403)")
        void vacant() {
            org.unit("u2", "d1", UnitKind.BIDANG).position("u2:head", "u2", ADMINISTRATOR, true);
            OfficialCase c2 = OfficialCase.forUnit(at(org, "u2"), DAY);
            assertThat(officials.resolve(UNIT_HEAD, c2).vacant()).isTrue();
            assertThatThrownBy(() -> officials.authorize(actor(nip(2), AGENCY), List.of(UNIT_HEAD), c2, "ASG-14",
                    "article", "set the plan")).isInstanceOfSatisfying(ProblemException.class, p ->
                    assertThat(p.kind()).isEqualTo(ProblemKind.FORBIDDEN));
        }

        @Test
        @DisplayName("ORG-01 a unit whose head position has not reached the replica answers 409, not 403")
        void headPositionNotYetKnown() {
            org.unit("u4", "d1", UnitKind.BIDANG);
            OfficialCase c4 = OfficialCase.forUnit(at(org, "u4"), DAY);
            assertThatThrownBy(() -> officials.authorize(actor(nip(2), AGENCY), List.of(UNIT_HEAD), c4, "ASG-14",
                    "article", "set the plan")).isInstanceOfSatisfying(ProblemException.class, p ->
                    assertThat(p.kind()).isEqualTo(ProblemKind.FACT_NOT_YET_KNOWN));
        }

        @Test
        @DisplayName("ORG-03 the position held decides the kind; an employee without a known appointment answers 409")
        void positionKind() {
            assertThat(officials.positionKind(nip(5), DAY)).isEqualTo(PositionKind.PELAKSANA);
            org.register(nip(9));
            assertThatThrownBy(() -> officials.positionKind(nip(9), DAY)).isInstanceOfSatisfying(
                    ProblemException.class, p -> assertThat(p.kind()).isEqualTo(ProblemKind.FACT_NOT_YET_KNOWN));
        }
    }
}
