package id.sistemkerja.performance.web;

import id.sistemkerja.contracts.org.v1.AgencyRegistered;
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
import id.sistemkerja.contracts.vocabulary.Rank;
import id.sistemkerja.contracts.vocabulary.UnitKind;
import id.sistemkerja.platform.kafka.IncomingEvent;
import id.sistemkerja.regulation.profile.ProfileBinding;
import id.sistemkerja.regulation.profile.ProfileRef;
import id.sistemkerja.regulation.profile.replica.MongoProfileBindings;
import id.sistemkerja.regulation.replica.OrgReplica;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A test agency fed straight into the service's org replica (as org-service's events would arrive) and bound to a
 * regulation profile: Dinas D (Kepala Dinas) with Bidang B1 and B2 (Kepala Bidang, Level II) and Pejabat Fungsional
 * placed in them with their Kepala Bidang as appraiser; and a Sekretariat Daerah (Sekda) with an Asisten and a Bagian.
 */
final class PerfOrg {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L * 1000);
    static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

    final String agency = "perf-" + UUID.randomUUID().toString().substring(0, 8);
    final String dinas = agency + ".dinkes";
    final String bidang1 = dinas + ".yankes";
    final String bidang2 = dinas + ".p2p";
    final String setda = agency + ".setda";
    final String asisten = setda + ".asisten1";
    final String bagian = asisten + ".hukum";
    final String kadis = nip();
    final String kabid1 = nip();
    final String kabid2 = nip();
    final String sekda = nip();
    final String asistenHead = nip();
    final String kabag = nip();
    final List<String> staff1 = new ArrayList<>();
    final List<String> staff2 = new ArrayList<>();
    final List<String> staffBagian = new ArrayList<>();
    private final OrgReplica replica;
    private final java.util.Map<String, String> headAppointments = new java.util.HashMap<>();

    PerfOrg(OrgReplica replica, MongoProfileBindings bindings, int staffInBidang1) {
        this(replica, bindings, staffInBidang1, new ProfileRef("bekasi-2023", 2), LocalDate.of(2023, 7, 6));
    }

    /** The same structure under another profile (e.g. serang-2023 from 2023-05-04). */
    PerfOrg(OrgReplica replica, MongoProfileBindings bindings, int staffInBidang1, ProfileRef profile,
            LocalDate boundFrom) {
        this.replica = replica;
        bindings.record(new ProfileBinding(agency, profile, boundFrom));
        apply(new AgencyRegistered(agency, "Pemerintah Kota Uji " + agency, agency));
        apply(new DepartmentEstablished(dinas, agency, UnitKind.DINAS, "Dinas Kesehatan"));
        unit(bidang1, dinas, List.of(dinas), UnitKind.BIDANG, UnitKind.DINAS);
        unit(bidang2, dinas, List.of(dinas), UnitKind.BIDANG, UnitKind.DINAS);
        head(dinas, dinas, kadis, PositionKind.JPT_PRATAMA);
        head(bidang1, dinas, kabid1, PositionKind.ADMINISTRATOR);
        head(bidang2, dinas, kabid2, PositionKind.ADMINISTRATOR);
        jf(bidang1, dinas);
        jf(bidang2, dinas);
        for (int i = 0; i < staffInBidang1; i++) {
            staff1.add(placed(bidang1, dinas));
        }
        staff2.add(placed(bidang2, dinas));
        apply(new DepartmentEstablished(setda, agency, UnitKind.SEKRETARIAT_DAERAH, "Sekretariat Daerah"));
        unit(asisten, setda, List.of(setda), UnitKind.ASISTEN, UnitKind.SEKRETARIAT_DAERAH);
        unit(bagian, setda, List.of(setda, asisten), UnitKind.BAGIAN, UnitKind.SEKRETARIAT_DAERAH);
        head(setda, setda, sekda, PositionKind.JPT_PRATAMA);
        head(asisten, setda, asistenHead, PositionKind.JPT_PRATAMA);
        head(bagian, setda, kabag, PositionKind.ADMINISTRATOR);
        jf(bagian, setda);
        staffBagian.add(placed(bagian, setda));
    }

    /** The Kepala Bidang 1's authority to appraise {@code employees} delegated to {@code delegate} (ORG-05). */
    void delegateAppraisal(String delegate, List<String> employees, LocalDate from, LocalDate until) {
        apply(new id.sistemkerja.contracts.org.v1.AppraiserAuthorityDelegated(UUID.randomUUID().toString(), agency,
                bidang1 + ":head", delegate, employees, from, until, "Surat Tugas 800/9", "ppk"));
    }

    /** A Pejabat Fungsional of {@code level} appointed in {@code unit} and placed there under its head. */
    String placedJf(String unit, String department, FunctionalLevel level) {
        String position = unit + ":jf-" + level.name().toLowerCase();
        apply(new PositionEstablished(position, agency, unit, department, PositionKind.FUNGSIONAL, "Analis " + level,
                level, 9, 20, false));
        String nip = nip();
        register(nip);
        apply(new EmployeeAppointed(UUID.randomUUID().toString(), nip, agency, position, unit, department,
                PositionKind.FUNGSIONAL, "Analis", level, 9, SINCE, "SK-2"));
        apply(new EmployeePlaced(UUID.randomUUID().toString(), nip, agency, unit, department, unit + ":head", SINCE,
                "800/1", "ppk", "bekasi-2023", "2", List.of()));
        return nip;
    }

    /** A Pejabat Fungsional appointed in {@code unit} whose placement has not arrived yet (held back). */
    String unplacedJf(String unit, String department) {
        String nip = nip();
        register(nip);
        apply(new EmployeeAppointed(UUID.randomUUID().toString(), nip, agency, unit + ":jf", unit, department,
                PositionKind.FUNGSIONAL, "Analis", FunctionalLevel.AHLI_MUDA, 9, SINCE, "SK-2"));
        return nip;
    }

    /** The placement of {@code nip} in {@code unit} under its head arrives now. */
    void place(String nip, String unit, String department) {
        apply(new EmployeePlaced(UUID.randomUUID().toString(), nip, agency, unit, department, unit + ":head", SINCE,
                "800/1", "ppk", "bekasi-2023", "2", List.of()));
    }

    static String nip() {
        return String.format("19%016d", SEQUENCE.incrementAndGet());
    }

    private void apply(Object event) {
        replica.apply(event, new IncomingEvent(UUID.randomUUID().toString(), "test", 1, Instant.now(), "org", agency,
                "x", 0, "c", "test", List.of()));
    }

    private void unit(String id, String department, List<String> ancestors, UnitKind kind, UnitKind departmentKind) {
        apply(new OrgUnitEstablished(id, agency, department, departmentKind, ancestors.get(ancestors.size() - 1),
                ancestors, kind, id));
    }

    private void register(String nip) {
        apply(new EmployeeRegistered(nip, agency, "Pegawai " + nip, EmploymentType.PNS, Rank.III_C, Education.S1,
                List.of(), false));
    }

    private void head(String unit, String department, String nip, PositionKind kind) {
        String position = unit + ":head";
        apply(new PositionEstablished(position, agency, unit, department, kind, "Kepala " + unit, null, 12, 1, true));
        register(nip);
        String appointmentId = UUID.randomUUID().toString();
        headAppointments.put(unit, appointmentId);
        apply(new EmployeeAppointed(appointmentId, nip, agency, position, unit, department, kind,
                "Kepala " + unit, null, 12, SINCE, "SK-1"));
    }

    /** The head of {@code unit} leaves the post on {@code from} (pensiun); nobody is appointed yet. */
    void vacateHead(String unit, String nip, LocalDate from) {
        apply(new id.sistemkerja.contracts.org.v1.EmployeeAppointmentEnded(headAppointments.get(unit), nip, agency,
                unit + ":head", from, "pensiun"));
    }

    /** A new head of {@code unit} from {@code from}: the appointment arrives now; returns the NIP. */
    String appointHead(String unit, String department, PositionKind kind, LocalDate from) {
        String nip = nip();
        register(nip);
        apply(new EmployeeAppointed(UUID.randomUUID().toString(), nip, agency, unit + ":head", unit, department, kind,
                "Kepala " + unit, null, 12, from, "SK-3"));
        return nip;
    }

    private void jf(String unit, String department) {
        apply(new PositionEstablished(unit + ":jf", agency, unit, department, PositionKind.FUNGSIONAL, "Analis",
                FunctionalLevel.AHLI_MUDA, 9, 2000, false));
    }

    private String placed(String unit, String department) {
        String nip = nip();
        register(nip);
        apply(new EmployeeAppointed(UUID.randomUUID().toString(), nip, agency, unit + ":jf", unit, department,
                PositionKind.FUNGSIONAL, "Analis", FunctionalLevel.AHLI_MUDA, 9, SINCE, "SK-2"));
        apply(new EmployeePlaced(UUID.randomUUID().toString(), nip, agency, unit, department, unit + ":head", SINCE,
                "800/1", "ppk", "bekasi-2023", "1", List.of()));
        return nip;
    }
}
