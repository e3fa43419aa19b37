package id.sistemkerja.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.regulation.replica.OrgDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Work teams (tim kerja) end to end through the gateway: org set up through org-service, the agency bound to its
 * profile, the team's life in team-service once its replicas know the facts.
 */
class TeamFlowSystemTest {

    private static final AtomicInteger PEOPLE = new AtomicInteger(5000);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    private final SystemUnderTest sut = SystemUnderTest.get();
    private final ApiClient api = sut.api();

    /** One city's organisation made through org-service. */
    private final class City {
        final String agency;
        final String admin;
        final List<String> nips = new java.util.ArrayList<>();
        final List<String[]> heads = new java.util.ArrayList<>();

        final List<String> placed = new java.util.ArrayList<>();

        City(String prefix, String profileId) {
            this(prefix, profileId, 1);
        }

        City(String prefix, String profileId, int profileVersion) {
            agency = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
            admin = api.devToken("197801012005011001", agency, "AGENCY_ADMIN");
            ok(api.post("/api/v1/agencies", admin, Map.of("agencyId", agency, "name", "Pemerintah " + agency)));
            ok(api.post("/api/v1/agencies/" + agency + "/profile-bindings", admin, Map.of("profileId", profileId,
                    "profileVersion", profileVersion, "effectiveFrom", "2023-07-06"))); // REG-01: in force
        }

        String department(String code, String kind) {
            ok(api.post("/api/v1/departments", admin, Map.of("code", code, "kind", kind, "name", "Dinas " + code)));
            return agency + "." + code;
        }

        String unit(String parent, String code) {
            ok(api.post("/api/v1/units", admin, Map.of("parentUnitId", parent, "code", code, "kind", "BIDANG",
                    "name", "Bidang " + code)));
            return parent + "." + code;
        }

        /** The head of {@code unit}: a new structural position and its holder. */
        String head(String unit, String kind) {
            ok(api.post("/api/v1/units/" + unit + "/positions", admin, Map.of("code", "head", "kind", kind,
                    "title", "Kepala " + unit, "unitHead", true)));
            String nip = employee("III_D", "S2", List.of("manajemen"), false);
            appoint(nip, unit + ":head");
            heads.add(new String[] {unit, nip});
            return nip;
        }

        /** A JF (ahli muda by default) of the unit, placed under its head (ORG-04), with last year's predikat BAIK. */
        String functional(String unit, String level, String rank, boolean converted) {
            String code = "jf" + PEOPLE.incrementAndGet();
            ok(api.post("/api/v1/units/" + unit + "/positions", admin, Map.of("code", code, "kind", "FUNGSIONAL",
                    "title", "Analis " + code, "functionalLevel", level, "capacity", 1)));
            String nip = employee(rank, "S1", List.of("perencanaan"), converted);
            appoint(nip, unit + ":" + code);
            ok(api.post("/api/v1/placements", token("ppk", "STAFFING_AUTHORITY"), Map.of("nip", nip,
                    "unitId", unit, "appraiserPositionId", unit + ":head", "effectiveFrom", "2024-01-02")));
            placed.add(nip);
            ok(api.post("/api/v1/employees/" + nip + "/predikat", admin, Map.of("year", TODAY.getYear() - 1,
                    "predikat", "BAIK")));
            return nip;
        }

        private String employee(String rank, String education, List<String> competencies, boolean converted) {
            int n = PEOPLE.incrementAndGet();
            LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(n * 3L);
            String nip = String.format("%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(),
                    birth.getDayOfMonth(), birth.getYear() + 25, 1 + n % 12, 1 + n % 2, 1 + n % 997);
            ok(api.post("/api/v1/employees", admin, Map.of("nip", nip, "fullName", "Pegawai " + n,
                    "employmentType", "PNS", "rank", rank, "education", education, "competencies", competencies,
                    "convertedFromAdministrative", converted)));
            nips.add(nip);
            return nip;
        }

