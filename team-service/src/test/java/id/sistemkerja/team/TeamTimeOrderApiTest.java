package id.sistemkerja.team;

import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.Predikat;
import id.sistemkerja.contracts.vocabulary.UnitKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the team API: acts are in time order, an act dated before the act it rests on is refused (issue 12.12);
 * a fact the org replica does not know yet is a retryable 409 fact-not-yet-known, never a refusal (issue 12.11). The
 * replica is "held back" by sending the request before writing the fact into it.
 */
class TeamTimeOrderApiTest extends TeamApiTest {

    private String jf(TestCity city) {
        return city.facts.employee(OrgFacts.nip()).in(city.unit).add();
    }

    // ------------------------------------------------------------------ 12.12 acts in time order

    @Test
    @DisplayName("12.12 TEAM-04 Bandung: a decree dated before the verification recommendation is refused, one dated on its day is accepted (BDG23 Pasal 10(3))")
    void bandungDecreeAfterVerification() {
        TestCity city = city("bandung-2023", 2);
        String member = jf(city);
        String teamId = propose(city, city.unitHead, city.unit);
        today(TODAY.plusDays(3));
        post(city, "tv", "/api/v1/teams/" + teamId + "/verification", Map.of("recommended", true),
                "VERIFICATION_BOARD").expectStatus().isOk();
        long before = storedEvents(teamId);

        String refused = body(post(city, city.deptHead, "/api/v1/teams/" + teamId + "/decree",
                decree(TODAY.plusDays(2), member)), 422);
        assertThat(refused).contains("TEAM-04", "Perwal Bandung 6/2023 Pasal 10", "decreeDate",
                "verification recommendation", TODAY.plusDays(3).toString());
        assertThat(storedEvents(teamId)).isEqualTo(before);
        post(city, city.deptHead, "/api/v1/teams/" + teamId + "/decree", decree(TODAY.plusDays(3), member))
                .expectStatus().isOk();
    }

    @Test
    @DisplayName("12.12 TEAM-07 Cilegon: a decree dated before the proposal is refused (CLG23 Pasal 9(1))")
    void decreeAfterProposal() {
        TestCity city = city("cilegon-2023", 2);
        String member = jf(city);
        String teamId = propose(city, city.unitHead, city.unit);

        String refused = body(post(city, city.unitHead, "/api/v1/teams/" + teamId + "/decree",
                decree(TODAY.minusDays(1), member)), 422);
        assertThat(refused).contains("TEAM-07", "Perwal Cilegon 17/2023 Pasal 9(1)", "proposal");
        assertThat(storedEvents(teamId)).isEqualTo(1);
        post(city, city.unitHead, "/api/v1/teams/" + teamId + "/decree", decree(TODAY, member))
                .expectStatus().isOk();
    }

    @Test
    @DisplayName("12.12 TEAM-02 TEAM-07 TEAM-12 Cilegon: a lead, a member and a dissolution dated before the decree are each refused (CLG23 Pasal 5(3), 9(1))")
    void actsBeforeDecree() {
        TestCity city = city("cilegon-2023", 2);
        String lead = jf(city);
        String member = jf(city);
        String teamId = propose(city, city.unitHead, city.unit);
        today(TODAY.plusDays(5));
        post(city, city.unitHead, "/api/v1/teams/" + teamId + "/decree", decree(TODAY.plusDays(5), lead))
                .expectStatus().isOk();
        long before = storedEvents(teamId);

        assertThat(body(post(city, city.unitHead, "/api/v1/teams/" + teamId + "/lead", Map.of("nip", lead,
                "effectiveFrom", TODAY.plusDays(4).toString(), "experienceInField", true)), 422))
                .contains("TEAM-02", "effectiveFrom", "decree");
        assertThat(body(post(city, city.unitHead, "/api/v1/teams/" + teamId + "/members", Map.of("nip", member,
                "effectiveFrom", TODAY.plusDays(4).toString())), 422))
                .contains("TEAM-07", "Pasal 9(1)", "effectiveFrom", "decree");
        assertThat(body(post(city, city.unitHead, "/api/v1/teams/" + teamId + "/dissolution", Map.of(
                "effectiveOn", TODAY.plusDays(4).toString(), "reason", "Salah bentuk", "decreeNumber", "800/1")), 422))
                .contains("TEAM-12", "effectiveOn", "decree");
        assertThat(storedEvents(teamId)).isEqualTo(before);

        post(city, city.unitHead, "/api/v1/teams/" + teamId + "/lead", Map.of("nip", lead, "effectiveFrom",
                TODAY.plusDays(5).toString(), "experienceInField", true)).expectStatus().isOk();
    }

