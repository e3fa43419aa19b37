package id.sistemkerja.regulation.replica;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import id.sistemkerja.contracts.org.v1.AgencyRegistered;
import id.sistemkerja.contracts.org.v1.AnnualPredikatRecorded;
import id.sistemkerja.contracts.org.v1.AppraiserAuthorityDelegated;
import id.sistemkerja.contracts.org.v1.AppraiserDelegationEnded;
import id.sistemkerja.contracts.org.v1.DepartmentEstablished;
import id.sistemkerja.contracts.org.v1.EmployeeAppointed;
import id.sistemkerja.contracts.org.v1.EmployeeAppointmentEnded;
import id.sistemkerja.contracts.org.v1.EmployeePlaced;
import id.sistemkerja.contracts.org.v1.EmployeeRegistered;
import id.sistemkerja.contracts.org.v1.EmployeeRegistrationVoided;
import id.sistemkerja.contracts.org.v1.OrgUnitEstablished;
import id.sistemkerja.contracts.org.v1.PositionEstablished;
import id.sistemkerja.contracts.vocabulary.Education;
import id.sistemkerja.contracts.vocabulary.EmploymentType;
import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.Predikat;
import id.sistemkerja.contracts.vocabulary.Rank;
import id.sistemkerja.contracts.vocabulary.UnitKind;
import id.sistemkerja.platform.embedded.MongoStandIn;
import id.sistemkerja.platform.kafka.IncomingEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The org replica as consuming services use it: contracts events in, look-ups out. {@link InMemoryOrgDirectoryTest}
 * runs the same cases against the in-memory directory aggregate tests use, so both answer alike.
 */
class OrgReplicaTest {

    private static MongoStandIn server;
    private static MongoClient client;
    private OrgDirectory replica;
    private Consumer<Object> feed;

    private static final String AGENCY = "kota-uji";
    private static final String DEPT = AGENCY + ".dinkes";
    private static final String BIDANG = DEPT + ".yankes";
    private static final String BIDANG_2 = DEPT + ".p2p";
    private static final String KADIS = DEPT + ":kadis";
    private static final String KABID = BIDANG + ":kabid";
    private static final String KABID_2 = BIDANG_2 + ":kabid";
    private static final String JF = BIDANG + ":analis";
    private static final String JF_2 = BIDANG_2 + ":epidemiolog";
    private static final String STAFF = "199001202015031003";
    private static final String KABID_A = "198203102006042002";
    private static final String KABID_B = "197505152000031001";
    private static final String KABID_C = "198807082012122001";
    private static final String DELEGATE = "198511112010012002";

    @BeforeAll
    static void startMongo() {
        server = MongoStandIn.inMemory();
        client = MongoClients.create(server.connectionString());
    }

    @AfterAll
    static void stopMongo() {
        client.close();
        server.close();
    }

    /** A fresh, empty directory under test and how events reach it. */
    protected Map.Entry<OrgDirectory, Consumer<Object>> freshDirectory() {
        OrgReplica mongo = new OrgReplica(new MongoTemplate(client, "replica_" + UUID.randomUUID().toString()
                .replace("-", "")));
        mongo.createIndexes();
        return Map.entry(mongo, event -> mongo.apply(event, new IncomingEvent(UUID.randomUUID().toString(), "t", 1,
                Instant.now(), "org", AGENCY, "x", 0, "c", "a", List.of())));
    }

    @BeforeEach
    void freshReplica() {
        Map.Entry<OrgDirectory, Consumer<Object>> fresh = freshDirectory();
        replica = fresh.getKey();
        feed = fresh.getValue();
        apply(new AgencyRegistered(AGENCY, "Pemerintah Kota Uji", "Pemkot Uji"));
        apply(new DepartmentEstablished(DEPT, AGENCY, UnitKind.DINAS, "Dinas Kesehatan"));
        apply(new OrgUnitEstablished(BIDANG, AGENCY, DEPT, UnitKind.DINAS, DEPT, List.of(DEPT), UnitKind.BIDANG,
                "Bidang Pelayanan Kesehatan"));
        apply(new OrgUnitEstablished(BIDANG_2, AGENCY, DEPT, UnitKind.DINAS, DEPT, List.of(DEPT), UnitKind.BIDANG,
                "Bidang Pencegahan dan Pengendalian Penyakit"));
        apply(new PositionEstablished(KADIS, AGENCY, DEPT, DEPT, PositionKind.JPT_PRATAMA, "Kepala Dinas", null, null,
                1, true));
        apply(new PositionEstablished(KABID, AGENCY, BIDANG, DEPT, PositionKind.ADMINISTRATOR, "Kepala Bidang", null,
                null, 1, true));
        apply(new PositionEstablished(KABID_2, AGENCY, BIDANG_2, DEPT, PositionKind.ADMINISTRATOR, "Kepala Bidang",
                null, null, 1, true));
        apply(new PositionEstablished(JF, AGENCY, BIDANG, DEPT, PositionKind.FUNGSIONAL, "Analis Kebijakan Ahli Muda",
                FunctionalLevel.AHLI_MUDA, 9, 3, false));
        apply(new PositionEstablished(JF_2, AGENCY, BIDANG_2, DEPT, PositionKind.FUNGSIONAL,
                "Epidemiolog Kesehatan Ahli Muda", FunctionalLevel.AHLI_MUDA, 9, 2, false));
        for (String nip : List.of(STAFF, KABID_A, KABID_B, KABID_C, DELEGATE)) {
            apply(new EmployeeRegistered(nip, AGENCY, "Pegawai " + nip, EmploymentType.PNS, Rank.III_C, Education.S1,
                    List.of("kebijakan publik"), false));
        }
        appoint("a-kabid-a", KABID_A, KABID, BIDANG, PositionKind.ADMINISTRATOR, "2024-01-01");
        appoint("a-kabid-c", KABID_C, KABID_2, BIDANG_2, PositionKind.ADMINISTRATOR, "2024-01-01");
        appoint("a-staff-1", STAFF, JF, BIDANG, PositionKind.FUNGSIONAL, "2024-01-01");
        apply(new EmployeePlaced("p-1", STAFF, AGENCY, BIDANG, DEPT, KABID, date("2024-01-01"), "800/1", "ppk",
                "national-7-2022", "builtin", List.of("ORG-04")));
    }

