package id.sistemkerja.deploy.faults;

import id.sistemkerja.deploy.ApiClient;
import id.sistemkerja.deploy.demo.Nips;
import id.sistemkerja.deploy.demo.OrgPlan;
import id.sistemkerja.deploy.demo.OrgPlanLoader;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The agency the fault harness and the soak work in, set up through the gateway: one Dinas bound to bandung-2023 with
 * {@code units} Bidang, each with its Kepala Bidang and two staff placed under them, and a Pelaksana position per
 * Bidang that takes every new employee. {@link #item(long)} is the workload: six commands of all four services.
 */
public final class FaultWorld {

    /** One command of the workload: which service, who sends it, what, and its {@code Idempotency-Key}. */
    public record Command(String service, String principal, String path, Map<String, Object> body, String key) {
        public String what() {
            return "POST " + path;
        }
    }

    private final String agency;
    private final String admin;
    private final String ppk;
    private final List<String> units = new ArrayList<>();
    private final List<String> heads = new ArrayList<>();
    private final List<String> headPositions = new ArrayList<>();
    private final List<String> staffPositions = new ArrayList<>();
    private final List<List<String>> staff = new ArrayList<>();
    private final int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
    private final Map<String, String> tokens = new HashMap<>();
    private final OrgPlan plan;

    public FaultWorld(String agency, int unitCount) {
        this.agency = agency;
        this.admin = nip(0, 1);
        this.plan = new OrgPlan(agency, "Pemerintah " + agency, agency.replaceAll("[^a-zA-Z0-9]", "").toUpperCase(),
                admin);
        this.ppk = plan.ppkSubject();
        String dept = plan.department("dinas", "DINAS", "Dinas Uji Ketahanan");
        String kadis = nip(0, 2);
        String kadisPosition = plan.structural(dept, "kadis", "JPT_PRATAMA", "Kepala Dinas", true);
        plan.employee(kadis, "Kepala Dinas Uji", "PNS", "IV_C", "S2", List.of("manajemen"), false);
        plan.appoint(kadis, kadisPosition, "2023-01-02", "SK/KADIS");
        for (int u = 0; u < unitCount; u++) {
            String unit = plan.unit(dept, "b" + u, "BIDANG", "Bidang " + u);
            String head = nip(1 + u, 1);
            String headPosition = plan.structural(unit, "kabid", "ADMINISTRATOR", "Kepala Bidang " + u, true);
            String staffPosition = plan.pelaksana(unit, "staf", "Pengolah Data", 7, 100_000);
            plan.employee(head, "Kepala Bidang " + u, "PNS", "IV_A", "S2", List.of("manajemen"), false);
            plan.appoint(head, headPosition, "2023-01-02", "SK/KABID/" + u);
            List<String> pool = new ArrayList<>();
            for (int s = 0; s < 2; s++) {
                String nip = nip(1 + u, 2 + s);
                plan.employee(nip, "Staf " + u + "-" + s, "PNS", "III_A", "S1", List.of("analisis data"), false);
                plan.appoint(nip, staffPosition, "2023-01-02", "SK/STAF/" + u + "/" + s);
                plan.place(nip, unit, headPosition, "2023-01-02", "SK/P/" + u + "/" + s);
                pool.add(nip);
            }
            units.add(unit);
            heads.add(head);
            headPositions.add(headPosition);
            staffPositions.add(staffPosition);
            staff.add(pool);
        }
    }

    public String agency() {
        return agency;
    }

    /** The staff of the set-up plan (their facts must reach every replica before the load starts). */
    public List<String> setUpEmployees() {
        return plan.employeeNips();
    }

    /** Registers the agency and binds it to bandung-2023 (through the gateway), and remembers the callers' tokens. */
    public void setUp(ApiClient api) {
        new OrgPlanLoader(api, 4, Duration.ofMinutes(5)).load(plan);
        ApiClient.Response binding = api.post("/api/v1/agencies/" + agency + "/profile-bindings", token(api, admin),
                Map.of("profileId", "bandung-2023", "profileVersion", 1, "effectiveFrom", "2023-01-01"),
                agency + ":binding");
        if (!binding.ok() && !binding.exists()) {
            throw new IllegalStateException("Cannot bind " + agency + ": " + binding.status() + " " + binding.body());
        }
        token(api, ppk);
        heads.forEach(h -> token(api, h));
    }

    /** A development token for {@code subject} (fetched once: valid for hours, and the gateway may be down later). */
    public synchronized String token(ApiClient api, String subject) {
        return tokens.computeIfAbsent(subject, s -> s.equals(admin) ? api.devToken(s, agency, "AGENCY_ADMIN")
                : s.equals(ppk) ? api.devToken(s, agency, "STAFFING_AUTHORITY") : api.devToken(s, agency, "EMPLOYEE"));
    }

    /**
     * Work item {@code i}: a new employee registered, appointed and placed (org-service); an assignment order for a
     * staff member (assignment-service), a team proposal (team-service) and feedback on a staff member's SKP
     * (performance-service), each by the Kepala Bidang. Keys are derived from {@code i}, so a run never reuses one.
     */
    public List<Command> item(long i) {
        int u = (int) (i % units.size());
        String unit = units.get(u);
        String head = heads.get(u);
        String member = staff.get(u).get((int) ((i / units.size()) % 2));
        String nip = nip(100 + i / 900, 1 + (int) (i % 900));
        String k = agency + ":w" + i;
        List<Command> commands = new ArrayList<>();
        commands.add(new Command("org", admin, "/api/v1/employees", body("nip", nip, "fullName", "Pegawai Uji " + i,
                "employmentType", "PNS", "rank", "III_A", "education", "S1", "competencies", List.of("analisis data"),
                "convertedFromAdministrative", false), k + ":employee"));
        commands.add(new Command("org", admin, "/api/v1/employees/" + nip + "/appointments", body("positionId",
                staffPositions.get(u), "effectiveFrom", "2024-01-02", "decreeNumber", "SK/UJI/" + i), k + ":appoint"));
        commands.add(new Command("org", ppk, "/api/v1/placements", body("nip", nip, "unitId", unit,
                "appraiserPositionId", headPositions.get(u), "effectiveFrom", "2024-01-02", "decreeNumber",
                "SK/P/UJI/" + i), k + ":place"));
        LocalDate from = LocalDate.of(year, 1, 1);
        Map<String, Object> terms = body("purpose", "Tugas uji ketahanan " + i, "competencies",
                List.of("analisis data"), "targets", List.of("Laporan uji " + i), "otherArrangements",
                "Dilaporkan tiap bulan", "nature", "INCIDENTAL", "planning", "UNPLANNED", "validFrom", from.toString(),
                "validUntil", LocalDate.of(year, 12, 31).toString());
        commands.add(new Command("assignment", head, "/api/v1/assignment-orders", body("owningUnitId", unit, "form",
                "INDIVIDUAL", "assigneeNips", List.of(member), "terms", terms), k + ":order"));
        commands.add(new Command("team", head, "/api/v1/teams", body("owningUnitId", unit, "name", "Tim Uji " + i,
                "purpose", "Uji ketahanan " + i, "targets", List.of("Sasaran uji " + i), "competencies",
                List.of("analisis data"), "periodFrom", from.toString(), "periodUntil",
                LocalDate.of(year, 12, 31).toString(), "scope", "WITHIN_UNIT", "plannedSize", 3), k + ":team"));
        commands.add(new Command("performance", head, "/api/v1/employees/" + member + "/performance/" + year
                + "/feedback", body("kind", "FEEDBACK", "text", "Umpan balik uji " + i), k + ":feedback"));
        return commands;
    }

    private static Map<String, Object> body(Object... keyValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put((String) keyValues[i], keyValues[i + 1]);
        }
        return body;
    }

    /** A valid NIP, distinct for each (group, n): n up to 999. */
    private static String nip(long group, int n) {
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(group);
        return Nips.of(birth, YearMonth.of(birth.getYear() + 25, 1 + (int) (group % 12)), 1 + n % 2, n);
    }
}
