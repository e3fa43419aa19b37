package id.sistemkerja.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemkerja.deploy.ApiClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Records of the other services in Kota Bandung for the local run, made through the gateway by the officials the
 * bandung-2023 profile names: an assignment order within Bidang Aplikasi Informatika (ASG-01), an involvement request
 * from Bidang Pelayanan Kesehatan to UPTD Puskesmas Garuda approved and its order issued by the Kepala Dinas (ASG-08,
 * ASG-05), a work team verified by the Tim Verifikasi, established by decree and given a lead (TEAM-04, TEAM-07,
 * TEAM-05), and the performance agreements of Dinas Kesehatan and its Bidang with one SKP set (PERF-01, PERF-08).
 * <p>
 * Idempotent: an act already visible on the query side is skipped, every POST carries a stable
 * {@code Idempotency-Key} (per year), so a restart creates nothing twice. The services decide on replicas fed by Kafka:
 * a call answered 409 fact-not-yet-known is retried for up to a minute. A demo act that fails is logged and skipped;
 * it never stops the local run.
 */
public final class DemoActs {

    private static final Logger log = LoggerFactory.getLogger(DemoActs.class);
    private static final String AGENCY = "kota-bandung";
    private static final String DINKES = AGENCY + ".dinkes";
    private static final String YANKES = DINKES + ".yankes";
    private static final String GARUDA = DINKES + ".pkm-garuda";
    private static final String APTIKA = AGENCY + ".diskominfo.aptika";
    /** Names of the demo acts, also how the query side recognises them on a later start. */
    static final String WITHIN_UNIT_PURPOSE = "Pengembangan aplikasi layanan perizinan terpadu";
    static final String CROSS_UNIT_PURPOSE = "Verifikasi mutu layanan dalam rangka akreditasi puskesmas";
    static final String TEAM_NAME = "Tim Percepatan Akreditasi Puskesmas";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ApiClient api;
    private final OrgPlan bandung = DemoAgencies.bandung();
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    private final int year = today.getYear();
    private final LocalDate from = today.withDayOfMonth(1);
    private final LocalDate until = LocalDate.of(year, 12, 31);
    private final List<String> done = new ArrayList<>();
    private int created;

    public DemoActs(ApiClient api) {
        this.api = api;
    }

    /** Runs every act; logs a warning naming an act that fails and goes on with the next. */
    public void load() {
        act("assignment order within Bidang Aplikasi Informatika", this::withinUnitOrder);
        act("involvement request Bidang Pelayanan Kesehatan -> UPTD Puskesmas Garuda", this::crossUnitOrder);
        act("work team " + TEAM_NAME, this::team);
        act("performance agreements of Dinas Kesehatan", this::agreements);
        act("SKP " + year + " of Hendi Permana", this::skp);
        log.info("Demo acts loaded in Kota Bandung ({} new records): {}", created, String.join("; ", done));
    }

    private void act(String name, Supplier<String> act) {
        try {
            done.add(act.get());
        } catch (RuntimeException e) {
            log.warn("Demo act '{}' not loaded: {}", name, e.getMessage());
        }
    }

    // ASG-01 ASG-06: the Kepala Bidang assigns an employee of the unit by a numbered order
    private String withinUnitOrder() {
        String kabid = nip("Yusuf Maulana, S.T., M.T.");
        String galih = nip("Galih Permadi, S.Kom.");
        String existing = assignmentNumber(galih, WITHIN_UNIT_PURPOSE);
        if (existing != null) {
            return "order " + existing + " (existing)";
        }
        Map<String, Object> order = Map.of("owningUnitId", APTIKA, "form", "INDIVIDUAL",
                "assigneeNips", List.of(galih), "terms", terms(WITHIN_UNIT_PURPOSE, List.of("jaringan komputer"),
                        "Integrasi aplikasi perizinan dengan layanan data kependudukan"));
        String number = post("/api/v1/assignment-orders", employee(kabid), order, "asg-within-unit")
                .path("result").asText();
        return "order " + number + " (Galih Permadi, Bidang Aplikasi Informatika)";
    }