    @Test
    @DisplayName("12.12 RPT-02 Cilegon: a lead reports only from the day the appointment takes effect (CLG23 Pasal 11(3))")
    void reportAfterAppointment() {
        TestCity city = city("cilegon-2023", 2);
        String lead = jf(city);
        String teamId = established(city, city.unitHead, city.unit, city.unitHead, List.of(lead));
        post(city, city.unitHead, "/api/v1/teams/" + teamId + "/lead", Map.of("nip", lead, "effectiveFrom",
                TODAY.plusDays(7).toString(), "experienceInField", true)).expectStatus().isOk();
        long before = storedEvents(teamId);

        assertThat(body(post(city, lead, "/api/v1/teams/" + teamId + "/reports", Map.of("summary",
                "Laporan awal")), 422)).contains("RPT-02", "Perwal Cilegon 17/2023 Pasal 11", "submittedOn");
        assertThat(storedEvents(teamId)).isEqualTo(before);
        today(TODAY.plusDays(7));
        post(city, lead, "/api/v1/teams/" + teamId + "/reports", Map.of("summary", "Laporan awal"))
                .expectStatus().isCreated();
    }

    // ------------------------------------------------------------------ 12.11 facts not yet known

    @Test
    @DisplayName("12.11 TEAM-07: a decree naming a member whose placement has not reached team-service yet is a retryable 409 fact-not-yet-known; the same request succeeds once it arrives")
    void decreeWaitsForMemberFacts() {
        TestCity city = city("cilegon-2023", 2);
        String lead = jf(city);
        OrgFacts.Employee late = city.facts.employee(OrgFacts.nip()).in(city.unit);
        String lateNip = late.nip();
        String teamId = propose(city, city.unitHead, city.unit);
        Map<String, Object> decree = decree(TODAY, lead, lateNip);

        assertThat(body(post(city, city.unitHead, "/api/v1/teams/" + teamId + "/decree", decree), 409))
                .contains("fact-not-yet-known", lateNip);
        assertThat(storedEvents(teamId)).isEqualTo(1);
        late.add(); // the org events arrive
        post(city, city.unitHead, "/api/v1/teams/" + teamId + "/decree", decree).expectStatus().isOk();
    }

    @Test
    @DisplayName("12.11 TEAM-05 Bandung: a lead whose annual predikat has not reached team-service yet is a 409 fact-not-yet-known, not a refusal (BDG23 Pasal 11(6) huruf c)")
    void leadWaitsForPredikat() {
        TestCity city = city("bandung-2023", 2);
        String lead = city.facts.employee(OrgFacts.nip()).in(city.unit).predikatUntil(2019).add();
        String teamId = propose(city, city.unitHead, city.unit);
        post(city, "tv", "/api/v1/teams/" + teamId + "/verification", Map.of("recommended", true),
                "VERIFICATION_BOARD").expectStatus().isOk();
        post(city, city.deptHead, "/api/v1/teams/" + teamId + "/decree", decree(TODAY, lead)).expectStatus().isOk();
        Map<String, Object> appointment = Map.of("nip", lead, "experienceInField", true);
        long before = storedEvents(teamId);

        assertThat(body(post(city, city.unitHead, "/api/v1/teams/" + teamId + "/lead", appointment), 409))
                .contains("fact-not-yet-known", "predikat", lead);
        assertThat(storedEvents(teamId)).isEqualTo(before);
        city.facts.predikat(lead, 2025, Predikat.BAIK); // org-service's AnnualPredikatRecorded arrives
        post(city, city.unitHead, "/api/v1/teams/" + teamId + "/lead", appointment).expectStatus().isOk();
    }

    @Test
    @DisplayName("12.11 TEAM-01: a unit head whose head position and appointment have not reached team-service yet gets a 409 fact-not-yet-known, not a 403")
    void unitHeadNotYetKnown() {
        TestCity city = city("cilegon-2023", 2);
        String unit = city.facts.unitWithoutHead("late", city.department, UnitKind.BIDANG);
        String head = OrgFacts.nip();
        Map<String, Object> proposal = proposal(unit, TODAY, "kesehatan masyarakat");

        assertThat(body(post(city, head, "/api/v1/teams", proposal), 409)).contains("fact-not-yet-known", unit);
        city.facts.appointHead(unit, PositionKind.ADMINISTRATOR, head);
        post(city, head, "/api/v1/teams", proposal).expectStatus().isCreated();
        assertThat(body(post(city, city.otherHead, "/api/v1/teams", proposal), 403)).contains("head of the owning unit");
    }
}
