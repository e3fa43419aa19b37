package id.sistemkerja.team;

import id.sistemkerja.contracts.org.v1.AgencyRegistered;
import id.sistemkerja.contracts.org.v1.AnnualPredikatRecorded;
import id.sistemkerja.contracts.org.v1.DepartmentEstablished;
import id.sistemkerja.contracts.org.v1.EmployeeAppointed;
import id.sistemkerja.contracts.org.v1.EmployeePlaced;
import id.sistemkerja.contracts.org.v1.EmployeeRegistered;
import id.sistemkerja.contracts.org.v1.OrgUnitEstablished;
import id.sistemkerja.contracts.org.v1.PositionEstablished;
import id.sistemkerja.contracts.vocabulary.Education;
import id.sistemkerja.contracts.vocabulary.EmploymentType;
import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.Predikat;
import id.sistemkerja.contracts.vocabulary.Rank;
import id.sistemkerja.contracts.vocabulary.UnitKind;
import id.sistemkerja.platform.kafka.IncomingEvent;
import id.sistemkerja.regulation.replica.OrgReplica;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds org facts of one agency into a replica from contracts org v1 events, exactly as org-service publishes them:
 * departments and units with a head, employees appointed and placed, last year's predikat.
 */
public final class OrgFacts {

    public static final LocalDate SINCE = LocalDate.of(2020, 1, 2);
    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000));

    private final OrgReplica replica;
    public final String agency;

    public OrgFacts(OrgReplica replica, String agency) {
        this.replica = replica;
        this.agency = agency;
        apply(new AgencyRegistered(agency, "Pemerintah " + agency, agency));
    }

    /** A fresh, well-formed NIP (a birth date from a running number, appointed 2010-01, male, random sequence). */
    public static String nip() {
        int n = SEQUENCE.incrementAndGet();
        return String.format("%04d%02d%02d2010011%03d", 1960 + (n / 336) % 40, 1 + (n / 28) % 12, 1 + n % 28,
                ThreadLocalRandom.current().nextInt(1000));
    }

    public String department(String id, UnitKind kind, String headNip) {
        String departmentId = agency + "-" + id;
        apply(new DepartmentEstablished(departmentId, agency, kind, "Dept " + id));
        head(departmentId, departmentId, PositionKind.JPT_PRATAMA, headNip);
        return departmentId;
    }

    public String unit(String id, String departmentId, UnitKind kind, PositionKind headKind, String headNip) {
        String unitId = unitWithoutHead(id, departmentId, kind);
        appointHead(unitId, headKind, headNip);
        return unitId;
    }

    /** A unit whose head position and its holder have not reached the replica yet. */
    public String unitWithoutHead(String id, String departmentId, UnitKind kind) {
        String unitId = agency + "-" + id;
        UnitKind departmentKind = replica.unit(departmentId).orElseThrow().kind();
        apply(new OrgUnitEstablished(unitId, agency, departmentId, departmentKind, departmentId,
                List.of(departmentId), kind, "Unit " + id));
        return unitId;
    }

    /** The unit's head position (established when missing) gets its holder from {@link #SINCE}. */
    public void appointHead(String unitId, PositionKind kind, String nip) {
        var unit = replica.unit(unitId).orElseThrow();
        if (replica.position(headPosition(unitId)).isEmpty()) {
            apply(new PositionEstablished(headPosition(unitId), agency, unitId, unit.departmentId(), kind,
                    "Kepala " + unitId, null, null, 1, true));
        }
        apply(new EmployeeRegistered(nip, agency, "Kepala " + unitId, EmploymentType.PNS, Rank.IV_A, Education.S2,
                List.of(), false));
        apply(new EmployeeAppointed(UUID.randomUUID().toString(), nip, agency, headPosition(unitId), unitId,
                unit.departmentId(), kind, "Kepala " + unitId, null, null, SINCE, "SK/" + nip));
    }

    /** A structural position below the head (e.g. a Pengawas appraising part of the unit) and its holder. */
    public String structural(String unitId, String code, PositionKind kind, String nip) {
        var unit = replica.unit(unitId).orElseThrow();
        String positionId = unitId + "-" + code;
        apply(new PositionEstablished(positionId, agency, unitId, unit.departmentId(), kind, kind + " " + code, null,
                null, 1, false));
        apply(new EmployeeRegistered(nip, agency, kind + " " + code, EmploymentType.PNS, Rank.III_D, Education.S1,
                List.of(), false));
        apply(new EmployeeAppointed(UUID.randomUUID().toString(), nip, agency, positionId, unitId,
                unit.departmentId(), kind, kind + " " + code, null, null, SINCE, "SK/" + nip));
        return positionId;
    }

    /** Records an annual predikat of an employee (org-service's AnnualPredikatRecorded). */
    public void predikat(String nip, int year, Predikat predikat) {
        apply(new AnnualPredikatRecorded(nip, agency, year, predikat, "test"));
    }

    /** Head position id of a unit. */
    public static String headPosition(String unitId) {
        return unitId + "-head";
    }

    private void head(String unitId, String departmentId, PositionKind kind, String nip) {
        appointHead(unitId, kind, nip);
    }

    public Employee employee(String nip) {
        return new Employee(nip);
    }

    /** An employee (JF by default: ahli muda, S1, III/c, predikat BAIK last years) placed in a unit. */
    public final class Employee {
        private final String nip;
        private String unitId;
        private PositionKind kind = PositionKind.FUNGSIONAL;
        private FunctionalLevel level = FunctionalLevel.AHLI_MUDA;
        private Integer jobClass;
        private Education education = Education.S1;
        private Rank rank = Rank.III_C;
        private List<String> competencies = List.of("kesehatan masyarakat");
        private boolean converted;
        private Predikat predikat = Predikat.BAIK;
        private int predikatUntil = 2030;
        private String appraiserPosition;

        private Employee(String nip) {
            this.nip = nip;
        }

        public String nip() {
            return nip;
        }

        public Employee in(String unitId) {
            this.unitId = unitId;
            return this;
        }

        public Employee pelaksana(int jobClass) {
            this.kind = PositionKind.PELAKSANA;
            this.level = null;
            this.jobClass = jobClass;
            return this;
        }

        public Employee kind(PositionKind kind, FunctionalLevel level) {
            this.kind = kind;
            this.level = level;
            return this;
        }

        public Employee education(Education education) {
            this.education = education;
            return this;
        }

        public Employee rank(Rank rank) {
            this.rank = rank;
            return this;
        }

        public Employee competencies(String... competencies) {
            this.competencies = List.of(competencies);
            return this;
        }

        public Employee converted() {
            this.converted = true;
            return this;
        }

        public Employee predikat(Predikat predikat) {
            this.predikat = predikat;
            return this;
        }

        /** Annual predikat recorded for 2020 up to {@code year} only (none when before 2020). */
        public Employee predikatUntil(int year) {
            this.predikatUntil = year;
            return this;
        }

        /** Placed under another appraiser position than the unit's head (e.g. a Pengawas). */
        public Employee appraisedBy(String positionId) {
            this.appraiserPosition = positionId;
            return this;
        }

        public String add() {
            String departmentId = replica.unit(unitId).orElseThrow().departmentId();
            String positionId = unitId + "-pos-" + nip;
            apply(new PositionEstablished(positionId, agency, unitId, departmentId, kind, kind + " " + nip, level,
                    jobClass, 1, false));
            apply(new EmployeeRegistered(nip, agency, "Pegawai " + nip, EmploymentType.PNS, rank, education,
                    competencies, converted));
            apply(new EmployeeAppointed(UUID.randomUUID().toString(), nip, agency, positionId, unitId, departmentId,
                    kind, kind + " " + nip, level, jobClass, SINCE, "SK/" + nip));
            apply(new EmployeePlaced(UUID.randomUUID().toString(), nip, agency, unitId, departmentId,
                    appraiserPosition == null ? headPosition(unitId) : appraiserPosition, SINCE, "SK-P/" + nip, "ppk",
                    "national-7-2022", "1", List.of("ORG-04")));
            for (int year = 2020; year <= predikatUntil; year++) {
                apply(new AnnualPredikatRecorded(nip, agency, year, predikat, "test"));
            }
            return nip;
        }
    }

    private void apply(Object payload) {
        replica.apply(payload, new IncomingEvent(UUID.randomUUID().toString(), payload.getClass().getSimpleName(), 1,
                null, "org", agency, agency, 0, null, null, List.of()));
    }
}
