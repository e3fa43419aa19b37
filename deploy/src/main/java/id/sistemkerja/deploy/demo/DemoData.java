package id.sistemkerja.deploy.demo;

import id.sistemkerja.deploy.ApiClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * Demo data for the local run, loaded through the gateway like any client would ({@link DemoAgencies}: Kota Bandung,
 * Bekasi, Serang and Cilegon with structure, job maps, employees with valid NIPs, appointments, placements), each
 * agency bound to its regulation profile. Loading is idempotent: every request carries a stable
 * {@code Idempotency-Key}, an existing record (409) counts as loaded, and an agency whose last employee is already
 * placed is skipped, so every start may load it again.
 */
public final class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /**
     * Regulation profile of each demo agency: version 2 (the December 2026 reading), from the day the regulation is in
     * force (REG-01; Bandung from 1 April 2023, Pasal 23, although promulgated on 16 February; see docs/profiles.md).
     */
    static final Map<String, Map<String, Object>> PROFILE_BINDINGS = Map.of(
            "kota-bandung", Map.of("profileId", "bandung-2023", "profileVersion", 2, "effectiveFrom", "2023-04-01",
                    "legalBasis", "Perwal Bandung 6/2023"),
            "kota-bekasi", Map.of("profileId", "bekasi-2023", "profileVersion", 2, "effectiveFrom", "2023-07-06",
                    "legalBasis", "Perwal Bekasi 37/2023 and Perwal Bekasi 31/2021"),
            "kota-serang", Map.of("profileId", "serang-2023", "profileVersion", 2, "effectiveFrom", "2023-05-04",
                    "legalBasis", "Perwal Serang 23/2023"),
            "kota-cilegon", Map.of("profileId", "cilegon-2023", "profileVersion", 2, "effectiveFrom", "2023-06-05",
                    "legalBasis", "Perwal Cilegon 17/2023"));

    private final ApiClient api;

    public DemoData(String gatewayUrl) {
        this.api = new ApiClient(gatewayUrl);
    }

    public void load() {
        int created = 0;
        for (OrgPlan plan : DemoAgencies.all()) {
            if (!loaded(plan)) {
                created += new OrgPlanLoader(api, 4).load(plan).created();
            }
            created += bindProfile(plan);
        }
        log.info("Demo data loaded ({} new records)", created);
        new DemoActs(api).load(); // records of the other services (assignment, team, performance)
    }

    /** The plan's last employee answers with a placement: an earlier start loaded everything before it. */
    private boolean loaded(OrgPlan plan) {
        List<String> nips = plan.employeeNips();
        String token = api.devToken(plan.adminNip(), plan.agencyId(), "AGENCY_ADMIN");
        ApiClient.Response last = api.get("/api/v1/employees/" + nips.get(nips.size() - 1) + "?asOf="
                + DemoAgencies.TMT, token);
        return last.status() == 200 && last.json() != null && last.json().hasNonNull("placement");
    }

    /** Binds the agency to its regulation profile unless it has a binding already. */
    private int bindProfile(OrgPlan plan) {
        Map<String, Object> binding = PROFILE_BINDINGS.get(plan.agencyId());
        if (binding == null) {
            return 0;
        }
        String token = api.devToken(plan.adminNip(), plan.agencyId(), "AGENCY_ADMIN");
        String path = "/api/v1/agencies/" + plan.agencyId() + "/profile-bindings";
        ApiClient.Response existing = api.get(path, token);
        if (existing.status() == 200 && existing.json() != null && !existing.json().isEmpty()) {
            return 0;
        }
        ApiClient.Response response = api.post(path, token, binding);
        if (response.ok()) {
            return 1;
        }
        if (response.status() == 409) {
            return 0; // bound by an earlier start (projection not caught up yet)
        }
        throw new IllegalStateException("Demo data: POST " + path + " failed with " + response.status() + " "
                + response.body());
    }
}
