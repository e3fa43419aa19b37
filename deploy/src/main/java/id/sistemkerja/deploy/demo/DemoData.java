package id.sistemkerja.deploy.demo;

import id.sistemkerja.deploy.ApiClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Demo data for the local run, loaded through the gateway like any client would ({@link DemoAgencies}: Kota Bandung,
 * Bekasi, Serang and Cilegon with structure, job maps, employees with valid NIPs, appointments, placements), each
 * agency bound to its regulation profile. Loading resumes after any interruption (Ctrl-C, {@code kill -9}, a crash):
 * every request carries a stable {@code Idempotency-Key} and is sent until it has an answer ({@link OrgPlanLoader}: a
 * request still in progress or briefly failing is retried, never counted as loaded), and an agency counts as loaded
 * only once its profile binding — the last step of its plan — exists.
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
                created += bindProfile(plan);
            }
        }
        log.info("Demo data loaded ({} new records)", created);
        new DemoActs(api).load(); // records of the other services (assignment, team, performance)
    }

    /**
     * The agency is bound to its profile: the binding is made after every other step of its plan succeeded, so an
     * interrupted load (whatever step it reached, in whatever order parallel steps finished) is never taken for a
     * complete one. An agency without a demo binding is always loaded again (every step is idempotent).
     */
    private boolean loaded(OrgPlan plan) {
        if (!PROFILE_BINDINGS.containsKey(plan.agencyId())) {
            return false;
        }
        String token = api.devToken(plan.adminNip(), plan.agencyId(), "AGENCY_ADMIN");
        ApiClient.Response existing = api.get("/api/v1/agencies/" + plan.agencyId() + "/profile-bindings", token);
        return existing.status() == 200 && existing.json() != null && !existing.json().isEmpty();
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
        ApiClient.Response response = api.post(path, token, binding,
                plan.agencyId() + ":demo:binding:" + binding.get("profileId") + ":" + binding.get("profileVersion"));
        for (int attempt = 0; response.retryable() && attempt < 120; attempt++) {
            sleep(500);
            response = api.post(path, token, binding,
                    plan.agencyId() + ":demo:binding:" + binding.get("profileId") + ":" + binding.get("profileVersion"));
        }
        if (response.ok()) {
            return "true".equals(response.header("Idempotent-Replayed")) ? 0 : 1;
        }
        if (response.exists()) {
            return 0; // bound by an earlier start (projection not caught up yet)
        }
        throw new IllegalStateException("Demo data: POST " + path + " failed with " + response.status() + " "
                + response.body());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