    // ASG-08: the owning unit head requests, the head of the employee's unit approves naming the employee;
    // ASG-05 (bandung-2023): within a department the Kepala Perangkat Daerah issues the order
    private String crossUnitOrder() {
        String kabidYankes = nip("Rina Marlina, S.E.");
        String kapus = nip("dr. Siti Rahmawati");
        String kadinkes = nip("Drs. Hendra Gunawan, M.Si.");
        String dokter = nip("dr. Rendy Saputra");
        String existing = assignmentNumber(dokter, CROSS_UNIT_PURPOSE);
        if (existing != null) {
            return "order " + existing + " (existing)";
        }
        Map<String, Object> request = new HashMap<>();
        request.put("owningUnitId", YANKES);
        request.put("targetUnitId", GARUDA);
        request.put("form", "INDIVIDUAL");
        request.put("requestedNips", List.of(dokter));
        request.put("terms", terms(CROSS_UNIT_PURPOSE, List.of("kedokteran umum"),
                "Laporan verifikasi mutu layanan per triwulan"));
        String requestId = post("/api/v1/involvement-requests", employee(kabidYankes), request, "asg-request")
                .path("requestId").asText();
        String orderId = post("/api/v1/involvement-requests/" + requestId + "/approval", employee(kapus),
                Map.of("nominatedNips", List.of(dokter), "note", "dr. Rendy Saputra tersedia dua hari per pekan"),
                "asg-request-approval").path("result").asText();
        String number = post("/api/v1/assignment-orders/" + orderId + "/issue", employee(kadinkes), Map.of(),
                "asg-request-issue").path("result").asText();
        return "order " + number + " (dr. Rendy Saputra to Bidang Pelayanan Kesehatan)";
    }

    // TEAM-04 (bandung-2023): proposal verified by the Tim Verifikasi; TEAM-07 decree by the Kepala Perangkat Daerah,
    // dated on the day of the proposal and verification (an act is never dated before the act it rests on); TEAM-05
    // the lead needs last year's predikat, recorded here for the demo employee who leads (until it reaches
    // team-service the appointment answers 409 fact-not-yet-known and is retried)
    private String team() {
        String kabid = nip("Rina Marlina, S.E.");
        String kadinkes = nip("Drs. Hendra Gunawan, M.Si.");
        String lead = nip("Yanti Rohayati, S.K.M.");
        String member = nip("Hendi Permana, S.K.M.");
        JsonNode existing = existingTeam(kabid);
        if (existing != null && existing.hasNonNull("leadNip")) {
            return "team " + existing.path("teamId").asText() + " (existing)";
        }
        String admin = api.devToken(bandung.adminNip(), AGENCY, "AGENCY_ADMIN");
        post("/api/v1/employees/" + lead + "/predikat", admin, Map.of("year", year - 1, "predikat", "BAIK"),
                "predikat:" + lead);
        Map<String, Object> proposal = new HashMap<>();
        proposal.put("owningUnitId", YANKES);
        proposal.put("name", TEAM_NAME);
        proposal.put("purpose", "Mempercepat akreditasi UPTD Puskesmas di Kota Bandung");
        proposal.put("targets", List.of("Seluruh puskesmas binaan terakreditasi paripurna"));
        proposal.put("competencies", List.of("administrasi kesehatan", "mutu pelayanan"));
        proposal.put("periodFrom", from.toString());
        proposal.put("periodUntil", until.toString());
        proposal.put("scope", "WITHIN_UNIT");
        proposal.put("plannedSize", 3);
        String teamId = post("/api/v1/teams", employee(kabid), proposal, "team").path("teamId").asText();
        post("/api/v1/teams/" + teamId + "/verification", api.devToken("tim-verifikasi-" + AGENCY, AGENCY,
                "VERIFICATION_BOARD"), Map.of("recommended", true), "team-verification");
        post("/api/v1/teams/" + teamId + "/decree", employee(kadinkes), Map.of(
                "decreeNumber", "800/" + year + "-Dinkes/TIM-AKR", "decreeDate", today.toString(),
                "tasks", List.of("Menyusun rencana aksi akreditasi", "Mendampingi puskesmas dalam survei akreditasi"),
                "targets", List.of("Seluruh puskesmas binaan terakreditasi paripurna"),
                "members", List.of(Map.of("nip", lead, "duty", "ketua, koordinasi dokumen akreditasi"),
                        Map.of("nip", member, "duty", "pengendalian mutu pelayanan"))), "team-decree");
        post("/api/v1/teams/" + teamId + "/lead", employee(kabid), Map.of("nip", lead, "experienceInField", true),
                "team-lead");
        return "team " + teamId + " (" + TEAM_NAME + ", lead Yanti Rohayati)";
    }

