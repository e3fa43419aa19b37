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
 * An agency in the service's replica of org facts, as org-service would publish it: two departments; department d1
 * (head K1) with units u1 (head H1, Pengawas P1, staff S1a, S1b, S1c) and u2 (head H2, staff S2a); department d2 (head
 * K2) with unit u3 (head H3, staff S3a). Staff are appraised by their unit head, except S1c, placed under the Pengawas P1
 * (appraiser and unit head differ). Bound to {@code profileId} at {@code version} (1 unless named).
 */
public final class OrgFixture {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000_000L * 100);
    private static final AtomicLong NIP_SEQUENCE = new AtomicLong();
    private static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

    public final String agency;
    public final String d1;
    public final String u1;
    public final String u2;
    public final String d2;
    public final String u3;
    public final String k1;
    public final String k2;
    public final String h1;
    public final String h2;
    public final String h3;
    public final String p1;
    public final String s1a;
    public final String s1b;
    public final String s1c;
    public final String s2a;
    public final String s3a;
    private final OrgReplica org;
    private final long next;

    public OrgFixture(OrgReplica org, MongoProfileBindings bindings, String profileId) {
        this(org, bindings, profileId, 1);
    }

    public OrgFixture(OrgReplica org, MongoProfileBindings bindings, String profileId, int version) {
        this.org = org;
        long base = NEXT.getAndAdd(100);
        agency = "test-" + profileId + "-" + base;
        d1 = agency + ".d1";
        u1 = d1 + ".u1";
        u2 = d1 + ".u2";
        d2 = agency + ".d2";
        u3 = d2 + ".u3";
        k1 = nip(base, 1);
        k2 = nip(base, 2);
        h1 = nip(base, 3);
        h2 = nip(base, 4);
        h3 = nip(base, 5);
        p1 = nip(base, 6);
        s1a = nip(base, 7);
        s1b = nip(base, 8);
        s2a = nip(base, 9);
        s3a = nip(base, 10);
        s1c = nip(base, 11);
        next = base + 20;
        apply(new AgencyRegistered(agency, "Pemerintah Kota Uji " + base, "UJI" + base));
        department(d1, k1);
        department(d2, k2);
        unit(u1, d1, h1);
        unit(u2, d1, h2);
        unit(u3, d2, h3);
        position(u1 + ":kasi", u1, d1, PositionKind.PENGAWAS, false);
        appoint(p1, u1 + ":kasi", u1, d1, PositionKind.PENGAWAS);
        staff(s1a, u1, d1);
        staff(s1b, u1, d1);
        staff(s2a, u2, d1);
        staff(s3a, u3, d2);
        position(u1 + ":staf", u1, d1, PositionKind.PELAKSANA, false);
        appoint(s1c, u1 + ":staf", u1, d1, PositionKind.PELAKSANA);
        place(s1c, u1, d1, u1 + ":kasi");
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

    /** ORG-05: the appraiser authority of u1's head over {@code nip} is delegated to {@code delegate} for 2026. */
    public void delegateU1Appraisal(String delegate, String nip) {
        apply(new AppraiserAuthorityDelegated("dlg-" + agency, agency, u1 + ":kabid", delegate, List.of(nip),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "SK Kepala Dinas 800/1/2026", h1));
    }

    private void apply(Object payload) {
        org.apply(payload, new IncomingEvent(UUID.randomUUID().toString(), payload.getClass().getSimpleName(), 1,
                Instant.now(), "org", agency, agency, 0, UUID.randomUUID().toString(), "test", List.of()));
    }

    private static String nip(long base, int i) {
        return String.format("19%014d%02d", base, i);
    }
}
