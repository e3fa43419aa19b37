package id.sistemkerja.deploy.demo;

import id.sistemkerja.deploy.ApiClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * Demo data for the local run, loaded through the gateway like any client would: the four cities of the seeds with
 * realistic synthetic employees (valid NIPs). Loading is idempotent: a record that exists already (409) is skipped,
 * so every start may load it again.
 */
public final class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** An agency of the demo. */
    record DemoAgency(String id, String name, String shortName, String adminNip) {
    }

    static final List<DemoAgency> AGENCIES = List.of(
            new DemoAgency("kota-bandung", "Pemerintah Kota Bandung", "Pemkot Bandung", "197801012005011001"),
            new DemoAgency("kota-bekasi", "Pemerintah Kota Bekasi", "Pemkot Bekasi", "197902022006041002"),
            new DemoAgency("kota-serang", "Pemerintah Kota Serang", "Pemkot Serang", "198003032007012003"),
            new DemoAgency("kota-cilegon", "Pemerintah Kota Cilegon", "Pemkot Cilegon", "198104042008022004"));

    /** Regulation profile of each demo agency, in force from the regulation's promulgation (see docs/profiles.md). */
    static final Map<String, Map<String, Object>> PROFILE_BINDINGS = Map.of(
            "kota-bandung", Map.of("profileId", "bandung-2023", "profileVersion", 1, "effectiveFrom", "2023-02-16",
                    "legalBasis", "Perwal Bandung 6/2023"),
            "kota-bekasi", Map.of("profileId", "bekasi-2023", "profileVersion", 1, "effectiveFrom", "2023-07-06",
                    "legalBasis", "Perwal Bekasi 37/2023 and Perwal Bekasi 31/2021"),
            "kota-serang", Map.of("profileId", "serang-2023", "profileVersion", 1, "effectiveFrom", "2023-05-04",
                    "legalBasis", "Perwal Serang 23/2023"),
            "kota-cilegon", Map.of("profileId", "cilegon-2023", "profileVersion", 1, "effectiveFrom", "2023-06-05",
                    "legalBasis", "Perwal Cilegon 17/2023"));

    private final ApiClient api;

    public DemoData(String gatewayUrl) {
        this.api = new ApiClient(gatewayUrl);
    }

    public void load() {
        int created = 0;
        for (DemoAgency agency : AGENCIES) {
            String token = api.devToken(agency.adminNip(), agency.id(), "AGENCY_ADMIN");
            created += create("/api/v1/agencies/" + agency.id(), "/api/v1/agencies", token,
                    Map.of("agencyId", agency.id(), "name", agency.name(), "shortName", agency.shortName()));
            for (Map<String, Object> employee : DemoEmployees.of(agency.id())) {
                created += create("/api/v1/employees/" + employee.get("nip"), "/api/v1/employees", token, employee);
            }
            created += bindProfile(agency.id(), token);
        }
        log.info("Demo data loaded ({} new records)", created);
    }

    /** Binds the agency to its regulation profile unless it has a binding already. */
    private int bindProfile(String agencyId, String token) {
        String path = "/api/v1/agencies/" + agencyId + "/profile-bindings";
        ApiClient.Response existing = api.get(path, token);
        if (existing.status() == 200 && existing.json() != null && !existing.json().isEmpty()) {
            return 0;
        }
        ApiClient.Response response = api.post(path, token, PROFILE_BINDINGS.get(agencyId));
        if (response.ok()) {
            return 1;
        }
        if (response.status() == 409) {
            return 0; // bound by an earlier start (projection not caught up yet)
        }
        throw new IllegalStateException("Demo data: POST " + path + " failed with " + response.status() + " "
                + response.body());
    }

    /** Creates the record unless {@code existing} already answers 200. */
    private int create(String existing, String path, String token, Map<String, Object> body) {
        if (api.get(existing, token).status() == 200) {
            return 0;
        }
        ApiClient.Response response = api.post(path, token, body);
        if (response.ok()) {
            return 1;
        }
        if (response.status() == 409) {
            return 0; // loaded by an earlier start
        }
        throw new IllegalStateException("Demo data: POST " + path + " " + body + " failed with " + response.status()
                + " " + response.body());
    }
}
