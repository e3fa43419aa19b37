package id.sistemkerja.deploy.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to register for one agency through the org API, in order: the agency, its structure (departments, units, job
 * maps), employees, appointments, placements, delegations and predikat. Built by {@link DemoAgencies} (hand-written demo)
 * and {@link SyntheticAgencyGenerator} (benchmark scale), executed by {@link OrgPlanLoader}. Every step has a stable
 * key, sent as its {@code Idempotency-Key}, so loading a plan twice creates nothing new.
 */
public final class OrgPlan {

    /**
     * Steps of one phase depend only on earlier phases, except {@code UNITS}, whose steps depend on earlier ones (a
     * unit on its parent) and run in order.
     */
    public enum Phase { UNITS, POSITIONS, EMPLOYEES, APPOINTMENTS, PLACEMENTS, DELEGATIONS, PREDIKAT }

    /** Who performs a step: the agency's administrator, or the PPK (Pejabat Pembina Kepegawaian). */
    public enum Acting { ADMIN, PPK }

    public record Step(Phase phase, Acting acting, String path, Map<String, Object> body, String key) {
    }

    private final String agencyId;
    private final String name;
    private final String shortName;
    private final String adminNip;
    private final String ppkSubject;
    private final List<Step> steps = new ArrayList<>();
    private final List<String> employeeNips = new ArrayList<>();

    public OrgPlan(String agencyId, String name, String shortName, String adminNip) {
        this.agencyId = agencyId;
        this.name = name;
        this.shortName = shortName;
        this.adminNip = adminNip;
        this.ppkSubject = "ppk-" + agencyId;
    }

    public String agencyId() {
        return agencyId;
    }

    public String adminNip() {
        return adminNip;
    }

    public String ppkSubject() {
        return ppkSubject;
    }

    public List<Step> steps() {
        return Collections.unmodifiableList(steps);
    }

    public List<String> employeeNips() {
        return Collections.unmodifiableList(employeeNips);
    }

    /** The agency itself (always the first step). */
    Map<String, Object> agencyBody() {
        return body("agencyId", agencyId, "name", name, "shortName", shortName);
    }

    public String department(String code, String kind, String departmentName) {
        add(Phase.UNITS, Acting.ADMIN, "/api/v1/departments", body("code", code, "kind", kind, "name",
                departmentName), "dept:" + code);
        return agencyId + "." + code;
    }

    public String unit(String parentUnitId, String code, String kind, String unitName) {
        String id = parentUnitId + "." + code;
        add(Phase.UNITS, Acting.ADMIN, "/api/v1/units", body("parentUnitId", parentUnitId, "code", code, "kind",
                kind, "name", unitName), "unit:" + id);
        return id;
    }

    /** A structural position (JPT_PRATAMA, ADMINISTRATOR, PENGAWAS). */
    public String structural(String unitId, String code, String kind, String title, boolean head) {
        return position(unitId, body("code", code, "kind", kind, "title", title, "unitHead", head));
    }

    /** A Jabatan Fungsional with its jenjang; {@code head} for the JF who leads an independent unit. */
    public String functional(String unitId, String code, String title, String level, int capacity, boolean head) {
        return position(unitId, body("code", code, "kind", "FUNGSIONAL", "title", title, "functionalLevel", level,
                "capacity", capacity, "unitHead", head));
    }

    /** A Pelaksana with its kelas jabatan. */
    public String pelaksana(String unitId, String code, String title, int jobClass, int capacity) {
        return position(unitId, body("code", code, "kind", "PELAKSANA", "title", title, "jobClass", jobClass,
                "capacity", capacity));
    }

    private String position(String unitId, Map<String, Object> body) {
        String id = unitId + ":" + body.get("code");
        add(Phase.POSITIONS, Acting.ADMIN, "/api/v1/units/" + unitId + "/positions", body, "pos:" + id);
        return id;
    }

    public String employee(String nip, String fullName, String employmentType, String rank, String education,
                           List<String> competencies, boolean convertedFromAdministrative) {
        Map<String, Object> body = body("nip", nip, "fullName", fullName, "employmentType", employmentType,
                "education", education, "competencies", competencies, "convertedFromAdministrative",
                convertedFromAdministrative);
        if (rank != null) {
            body.put("rank", rank);
        }
        add(Phase.EMPLOYEES, Acting.ADMIN, "/api/v1/employees", body, "emp:" + nip);
        employeeNips.add(nip);
        return nip;
    }

    public void appoint(String nip, String positionId, String effectiveFrom, String decreeNumber) {
        add(Phase.APPOINTMENTS, Acting.ADMIN, "/api/v1/employees/" + nip + "/appointments", body("positionId",
                positionId, "effectiveFrom", effectiveFrom, "decreeNumber", decreeNumber),
                "appoint:" + nip + ":" + effectiveFrom);
    }

    public void place(String nip, String unitId, String appraiserPositionId, String effectiveFrom,
                      String decreeNumber) {
        add(Phase.PLACEMENTS, Acting.PPK, "/api/v1/placements", body("nip", nip, "unitId", unitId,
                "appraiserPositionId", appraiserPositionId, "effectiveFrom", effectiveFrom, "decreeNumber",
                decreeNumber), "place:" + nip + ":" + effectiveFrom);
    }

    public void delegate(String delegatorPositionId, String delegateNip, String validFrom, String validUntil,
                         String legalBasis) {
        add(Phase.DELEGATIONS, Acting.PPK, "/api/v1/delegations", body("delegatorPositionId", delegatorPositionId,
                "delegateNip", delegateNip, "validFrom", validFrom, "validUntil", validUntil, "legalBasis",
                legalBasis), "delegate:" + delegatorPositionId + ":" + validFrom);
    }

    public void predikat(String nip, int year, String predikat) {
        add(Phase.PREDIKAT, Acting.ADMIN, "/api/v1/employees/" + nip + "/predikat", body("year", year, "predikat",
                predikat), "predikat:" + nip + ":" + year);
    }

    private void add(Phase phase, Acting acting, String path, Map<String, Object> body, String key) {
        steps.add(new Step(phase, acting, path, body, agencyId + ":" + key));
    }

    private static Map<String, Object> body(Object... keyValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put((String) keyValues[i], keyValues[i + 1]);
        }
        return body;
    }
}
