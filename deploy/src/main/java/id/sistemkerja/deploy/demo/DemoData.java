package id.sistemkerja.deploy.demo;

import id.sistemkerja.deploy.ApiClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Demo data for the local run, loaded through the gateway like any client would ({@link DemoAgencies}: Kota Bandung,
 * Bekasi, Serang and Cilegon with structure, job maps, employees with valid NIPs, appointments, placements). Loading
 * is idempotent: every request carries a stable {@code Idempotency-Key}, an existing record (409) counts as loaded, and
 * an agency whose last employee is already placed is skipped, so every start may load it again.
 */
public final class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ApiClient api;

    public DemoData(String gatewayUrl) {
        this.api = new ApiClient(gatewayUrl);
    }

    public void load() {
        int created = 0;
        for (OrgPlan plan : DemoAgencies.all()) {
            if (loaded(plan)) {
                continue;
            }
            created += new OrgPlanLoader(api, 4).load(plan).created();
        }
        log.info("Demo data loaded ({} new records)", created);
    }

    /** The plan's last employee answers with a placement: an earlier start loaded everything before it. */
    private boolean loaded(OrgPlan plan) {
        List<String> nips = plan.employeeNips();
        String token = api.devToken(plan.adminNip(), plan.agencyId(), "AGENCY_ADMIN");
        ApiClient.Response last = api.get("/api/v1/employees/" + nips.get(nips.size() - 1) + "?asOf="
                + DemoAgencies.TMT, token);
        return last.status() == 200 && last.json() != null && last.json().hasNonNull("placement");
    }
}
