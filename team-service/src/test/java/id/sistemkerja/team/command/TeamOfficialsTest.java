package id.sistemkerja.team.command;

import id.sistemkerja.contracts.org.v1.EmployeeAppointed;
import id.sistemkerja.contracts.org.v1.EmployeeRegistered;
import id.sistemkerja.contracts.org.v1.OrgUnitEstablished;
import id.sistemkerja.contracts.org.v1.PositionEstablished;
import id.sistemkerja.contracts.vocabulary.Education;
import id.sistemkerja.contracts.vocabulary.EmploymentType;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.Rank;
import id.sistemkerja.contracts.vocabulary.UnitKind;
import id.sistemkerja.platform.kafka.IncomingEvent;
import id.sistemkerja.platform.security.Actor;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.team.OrgFacts;
import id.sistemkerja.team.TeamWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * team-service asks the regulation kernel's one resolver of officials: Level I of a team's owning unit is the head of
 * the top of its review chain (ORG-09), the same official assignment-service names, not the head of the parent unit.
 */
class TeamOfficialsTest {

    private static final TeamWorld WORLD = new TeamWorld();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @AfterAll
    static void close() {
        WORLD.close();
    }

    private static Actor as(String nip, String agency) {
        return new Actor(nip, "Pejabat " + nip, agency, null, Set.of());
    }

    @Test
    @DisplayName("TEAM-07 ORG-09 Bekasi: for a team owned by a Bagian of the Sekretariat Daerah, Level I of the owning unit is the Sekda, not the Asisten above the Bagian (BKS23 lampiran C.2 angka 1 huruf b) angka 4), BDG23 lampiran D.8)")
    void setdaLevelOne() {
        String agency = "kota-setda-" + UUID.randomUUID().toString().substring(0, 8);
        OrgFacts facts = new OrgFacts(WORLD.org, agency);
        String sekda = OrgFacts.nip();
        String asisten = OrgFacts.nip();
        String kabag = OrgFacts.nip();
        String setda = facts.department("setda", UnitKind.SEKRETARIAT_DAERAH, sekda);
        String asistenUnit = facts.unit("asisten1", setda, UnitKind.ASISTEN, PositionKind.JPT_PRATAMA, asisten);
        String bagian = agency + "-hukum";
        apply(agency, new OrgUnitEstablished(bagian, agency, setda, UnitKind.SEKRETARIAT_DAERAH, asistenUnit,
                List.of(setda, asistenUnit), UnitKind.BAGIAN, "Bagian Hukum"));
        apply(agency, new PositionEstablished(OrgFacts.headPosition(bagian), agency, bagian, setda,
                PositionKind.ADMINISTRATOR, "Kepala Bagian Hukum", null, null, 1, true));
        apply(agency, new EmployeeRegistered(kabag, agency, "Kepala Bagian", EmploymentType.PNS, Rank.IV_A,
                Education.S2, List.of(), false));
        apply(agency, new EmployeeAppointed(UUID.randomUUID().toString(), kabag, agency,
                OrgFacts.headPosition(bagian), bagian, setda, PositionKind.ADMINISTRATOR, "Kepala Bagian", null, null,
                OrgFacts.SINCE, "SK/" + kabag));

        TeamOfficials officials = new TeamOfficials(WORLD.org);
        var owning = officials.unit(bagian);
        assertThat(officials.nipOf(Official.OWNING_LEVEL_ONE, owning, DAY)).contains(sekda);
        assertThat(officials.holds(as(sekda, agency), Official.OWNING_LEVEL_ONE, owning, DAY)).isTrue();
        assertThat(officials.holds(as(asisten, agency), Official.OWNING_LEVEL_ONE, owning, DAY)).isFalse();
        assertThat(officials.nipOf(Official.UNIT_HEAD, owning, DAY)).contains(kabag);
    }

    @Test
    @DisplayName("TEAM-07 ORG-09 a team owned by a department itself has its own head as Level I (before: nobody), and that head acts only for the department's agency (M2)")
    void departmentLevelOne() {
        String agency = "kota-dinas-" + UUID.randomUUID().toString().substring(0, 8);
        OrgFacts facts = new OrgFacts(WORLD.org, agency);
        String kadis = OrgFacts.nip();
        String dinas = facts.department("dpmptsp", UnitKind.DINAS, kadis);

        TeamOfficials officials = new TeamOfficials(WORLD.org);
        var owning = officials.unit(dinas);
        assertThat(officials.capacity(as(kadis, agency), List.of(Official.OWNING_LEVEL_ONE), owning, DAY))
                .contains(Official.OWNING_LEVEL_ONE);
        assertThat(officials.capacity(as(kadis, "kota-lain"), List.of(Official.OWNING_LEVEL_ONE,
                Official.OWNING_UNIT_HEAD), owning, DAY)).isEmpty();
        assertThat(officials.isHeadOf(as(kadis, "kota-lain"), dinas, DAY)).isFalse();
    }

    private static void apply(String agency, Object payload) {
        WORLD.org.apply(payload, new IncomingEvent(UUID.randomUUID().toString(), payload.getClass().getSimpleName(),
                1, null, "org", agency, agency, 0, null, null, List.of()));
    }
}
