package id.sistemkerja.assignment;

import id.sistemkerja.contracts.org.v1.AgencyRegistered;
import id.sistemkerja.contracts.org.v1.AppraiserAuthorityDelegated;
import id.sistemkerja.contracts.org.v1.DepartmentEstablished;
import id.sistemkerja.contracts.org.v1.EmployeeAppointed;
import id.sistemkerja.contracts.org.v1.EmployeePlaced;
import id.sistemkerja.contracts.org.v1.EmployeeRegistered;
import id.sistemkerja.contracts.org.v1.OrgUnitEstablished;
import id.sistemkerja.contracts.org.v1.PositionEstablished;
import id.sistemkerja.contracts.vocabulary.Education;
import id.sistemkerja.contracts.vocabulary.EmploymentType;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.UnitKind;
import id.sistemkerja.platform.kafka.IncomingEvent;
import id.sistemkerja.regulation.profile.ProfileBinding;
import id.sistemkerja.regulation.profile.ProfileRef;
import id.sistemkerja.regulation.profile.replica.MongoProfileBindings;
import id.sistemkerja.regulation.replica.OrgReplica;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An agency in the service's replica of org facts, as org-service would publish it, by role: a department {@code dept}
 * (led by {@code deptHead}) with the owning unit {@code unit} (led by {@code unitHead}, with a Pengawas
 * {@code supervisor}; staff {@code staff} and {@code colleague} appraised by the unit head, {@code supervised} placed
 * under the Pengawas, so appraiser and unit head differ) and a sister unit {@code sisterUnit} (led by {@code sisterHead},
 * staff {@code sisterStaff}); another department {@code otherDept} (led by {@code otherDeptHead}) with
 * {@code otherDeptUnit} (led by {@code otherDeptUnitHead}, staff {@code otherDeptStaff}). The same roles as the
 * aggregate tests' {@code command.Agency}. Bound to {@code profileId} at {@code version} (1 unless named).
 */