        private void appoint(String nip, String positionId) {
            ok(api.post("/api/v1/employees/" + nip + "/appointments", admin, Map.of("positionId", positionId,
                    "effectiveFrom", "2024-01-02", "decreeNumber", "821/" + nip)));
        }

        /** team-service's replicas know the binding, every employee and every unit head. */
        void awaitTeamService() {
            AgencyProfiles profiles = sut.system().context("team").getBean(AgencyProfiles.class);
            OrgDirectory org = sut.system().context("team").getBean(OrgDirectory.class);
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() ->
                    profiles.find(agency, TODAY).isPresent()
                            && nips.stream().allMatch(nip -> org.employee(nip).flatMap(e -> e.positionKind())
                            .isPresent() && org.employee(nip).get().lastPredikat().isPresent()
                            || heads.stream().anyMatch(h -> h[1].equals(nip)))
                            && heads.stream().allMatch(h -> org.headOf(h[0], TODAY).map(h[1]::equals).orElse(false))
                            && placed.stream().allMatch(nip -> org.appraiserOf(nip, TODAY).isPresent()));
        }

        String token(String nip, String... roles) {
            return api.devToken(nip, agency, roles);
        }
    }

    /** Repeats a call while another service's replica does not know a fact yet (409 fact-not-yet-known). */
    private static ApiClient.Response retried(java.util.function.Supplier<ApiClient.Response> call) {
        ApiClient.Response[] last = new ApiClient.Response[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            last[0] = call.get();
            return !(last[0].status() == 409 && last[0].body().contains("fact-not-yet-known"));
        });
        return last[0];
    }

    private static ApiClient.Response ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
        return response;
    }

    private static void status(ApiClient.Response response, int status, String... texts) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains(texts);
    }

    private JsonNode awaitJson(String path, String token, Predicate<JsonNode> condition) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            ApiClient.Response response = api.get(path, token);
            last[0] = response.json();
            return response.status() == 200 && condition.test(response.json());
        });
        return last[0];
    }

    private Map<String, Object> proposal(String unit, String scope) {
        Map<String, Object> body = new HashMap<>();
        body.put("owningUnitId", unit);
        body.put("name", "Tim " + unit);
        body.put("purpose", "Percepatan program prioritas");
        body.put("targets", List.of("Capaian program 100%"));
        body.put("competencies", List.of("perencanaan"));
        body.put("periodFrom", TODAY.minusDays(5).toString());
        body.put("periodUntil", TODAY.plusDays(300).toString());
        body.put("scope", scope);
        body.put("plannedSize", 4);
        return body;
    }

    /** A decree dated today: on or after the proposal and verification it rests on (12.12). */
    private Map<String, Object> decree(List<String> members) {
        return Map.of("decreeNumber", "800/" + UUID.randomUUID().toString().substring(0, 4), "decreeDate",
                TODAY.toString(), "tasks", List.of("Menyusun rencana aksi"),
                "targets", List.of("Capaian program 100%"),
                "members", members.stream().map(nip -> Map.of("nip", nip, "duty", "analis perencanaan")).toList());
    }

    @Test
    @DisplayName("ASG-03 M4 through the gateway: once team-service established a Bidang's team (team.TeamEstablished on Kafka), another Bidang's TEAM order naming it is refused (422) and the owning Bidang's order is issued")
    void teamOrderNamesOwnTeam() {
        City city = new City("bks-m4", "bekasi-2023");
        String dinas = city.department("dinsos", "DINAS");
        city.head(dinas, "JPT_PRATAMA");
        String owning = city.unit(dinas, "rehsos");
        String kabid = city.head(owning, "ADMINISTRATOR");
        String other = city.unit(dinas, "linjamsos");
        String otherKabid = city.head(other, "ADMINISTRATOR");
        String member = city.functional(owning, "AHLI_MUDA", "III_C", false);
        String stranger = city.functional(other, "AHLI_MUDA", "III_C", false);
        city.awaitTeamService(); // functional() placed both under their unit's head (ORG-04)
        String teamId = ok(api.post("/api/v1/teams", city.token(kabid), proposal(owning, "WITHIN_UNIT")))
                .json().get("teamId").asText();
        ok(api.post("/api/v1/teams/" + teamId + "/decree", city.token(kabid), decree(List.of(member))));

        Map<String, Object> terms = Map.of("purpose", "Percepatan program prioritas", "targets",
                List.of("Capaian program 100%"), "otherArrangements", "Dilaporkan tiap bulan", "nature",
                "INCIDENTAL", "planning", "UNPLANNED", "validFrom", TODAY.toString(), "validUntil",
                TODAY.plusMonths(6).toString());
        status(postOnceKnown("/api/v1/assignment-orders", city.token(otherKabid), Map.of("owningUnitId", other,
                "form", "TEAM", "teamId", teamId, "assigneeNips", List.of(stranger), "terms", terms)), 422, "ASG-03",
                teamId, owning);
        ok(postOnceKnown("/api/v1/assignment-orders", city.token(kabid), Map.of("owningUnitId", owning, "form", "TEAM",
                "teamId", teamId, "assigneeNips", List.of(member), "terms", terms)));
    }

    /** The answer once the service's replicas know the facts (Kafka): retried only while 409 fact-not-yet-known. */
    private ApiClient.Response postOnceKnown(String path, String token, Object body) {
        ApiClient.Response[] last = new ApiClient.Response[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            last[0] = api.post(path, token, body);
            return last[0].status() != 409;
        });
        return last[0];
    }

    @Test
    @DisplayName("TEAM-04 TEAM-07 TEAM-10 TEAM-12 RPT-02 RPT-03 PERF-05 a Bandung team from proposal through verification, decree, lead, members, reports and dissolution")
    void bandungTeamLife() {
        City city = new City("bdg-team", "bandung-2023");
        String dinkes = city.department("dinkes", "DINAS");
        String kadis = city.head(dinkes, "JPT_PRATAMA");
        String yankes = city.unit(dinkes, "yankes");
        String kabid = city.head(yankes, "ADMINISTRATOR");
        String lead = city.functional(yankes, "AHLI_MUDA", "III_C", false);
        String member = city.functional(yankes, "AHLI_PERTAMA", "III_A", false);
        city.awaitTeamService();

        String teamId = ok(api.post("/api/v1/teams", city.token(kabid), proposal(yankes, "WITHIN_UNIT")))
                .json().get("teamId").asText();
        status(api.post("/api/v1/teams/" + teamId + "/decree", city.token(kadis), decree(List.of(lead, member))),
                422, "TEAM-04");
        awaitJson("/api/v1/teams/pending-verifications", city.token("tv", "VERIFICATION_BOARD"),
                j -> j.toString().contains(teamId));
        status(api.post("/api/v1/teams/" + teamId + "/verification", city.token(kabid), Map.of("recommended", true)),
                403, "Tim Verifikasi");
        ok(api.post("/api/v1/teams/" + teamId + "/verification", city.token("tv", "VERIFICATION_BOARD"),
                Map.of("recommended", true)));
        status(api.post("/api/v1/teams/" + teamId + "/decree", city.token(kabid), decree(List.of(lead, member))),
                403, "TEAM-07", "Kepala Perangkat Daerah");
        ok(api.post("/api/v1/teams/" + teamId + "/decree", city.token(kadis), decree(List.of(lead, member))));
        ok(api.post("/api/v1/teams/" + teamId + "/lead", city.token(kabid), Map.of("nip", lead,
                "experienceInField", true)));
        ok(api.post("/api/v1/teams/" + teamId + "/members", city.token(kabid), Map.of("nip", member,
                "assignmentId", "asg-" + member, "orderNumber", "ST/1")));
        JsonNode roster = awaitJson("/api/v1/teams/" + teamId + "/roster", city.token(kabid), j -> j.size() == 2);
        assertThat(roster.toString()).contains(lead, "KETUA", member, "ANGGOTA", "analis perencanaan");

        // RPT-02: member -> lead; lead -> unit head and head of department
        ok(api.post("/api/v1/teams/" + teamId + "/reports", city.token(member), Map.of("summary", "Data terkumpul")));
        ok(api.post("/api/v1/teams/" + teamId + "/reports", city.token(lead), Map.of("summary", "Laporan bulanan")));
        JsonNode reports = awaitJson("/api/v1/teams/" + teamId + "/reports", city.token(kabid), j -> j.size() == 2);
        assertThat(reports.toString()).contains("\"recipientNips\":[\"" + lead + "\"]",
                "\"recipientNips\":[\"" + kabid + "\",\"" + kadis + "\"]");
        // RPT-03: the unit head requests a report at any time; open until answered
        String requestId = ok(api.post("/api/v1/teams/" + teamId + "/report-requests", city.token(kabid),
                Map.of("fromNip", member, "subject", "Kendala lapangan"))).json().get("id").asText();
        awaitJson("/api/v1/report-requests?fromNip=" + member, city.token(member),
                j -> j.toString().contains(requestId));
        ok(api.post("/api/v1/teams/" + teamId + "/reports", city.token(member), Map.of("summary", "Kendala: akses",
                "answersRequestId", requestId)));
        awaitJson("/api/v1/report-requests?fromNip=" + member, city.token(member), j -> j.isEmpty());
        ok(api.post("/api/v1/teams/" + teamId + "/member-performance-reports", city.token(lead), Map.of(
                "memberNip", member, "assessment", "Sesuai ekspektasi", "achievedTargets", List.of("Data 100%"))));
        // PERF-05: the lead's report reaches the member's SKP in performance-service as input from the lead (Kafka)
        JsonNode plan = awaitJson("/api/v1/employees/" + member + "/performance/" + TODAY.getYear() + "/plan",
                city.token(kabid), j -> j.path("feedback").toString().contains("Sesuai ekspektasi"));
        assertThat(plan.path("feedback").toString()).contains("\"giverNip\":\"" + lead + "\"",
                "\"giverRole\":\"TEAM_LEAD\"", "\"workRoleId\":\"" + teamId + "\"", "Data 100%");

        // TEAM-12: dissolution by the owning unit head ends every membership
        LocalDate end = TODAY.plusDays(1);
        ok(api.post("/api/v1/teams/" + teamId + "/dissolution", city.token(kabid), Map.of("effectiveOn",
                end.toString(), "reason", "Program selesai lebih cepat", "decreeNumber", "800/99")));
        awaitJson("/api/v1/teams/" + teamId, city.token(kabid), j -> "DISSOLVED".equals(j.path("status").asText()));
        assertThat(api.get("/api/v1/teams/" + teamId + "/roster?on=" + end, city.token(kabid)).json()).isEmpty();
        assertThat(api.get("/api/v1/employees/" + member + "/teams?on=" + TODAY, city.token(member)).body())
                .contains(teamId);
    }

    @Test
    @DisplayName("TEAM-06 TEAM-09 Serang: a coordinator in the investment department, refused in another department")
    void serangCoordinator() {
        City city = new City("srg-team", "serang-2023");
        String dpmptsp = city.department("dpmptsp", "DINAS");
        city.head(dpmptsp, "JPT_PRATAMA");
        String penanaman = city.unit(dpmptsp, "penanaman");
        String kabid = city.head(penanaman, "ADMINISTRATOR");
        String coordinator = city.functional(penanaman, "AHLI_MUDA", "III_D", false);
        String dinkes = city.department("dinkes", "DINAS");
        city.head(dinkes, "JPT_PRATAMA");
        String yankes = city.unit(dinkes, "yankes");
        String kabidYankes = city.head(yankes, "ADMINISTRATOR");
        String other = city.functional(yankes, "AHLI_MUDA", "III_D", false);
        city.awaitTeamService();
        ok(api.put("/api/v1/team/department-affairs/" + dpmptsp, city.admin, Map.of("affairs",
                List.of("PENANAMAN_MODAL"), "legalBasis", "Perda SOTK")));

        String investmentTeam = ok(api.post("/api/v1/teams", city.token(kabid), proposal(penanaman, "WITHIN_UNIT")))
                .json().get("teamId").asText();
        ok(api.post("/api/v1/teams/" + investmentTeam + "/decree", city.token(kabid), decree(List.of(coordinator))));
        String healthTeam = ok(api.post("/api/v1/teams", city.token(kabidYankes), proposal(yankes, "WITHIN_UNIT")))
                .json().get("teamId").asText();
        ok(api.post("/api/v1/teams/" + healthTeam + "/decree", city.token(kabidYankes), decree(List.of(other))));

        Map<String, Object> appointment = Map.of("nip", coordinator, "experienceInField", true);
        status(api.post("/api/v1/teams/" + investmentTeam + "/coordinator", city.token(kabid), appointment), 403,
                "TEAM-06");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> api.post(
                "/api/v1/teams/" + investmentTeam + "/coordinator", city.token("ppk", "STAFFING_AUTHORITY"),
                appointment).status() == 200); // the department's affairs reach the read model first
        status(api.post("/api/v1/teams/" + healthTeam + "/coordinator", city.token("ppk", "STAFFING_AUTHORITY"),
                Map.of("nip", other, "experienceInField", true)), 422, "TEAM-06", "PENANAMAN_MODAL");
        JsonNode allowances = awaitJson("/api/v1/team/allowances?nip=" + coordinator,
                city.token("payroll", "PAYROLL_CLIENT"), j -> j.size() == 1);
        assertThat(allowances.toString()).contains("KOORDINATOR", "serang-2023", "TEAM-09");
    }

    @Test
    @DisplayName("TEAM-03 Bekasi: a lead who is no JF hasil penyetaraan is refused while an eligible one is on the team, even with a justification; the JF hasil penyetaraan leads (BKS23 Pasal 9(4)-(5))")
    void bekasiLeadPriority() {
        City city = new City("bks-team", "bekasi-2023");
        String bapperida = city.department("bapperida", "BADAN");
        city.head(bapperida, "JPT_PRATAMA");
        String bidang = city.unit(bapperida, "ekonomi");
        String kabid = city.head(bidang, "ADMINISTRATOR");
        String converted = city.functional(bidang, "AHLI_MUDA", "III_C", true);
        String other = city.functional(bidang, "AHLI_MUDA", "III_C", false);
        city.awaitTeamService();

        String teamId = ok(api.post("/api/v1/teams", city.token(kabid), proposal(bidang, "WITHIN_UNIT")))
                .json().get("teamId").asText();
        ok(api.post("/api/v1/teams/" + teamId + "/decree", city.token(kabid), decree(List.of(converted, other))));
        status(api.post("/api/v1/teams/" + teamId + "/lead", city.token(kabid), Map.of("nip", other,
                "experienceInField", true)), 422, "TEAM-03", converted);
        status(api.post("/api/v1/teams/" + teamId + "/lead", city.token(kabid), Map.of("nip", other,
                "experienceInField", true, "justification", "JF hasil penyetaraan sedang tugas belajar")), 422,
                "TEAM-03", converted);
        ok(api.post("/api/v1/teams/" + teamId + "/lead", city.token(kabid), Map.of("nip", converted,
                "experienceInField", true)));
        JsonNode team = awaitJson("/api/v1/teams/" + teamId, city.token(kabid),
                j -> converted.equals(j.path("leadNip").asText()));
        assertThat(team.path("lastDecision").toString()).contains("bekasi-2023", "TEAM-03", "TEAM-05");
    }

    @Test
    @DisplayName("TEAM-12 PERF-08 a member joins through a TEAM assignment order (role on the SKP) and the team's dissolution ends that assignment and the role")
    void dissolutionEndsTeamAssignments() {
        City city = new City("bks-team12", "bekasi-2023");
        String dinas = city.department("dinsos", "DINAS");
        city.head(dinas, "JPT_PRATAMA");
        String bidang = city.unit(dinas, "rehsos");
        String kabid = city.head(bidang, "ADMINISTRATOR");
        // ORG-04: the member is placed in the unit under its head (bekasi-2021 ORG-11: ahli muda under an Administrator)
        String member = city.functional(bidang, "AHLI_MUDA", "III_C", false);
        city.awaitTeamService();

        String teamId = ok(api.post("/api/v1/teams", city.token(kabid), proposal(bidang, "WITHIN_UNIT")))
                .json().get("teamId").asText();
        ok(api.post("/api/v1/teams/" + teamId + "/decree", city.token(kabid), decree(List.of(member))));

        // ASG-03: the unit head assigns the member to the team by a numbered order (assignment-service)
        Map<String, Object> order = Map.of("owningUnitId", bidang, "form", "TEAM", "teamId", teamId,
                "assigneeNips", List.of(member), "terms", Map.of("purpose", "Percepatan program prioritas",
                        "competencies", List.of("perencanaan"), "targets", List.of("Capaian program 100%"),
                        "otherArrangements", "Dilaporkan tiap bulan", "nature", "INCIDENTAL", "planning",
                        "UNPLANNED", "validFrom", TODAY.toString(), "validUntil", TODAY.plusMonths(6).toString()));
        String[] number = new String[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            // retried (only while refused, so never issued twice) until assignment-service's replica knows the unit
            ApiClient.Response issued = api.post("/api/v1/assignment-orders", city.token(kabid), order);
            number[0] = issued.status() == 200 || issued.status() == 201 ? issued.json().path("result").asText() : null;
            return number[0] != null;
        });
        String tomorrow = TODAY.plusDays(1).toString();
        String assignments = "/api/v1/employees/" + member + "/assignments?asOf=" + tomorrow;
        awaitJson(assignments, city.token(member), j -> j.path("assignments").toString().contains(number[0]));
        // PERF-08: performance-service records the role on the member's SKP where the work is done (Kafka)
        String plan = "/api/v1/employees/" + member + "/performance/" + TODAY.getYear() + "/plan";
        awaitJson(plan, city.token(member), j -> roleOf(j, number[0]) != null);
        assertThat(roleOf(api.get(plan, city.token(member)).json(), number[0]).path("unitId").asText())
                .isEqualTo(bidang);
        // team-service learns the membership from the order (Kafka)
        awaitJson("/api/v1/teams/" + teamId + "/roster", city.token(kabid), j -> j.toString().contains(member)
                && j.toString().contains(number[0]));

        ok(api.post("/api/v1/teams/" + teamId + "/dissolution", city.token(kabid), Map.of("effectiveOn",
                tomorrow, "reason", "Program selesai lebih cepat", "decreeNumber", "800/12")));
        // TEAM-12: from the dissolution day the assignment is no longer in force; before it, it still is
        awaitJson(assignments, city.token(member), j -> !j.path("assignments").toString().contains(number[0]));
        assertThat(api.get("/api/v1/employees/" + member + "/assignments?asOf=" + TODAY, city.token(member)).body())
                .contains(number[0]);
        // ... and the SKP's role ends the day before
        awaitJson(plan, city.token(member), j -> TODAY.toString().equals(roleOf(j, number[0]).path("until").asText()));
    }

    @Test
    @DisplayName("TEAM-07 ASG-02 ASG-08 Cilegon: a member from another perangkat daerah joins a lintas Unit Organisasi team through an involvement request and its TEAM order; an order of another unit adds nobody (CLG23 Pasal 1(14), 9(1); M4)")
    void crossDepartmentTeamFedByAssignments() {
        City city = new City("clg-team", "cilegon-2023", 2);
        String dinkes = city.department("dinkes", "DINAS");
        city.head(dinkes, "JPT_PRATAMA");
        String yankes = city.unit(dinkes, "yankes");
        String kabid = city.head(yankes, "ADMINISTRATOR");
        String lead = city.functional(yankes, "AHLI_MUDA", "III_C", false);
        String bappeda = city.department("bappeda", "BADAN");
        String kaban = city.head(bappeda, "JPT_PRATAMA");
        String bidang = city.unit(bappeda, "ekonomi");
        String kabidBappeda = city.head(bidang, "ADMINISTRATOR");
        String planner = city.functional(bidang, "AHLI_MUDA", "III_C", false);
        String colleague = city.functional(bidang, "AHLI_MUDA", "III_C", false);
        city.awaitTeamService();

        // TEAM-07: the members come from two perangkat daerah; in Cilegon the owning unit head decrees that team too
        String teamId = ok(api.post("/api/v1/teams", city.token(kabid), proposal(yankes, "WITHIN_UNIT")))
                .json().get("teamId").asText();
        status(api.post("/api/v1/teams/" + teamId + "/decree", city.token(kaban), decree(List.of(lead, planner))),
                403, "TEAM-07", "Pasal 9(1)");
        ok(api.post("/api/v1/teams/" + teamId + "/decree", city.token(kabid), decree(List.of(lead, planner))));
        awaitJson("/api/v1/teams/" + teamId, city.token(kabid), j -> "CROSS_DEPARTMENT".equals(j.path("scope")
                .asText()));

        // ASG-08: the owning unit head asks the appraiser where the planner sits; ASG-05: that appraiser issues
        Map<String, Object> request = new HashMap<>();
        request.put("owningUnitId", yankes);
        request.put("targetUnitId", bidang);
        request.put("form", "TEAM");
        request.put("teamId", teamId);
        request.put("requestedNips", List.of(planner));
        request.put("terms", Map.of("purpose", "Percepatan program prioritas", "competencies", List.of("perencanaan"),
                "targets", List.of("Capaian program 100%"), "otherArrangements", "Dilaporkan tiap bulan",
                "nature", "INCIDENTAL", "planning", "UNPLANNED", "validFrom", TODAY.toString(),
                "validUntil", TODAY.plusMonths(6).toString()));
        String requestId = ok(retried(() -> api.post("/api/v1/involvement-requests", city.token(kabid), request)))
                .json().path("requestId").asText();
        String orderId = ok(retried(() -> api.post("/api/v1/involvement-requests/" + requestId + "/approval",
                city.token(kabidBappeda), Map.of("nominatedNips", List.of(planner))))).json().path("result").asText();
        String number = ok(retried(() -> api.post("/api/v1/assignment-orders/" + orderId + "/issue",
                city.token(kabidBappeda), Map.of()))).json().path("result").asText();
        JsonNode roster = awaitJson("/api/v1/teams/" + teamId + "/roster", city.token(kabid),
                j -> j.toString().contains(planner) && j.toString().contains(number));
        assertThat(roster.toString()).contains("\"homeUnitId\":\"" + bidang + "\"");

        // M4: an order of another unit naming the team adds nobody, whichever service refuses it first
        Map<String, Object> foreign = Map.of("owningUnitId", bidang, "form", "TEAM", "teamId", teamId,
                "assigneeNips", List.of(colleague), "terms", request.get("terms"));
        ApiClient.Response intrusion = retried(() -> api.post("/api/v1/assignment-orders", city.token(kabidBappeda),
                foreign));
        if (intrusion.status() == 200 || intrusion.status() == 201) {
            JsonNode refused = awaitJson("/api/v1/teams/" + teamId + "/refused-memberships", city.token(kabid),
                    j -> j.toString().contains(colleague));
            assertThat(refused.toString()).contains("TEAM-08", bidang);
        } else {
            assertThat(intrusion.status()).as(intrusion.body()).isEqualTo(422);
        }
        assertThat(api.get("/api/v1/teams/" + teamId + "/roster", city.token(kabid)).body()).doesNotContain(colleague);
    }

    private static JsonNode roleOf(JsonNode plan, String orderNumber) {
        for (JsonNode role : plan.path("roles")) {
            if (orderNumber.equals(role.path("basisReference").asText())) {
                return role;
            }
        }
        return null;
    }
}