    // PERF-01: Level I sets the Dinas' agreement and divides a target to the Bidang
    private String agreements() {
        String kadinkes = employee(nip("Drs. Hendra Gunawan, M.Si."));
        if (api.get("/api/v1/performance/units/" + YANKES + "/agreements/" + year, kadinkes).status() == 200) {
            return "agreements pk:" + DINKES + ":" + year + ", pk:" + YANKES + ":" + year + " (existing)";
        }
        post("/api/v1/performance/agreements", kadinkes, Map.of("unitId", DINKES, "year", year, "targets", List.of(
                Map.of("description", "Meningkatnya derajat kesehatan masyarakat Kota Bandung"))), "pk-dinkes");
        post("/api/v1/performance/agreements", kadinkes, Map.of("unitId", YANKES, "year", year, "targets", List.of(
                Map.of("description", "Meningkatnya mutu pelayanan kesehatan dasar", "supportsTargetRef",
                        "pk:" + DINKES + ":" + year + "#1"))), "pk-yankes");
        return "agreements pk:" + DINKES + ":" + year + ", pk:" + YANKES + ":" + year;
    }

    // PERF-08: the SKP names the target it supports, is signed by the employee and set by the appraiser
    private String skp() {
        String hendi = nip("Hendi Permana, S.K.M.");
        String me = employee(hendi);
        String path = "/api/v1/employees/" + hendi + "/performance/" + year + "/plan";
        ApiClient.Response plan = api.get(path, me);
        String status = plan.status() == 200 ? plan.json().path("status").asText() : "";
        if (status.equals("SET")) {
            return "SKP " + hendi + "/" + year + " (existing)";
        }
        if (!status.equals("SIGNED")) {
            ApiClient.Response drafted = retried(() -> api.put(path, me, Map.of("targets", List.of(Map.of(
                    "description", "Tersusunnya laporan evaluasi mutu pelayanan puskesmas",
                    "supportsTargetRef", "pk:" + YANKES + ":" + year + "#1")))));
            require(drafted, "PUT " + path);
            post(path + "/signature", me, Map.of(), "skp-signature");
        }
        post(path + "/approval", employee(nip("Rina Marlina, S.E.")), Map.of(), "skp-approval");
        return "SKP " + hendi + "/" + year + " (Hendi Permana, set by the Kepala Bidang)";
    }

    private Map<String, Object> terms(String purpose, List<String> competencies, String target) {
        Map<String, Object> terms = new HashMap<>();
        terms.put("purpose", purpose);
        terms.put("competencies", competencies);
        terms.put("targets", List.of(target));
        terms.put("otherArrangements", "Dilaporkan kepada pimpinan unit setiap bulan");
        terms.put("nature", "INCIDENTAL");
        terms.put("planning", "UNPLANNED");
        terms.put("validFrom", from.toString());
        terms.put("validUntil", until.toString());
        return terms;
    }

    /** The number of the employee's assignment in force today with this purpose, if any. */
    private String assignmentNumber(String nip, String purpose) {
        ApiClient.Response response = api.get("/api/v1/employees/" + nip + "/assignments", employee(nip));
        if (response.status() == 200) {
            for (JsonNode assignment : response.json().path("assignments")) {
                if (purpose.equals(assignment.path("purpose").asText())) {
                    return assignment.path("number").asText();
                }
            }
        }
        return null;
    }

    private JsonNode existingTeam(String unitHead) {
        ApiClient.Response response = api.get("/api/v1/teams?unitId=" + YANKES, employee(unitHead));
        if (response.status() == 200) {
            for (JsonNode team : response.json()) {
                if (TEAM_NAME.equals(team.path("name").asText())) {
                    return team;
                }
            }
        }
        return null;
    }

    /** POST with a stable key; counts what was new (not replayed). */
    private JsonNode post(String path, String token, Object body, String key) {
        ApiClient.Response response = retried(() -> api.post(path, token, body,
                AGENCY + ":demo:" + year + ":" + key));
        require(response, "POST " + path);
        if (!"true".equals(response.header("Idempotent-Replayed"))) {
            created++;
        }
        return response.json();
    }

    /**
     * Repeats a call while the answer says "retry" ({@link ApiClient.Response#retryable}: a fact not yet in the
     * replica, a key still in progress, a rate limit, a service briefly unavailable).
     */
    private ApiClient.Response retried(Supplier<ApiClient.Response> call) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            ApiClient.Response response = call.get();
            if (!response.retryable() || System.nanoTime() > deadline) {
                return response;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void require(ApiClient.Response response, String call) {
        if (!response.ok()) {
            throw new IllegalStateException(call + " answered " + response.status() + " " + response.body());
        }
    }

    private String employee(String nip) {
        return api.devToken(nip, AGENCY, "EMPLOYEE");
    }

    /** The NIP of a demo employee of Kota Bandung by full name ({@link DemoAgencies} derives NIPs). */
    private String nip(String fullName) {
        return bandung.steps().stream().filter(s -> s.phase() == OrgPlan.Phase.EMPLOYEES
                        && fullName.equals(s.body().get("fullName"))).map(s -> (String) s.body().get("nip"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no demo employee " + fullName));
    }
}