public final class OrgFixture {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000_000L * 100);
    private static final AtomicLong NIP_SEQUENCE = new AtomicLong();
    private static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

    public final String agency;
    public final String dept;
    public final String unit;
    public final String sisterUnit;
    public final String otherDept;
    public final String otherDeptUnit;
    public final String deptHead;
    public final String otherDeptHead;
    public final String unitHead;
    public final String sisterHead;
    public final String otherDeptUnitHead;
    public final String supervisor;
    public final String staff;
    public final String colleague;
    public final String supervised;
    public final String sisterStaff;
    public final String otherDeptStaff;
    private final OrgReplica org;
    private final long next;

    public OrgFixture(OrgReplica org, MongoProfileBindings bindings, String profileId) {
        this(org, bindings, profileId, 1);
    }

    public OrgFixture(OrgReplica org, MongoProfileBindings bindings, String profileId, int version) {
        this.org = org;
        long base = NEXT.getAndAdd(100);
        agency = "test-" + profileId + "-" + base;
        dept = agency + ".d1";
        unit = dept + ".u1";
        sisterUnit = dept + ".u2";
        otherDept = agency + ".d2";
        otherDeptUnit = otherDept + ".u3";
        deptHead = nip(base, 1);
        otherDeptHead = nip(base, 2);
        unitHead = nip(base, 3);
        sisterHead = nip(base, 4);
        otherDeptUnitHead = nip(base, 5);
        supervisor = nip(base, 6);
        staff = nip(base, 7);
        colleague = nip(base, 8);
        sisterStaff = nip(base, 9);
        otherDeptStaff = nip(base, 10);
        supervised = nip(base, 11);
        next = base + 20;
        apply(new AgencyRegistered(agency, "Pemerintah Kota Uji " + base, "UJI" + base));
        department(dept, deptHead);
        department(otherDept, otherDeptHead);
        unit(unit, dept, unitHead);
        unit(sisterUnit, dept, sisterHead);
        unit(otherDeptUnit, otherDept, otherDeptUnitHead);
        position(unit + ":kasi", unit, dept, PositionKind.PENGAWAS, false);
        appoint(supervisor, unit + ":kasi", unit, dept, PositionKind.PENGAWAS);
        staff(staff, unit, dept);
        staff(colleague, unit, dept);
        staff(sisterStaff, sisterUnit, dept);
        staff(otherDeptStaff, otherDeptUnit, otherDept);
        position(unit + ":staf", unit, dept, PositionKind.PELAKSANA, false);
        appoint(supervised, unit + ":staf", unit, dept, PositionKind.PELAKSANA);
        place(supervised, unit, dept, unit + ":kasi");
        if (version > 0) {
            bind(bindings, profileId, version);
        }
    }

    /** org.AgencyProfileBound as the replica receives it (a fixture made with version 0 is not bound until then). */
    public void bind(MongoProfileBindings bindings, String profileId, int version) {
        bindings.record(new ProfileBinding(agency, new ProfileRef(profileId, version), SINCE));
    }

    /** org.EmployeeRegistered alone: the employee's appointment and placement are still on their way. */
    public void register(String nip) {
        apply(new EmployeeRegistered(nip, agency, "Pegawai " + nip, EmploymentType.PNS, null, Education.S1,
                List.of("analisis data"), false));
    }

    /** A NIP of this agency nobody holds yet (its facts are applied later, one by one). */
    public String newNip() {
        return nip(next, (int) (NIP_SEQUENCE.incrementAndGet() % 90) + 10);
    }

    /** org.EmployeeRegistered and org.EmployeeAppointed of a Pelaksana in {@code unit}, without any placement yet. */
    public void registerAndAppoint(String nip, String unit, String department) {
        appoint(nip, unit + ":staf", unit, department, PositionKind.PELAKSANA);
    }

    /** org.EmployeePlaced: {@code nip} sits in {@code unit} under the position {@code appraiserPositionId}. */
    public void place(String nip, String unit, String department, String appraiserPositionId) {
        apply(new EmployeePlaced("pl-" + nip, nip, agency, unit, department, appraiserPositionId, SINCE, "SK/1", "test",
                "national-7-2022", "1", List.of("ORG-04")));
    }

    private void department(String id, String head) {
        apply(new DepartmentEstablished(id, agency, UnitKind.DINAS, "Dinas " + id));
        position(id + ":kadis", id, id, PositionKind.JPT_PRATAMA, true);
        appoint(head, id + ":kadis", id, id, PositionKind.JPT_PRATAMA);
    }

    private void unit(String id, String department, String head) {
        apply(new OrgUnitEstablished(id, agency, department, UnitKind.DINAS, department, List.of(department),
                UnitKind.BIDANG, "Bidang " + id));
        position(id + ":kabid", id, department, PositionKind.ADMINISTRATOR, true);
        appoint(head, id + ":kabid", id, department, PositionKind.ADMINISTRATOR);
    }

    private void staff(String nip, String unit, String department) {
        position(unit + ":staf", unit, department, PositionKind.PELAKSANA, false);
        appoint(nip, unit + ":staf", unit, department, PositionKind.PELAKSANA);
        place(nip, unit, department, unit + ":kabid");
    }

    private void position(String id, String unit, String department, PositionKind kind, boolean head) {
        apply(new PositionEstablished(id, agency, unit, department, kind, kind + " " + id, null, 7, 10, head));
    }

    private void appoint(String nip, String positionId, String unit, String department, PositionKind kind) {
        apply(new EmployeeRegistered(nip, agency, "Pegawai " + nip, EmploymentType.PNS, null, Education.S1,
                List.of("analisis data"), false));
        apply(new EmployeeAppointed("ap-" + nip, nip, agency, positionId, unit, department, kind, kind.name(), null,
                7, SINCE, "SK/0"));
    }

    /** ORG-05: the appraiser authority of unit's head over {@code nip} is delegated to {@code delegate} for 2026. */
    public void delegateUnitAppraisal(String delegate, String nip) {
        apply(new AppraiserAuthorityDelegated("dlg-" + agency, agency, unit + ":kabid", delegate, List.of(nip),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "SK Kepala Dinas 800/1/2026", unitHead));
    }

    private void apply(Object payload) {
        org.apply(payload, new IncomingEvent(UUID.randomUUID().toString(), payload.getClass().getSimpleName(), 1,
                Instant.now(), "org", agency, agency, 0, UUID.randomUUID().toString(), "test", List.of()));
    }

    private static String nip(long base, int i) {
        return String.format("19%014d%02d", base, i);
    }
}