    private void apply(Object event) {
        feed.accept(event);
    }

    private void appoint(String id, String nip, String position, String unit, PositionKind kind, String from) {
        apply(new EmployeeAppointed(id, nip, AGENCY, position, unit, DEPT, kind, "jabatan", null,
                kind == PositionKind.FUNGSIONAL ? 9 : null, date(from), "821/" + id));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private String appraiser(String on) {
        return replica.appraiserOf(STAFF, date(on)).map(AppraiserOnDate::appraiserNip).orElse("not placed");
    }

    @Test
    @DisplayName("ORG-10 appraiser as of a date follows the holder change, a delegation that starts and ends, and a re-placement")
    void appraiserAcrossHistory() {
        appoint("a-kabid-b", KABID_B, KABID, BIDANG, PositionKind.ADMINISTRATOR, "2024-03-01");
        apply(new AppraiserAuthorityDelegated("d-1", AGENCY, KABID, DELEGATE, List.of(), date("2024-04-01"),
                date("2024-06-30"), "Surat Kepala Dinas 800/12/2024", KABID_B));
        apply(new AppraiserDelegationEnded("d-1", AGENCY, date("2024-05-15"), "kembali dari cuti"));
        appoint("a-staff-2", STAFF, JF_2, BIDANG_2, PositionKind.FUNGSIONAL, "2024-07-01");
        apply(new EmployeePlaced("p-2", STAFF, AGENCY, BIDANG_2, DEPT, KABID_2, date("2024-07-01"), "800/2", "ppk",
                "national-7-2022", "builtin", List.of("ORG-04")));

        assertThat(appraiser("2023-12-31")).isEqualTo("not placed");
        assertThat(appraiser("2024-02-29")).isEqualTo(KABID_A);
        assertThat(appraiser("2024-03-01")).isEqualTo(KABID_B);
        assertThat(appraiser("2024-04-01")).isEqualTo(DELEGATE);
        AppraiserOnDate delegated = replica.appraiserOf(STAFF, date("2024-05-14")).orElseThrow();
        assertThat(delegated.basis()).isEqualTo(AppraiserOnDate.Basis.DELEGATION);
        assertThat(delegated.legalBasis()).isEqualTo("Surat Kepala Dinas 800/12/2024");
        assertThat(appraiser("2024-05-15")).isEqualTo(KABID_B);
        assertThat(appraiser("2024-06-30")).isEqualTo(KABID_B);
        assertThat(appraiser("2024-07-01")).isEqualTo(KABID_C);
        assertThat(replica.unitOf(STAFF, date("2024-06-30"))).contains(BIDANG);
        assertThat(replica.unitOf(STAFF, date("2024-07-01"))).contains(BIDANG_2);
    }

    @Test
    @DisplayName("ORG-05 a delegation limited to named employees covers only them")
    void delegationScope() {
        apply(new AppraiserAuthorityDelegated("d-2", AGENCY, KABID, DELEGATE, List.of("196001011990011001"),
                date("2024-02-01"), date("2024-02-28"), "Surat 800/13", KABID_A));
        assertThat(appraiser("2024-02-10")).isEqualTo(KABID_A);
    }

    @Test
    @DisplayName("ORG-10 members, holders and heads are answered for the date asked")
    void membersHoldersHeadsOnDate() {
        apply(new EmployeePlaced("p-2", STAFF, AGENCY, BIDANG_2, DEPT, KABID_2, date("2024-07-01"), null, "ppk",
                "national-7-2022", "builtin", List.of()));
        assertThat(replica.membersOf(BIDANG, date("2024-06-30"))).containsExactly(STAFF);
        assertThat(replica.membersOf(BIDANG, date("2024-07-01"))).isEmpty();
        assertThat(replica.membersOf(BIDANG_2, date("2024-07-01"))).containsExactly(STAFF);
        assertThat(replica.headOf(BIDANG, date("2024-02-01"))).contains(KABID_A);
        assertThat(replica.headOf(DEPT, date("2024-02-01"))).isEmpty();
        assertThat(replica.holderOf(KABID, date("2023-12-31"))).isEmpty();
        assertThat(replica.unit(BIDANG).orElseThrow().headPositionId()).isEqualTo(KABID);
        assertThat(replica.unit(DEPT).orElseThrow().isDepartment()).isTrue();
        assertThat(replica.sameDepartment(BIDANG, BIDANG_2)).contains(true);
        assertThat(replica.sameDepartment(BIDANG, "kota-lain.dinas.x")).isEmpty();
    }

    @Test
    @DisplayName("employee facts carry the current position kind, kelas jabatan, jenjang and the last predikat")
    void employeeFacts() {
        apply(new AnnualPredikatRecorded(STAFF, AGENCY, 2023, Predikat.BAIK, "RECORDED"));
        apply(new AnnualPredikatRecorded(STAFF, AGENCY, 2024, Predikat.BUTUH_PERBAIKAN, "RECORDED"));
        apply(new AnnualPredikatRecorded(STAFF, AGENCY, 2024, Predikat.SANGAT_BAIK, "performance"));
        EmployeeFacts staff = replica.employee(STAFF).orElseThrow();
        assertThat(staff.positionKind()).contains(PositionKind.FUNGSIONAL);
        assertThat(staff.jobClass()).contains(9);
        assertThat(staff.lastPredikat()).contains(new AnnualPredikat(2024, Predikat.SANGAT_BAIK));
        assertThat(staff.predikatOf(2023)).contains(Predikat.BAIK);
        assertThat(replica.appointmentOf(STAFF, date("2024-01-01")).orElseThrow().positionId()).isEqualTo(JF);

        apply(new EmployeeAppointmentEnded("a-staff-1", STAFF, AGENCY, JF, date("2025-01-01"), "pensiun"));
        assertThat(replica.employee(STAFF).orElseThrow().position()).isNull();
        assertThat(replica.appointmentOf(STAFF, date("2024-12-31"))).isPresent();
        assertThat(replica.appointmentOf(STAFF, date("2025-01-01"))).isEmpty();
    }

    @Test
    @DisplayName("a redelivered event changes nothing (periods closed by later events stay closed)")
    void redeliveryIsHarmless() {
        EmployeePlaced second = new EmployeePlaced("p-2", STAFF, AGENCY, BIDANG_2, DEPT, KABID_2, date("2024-07-01"),
                null, "ppk", "national-7-2022", "builtin", List.of());
        apply(second);
        apply(new EmployeePlaced("p-1", STAFF, AGENCY, BIDANG, DEPT, KABID, date("2024-01-01"), "800/1", "ppk",
                "national-7-2022", "builtin", List.of("ORG-04")));
        apply(second);
        assertThat(replica.placementOf(STAFF, date("2024-08-01")).orElseThrow().placementId()).isEqualTo("p-2");
        assertThat(replica.placementOf(STAFF, date("2024-06-01")).orElseThrow().placementId()).isEqualTo("p-1");
        assertThat(replica.membersOf(BIDANG, date("2024-08-01"))).isEmpty();
        assertThat(replica.employee(STAFF).orElseThrow().placement().placementId()).isEqualTo("p-2");
    }

    @Test
    @DisplayName("M7 a registration the national registrar voided leaves the employee no agency's; the rightful agency's registration starts from nothing, and a redelivered voiding never removes it")
    void voidedRegistration() {
        String squatted = "198901012014021001";
        apply(new EmployeeRegistered(squatted, AGENCY, "Dewi Lestari", EmploymentType.PNS, Rank.III_C, Education.S1,
                List.of(), false));
        apply(new AnnualPredikatRecorded(squatted, AGENCY, 2024, Predikat.BAIK, "RECORDED"));
        appoint("a-squat", squatted, JF, BIDANG, PositionKind.FUNGSIONAL, "2024-01-01");
        apply(new EmployeeAppointmentEnded("a-squat", squatted, AGENCY, JF, date("2024-06-01"), "bukan pegawai"));
        EmployeeRegistrationVoided voided = new EmployeeRegistrationVoided(squatted, AGENCY, "kota-benar",
                "NIP terdaftar pada instansi lain", "BKN 123/KR.08/2026", date("2026-12-06"));

        apply(voided);
        assertThat(replica.employee(squatted)).isEmpty();
        // the void agency's closed period stays as recorded: who held the position then does not change
        assertThat(replica.appointmentOf(squatted, date("2024-03-01")).orElseThrow().agencyId()).isEqualTo(AGENCY);

        apply(new EmployeeRegistered(squatted, "kota-benar", "Dewi Lestari", EmploymentType.PNS, Rank.III_C,
                Education.S1, List.of(), false));
        apply(voided);
        EmployeeFacts registered = replica.employee(squatted).orElseThrow();
        assertThat(registered.agencyId()).isEqualTo("kota-benar");
        assertThat(registered.predikatHistory()).isEmpty();
        assertThat(registered.position()).isNull();
    }
}
