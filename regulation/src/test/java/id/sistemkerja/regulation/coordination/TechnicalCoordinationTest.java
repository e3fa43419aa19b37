package id.sistemkerja.regulation.coordination;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
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
import id.sistemkerja.platform.embedded.MongoStandIn;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.ProblemKind;
import id.sistemkerja.platform.kafka.IncomingEvent;
import id.sistemkerja.regulation.coordination.IndicatorValidator.Basis;
import id.sistemkerja.regulation.profile.Citation;
import id.sistemkerja.regulation.profile.ProfileLoader;
import id.sistemkerja.regulation.profile.ProfileRef;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.regulation.profile.RegulationProfiles;
import id.sistemkerja.regulation.replica.OrgReplica;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static id.sistemkerja.contracts.vocabulary.PositionKind.ADMINISTRATOR;
import static id.sistemkerja.contracts.vocabulary.PositionKind.JPT_PRATAMA;
import static id.sistemkerja.contracts.vocabulary.PositionKind.PENGAWAS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Who coordinates a JF and validates the JF's IKI (ORG-11, Perwal Bekasi 31/2021 Pasal 6(6)-(9), 11(2)-(3)), answered
 * from the org replica as every service holds it, under the profile version the agency is bound to.
 */
class TechnicalCoordinationTest {

    private static final RegulationProfiles PROFILES = ProfileLoader.load(List.of(ProfileLoader.DEFAULT_LOCATION));
    private static final RegulationProfile BEKASI = PROFILES.get(new ProfileRef("bekasi-2023", 2));
    private static final RegulationProfile BEKASI_V1 = PROFILES.get(new ProfileRef("bekasi-2023", 1));
    private static final RegulationProfile BANDUNG = PROFILES.get(new ProfileRef("bandung-2023", 2));
    private static final AtomicLong NIPS = new AtomicLong(1000);
    private static final LocalDate ON = LocalDate.of(2024, 3, 1);
    private static final LocalDate SINCE = LocalDate.of(2024, 1, 2);

    private static MongoStandIn server;
    private static MongoClient client;
    private OrgReplica org;

    private static final String AGENCY = "kota-bks";
    private static final String DINAS = AGENCY + ".dinkes";
    private static final String BIDANG = DINAS + ".p2p";        // Administrator, no Pengawas (Gambar 1)
    private static final String BIDANG2 = DINAS + ".yankes";    // Administrator with a Seksi led by a Pengawas
    private static final String SEKSI = BIDANG2 + ".primer";
    private static final String UPTD = DINAS + ".labkesda";     // UPTD led by an Administrator
    private static final String INSPEKTORAT = AGENCY + ".inspektorat";
    private String kadis;
    private String kabid;
    private String kabid2;
    private String kasi;
    private String kaUptd;
    private String inspektur;
    private String irban;

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

    @BeforeEach
    void structure() {
        org = new OrgReplica(new MongoTemplate(client, "coord_" + UUID.randomUUID().toString().replace("-", "")));
        org.createIndexes();
        apply(new AgencyRegistered(AGENCY, "Pemerintah Kota Bekasi (uji)", "Pemkot Bekasi"));
        apply(new DepartmentEstablished(DINAS, AGENCY, UnitKind.DINAS, "Dinas Kesehatan"));
        unit(BIDANG, DINAS, UnitKind.DINAS, UnitKind.BIDANG, List.of(DINAS));
        unit(BIDANG2, DINAS, UnitKind.DINAS, UnitKind.BIDANG, List.of(DINAS));
        unit(SEKSI, DINAS, UnitKind.DINAS, UnitKind.SEKSI, List.of(DINAS, BIDANG2));
        unit(UPTD, DINAS, UnitKind.DINAS, UnitKind.UPTD, List.of(DINAS));
        apply(new DepartmentEstablished(INSPEKTORAT, AGENCY, UnitKind.INSPEKTORAT, "Inspektorat Daerah"));
        kadis = head(DINAS, DINAS, JPT_PRATAMA, true);
        kabid = head(BIDANG, DINAS, ADMINISTRATOR, true);
        kabid2 = head(BIDANG2, DINAS, ADMINISTRATOR, true);
        kasi = head(SEKSI, DINAS, PENGAWAS, true);
        kaUptd = head(UPTD, DINAS, ADMINISTRATOR, true);
        inspektur = head(INSPEKTORAT, INSPEKTORAT, JPT_PRATAMA, true);
        irban = structural(INSPEKTORAT, ":irban1", ADMINISTRATOR);
    }

    private void apply(Object event) {
        org.apply(event, new IncomingEvent(UUID.randomUUID().toString(), "t", 1, Instant.now(), "org", AGENCY, "x", 0,
                "c", "a", List.of()));
    }

    private void unit(String id, String department, UnitKind departmentKind, UnitKind kind, List<String> ancestors) {
        apply(new OrgUnitEstablished(id, AGENCY, department, departmentKind, ancestors.get(ancestors.size() - 1),
                ancestors, kind, id));
    }

    private String person() {
        String nip = "1980010120050" + NIPS.incrementAndGet() + "1";
        nip = nip.substring(0, 18);
        apply(new EmployeeRegistered(nip, AGENCY, "Pegawai " + nip, EmploymentType.PNS, Rank.III_C, Education.S1,
                List.of(), false));
        return nip;
    }

    private String head(String unit, String department, PositionKind kind, boolean head) {
        String position = unit + ":head";
        apply(new PositionEstablished(position, AGENCY, unit, department, kind, "Kepala " + unit, null, 12, 1, head));
        String nip = person();
        apply(new EmployeeAppointed(UUID.randomUUID().toString(), nip, AGENCY, position, unit, department, kind,
                "Kepala", null, 12, SINCE, "SK"));
        return nip;
    }

    /** A structural position that does not lead its unit (an Inspektur Pembantu in the Inspektorat). */
    private String structural(String unit, String code, PositionKind kind) {
        String position = unit + code;
        apply(new PositionEstablished(position, AGENCY, unit, unit, kind, "Inspektur Pembantu", null, 12, 1, false));
        String nip = person();
        apply(new EmployeeAppointed(UUID.randomUUID().toString(), nip, AGENCY, position, unit, unit, kind, "Irban",
                null, 12, SINCE, "SK"));
        return nip;
    }

    /** A JF of {@code level} holding a position of {@code unit}, placed there under {@code appraiserPosition}. */
    private String jf(String unit, String department, FunctionalLevel level, String appraiserPosition) {
        String nip = appointedJf(unit, department, level);
        apply(new EmployeePlaced(UUID.randomUUID().toString(), nip, AGENCY, unit, department, appraiserPosition,
                SINCE, "800/1", "ppk", "bekasi-2023", "2", List.of("ORG-04")));
        return nip;
    }

    private String appointedJf(String unit, String department, FunctionalLevel level) {
        String position = unit + ":jf-" + level.name().toLowerCase();
        apply(new PositionEstablished(position, AGENCY, unit, department, PositionKind.FUNGSIONAL, "JF " + level,
                level, 9, 20, false));
        String nip = person();
        apply(new EmployeeAppointed(UUID.randomUUID().toString(), nip, AGENCY, position, unit, department,
                PositionKind.FUNGSIONAL, "JF", level, 9, SINCE, "SK"));
        return nip;
    }

    private static List<String> cited(IndicatorValidator validator) {
        return validator.citations().stream().map(Citation::text).toList();
    }

    @Test
    @DisplayName("ORG-11 Bekasi: an ahli pertama in a Bidang without a Pengawas (BKS23 lampiran C.1 Gambar 1) is "
            + "coordinated by the nearest more senior official of the line, the Kepala Bidang (Perwal Bekasi 31/2021 "
            + "Pasal 6(8), 6(5))")
    void ahliPertamaWithoutPengawas() {
        String nip = jf(BIDANG, DINAS, FunctionalLevel.AHLI_PERTAMA, BIDANG + ":head");
        IndicatorValidator validator = TechnicalCoordination.validatorOf(org, BEKASI, nip, ON);
        assertThat(validator.basis()).isEqualTo(Basis.TECHNICAL_COORDINATION);
        assertThat(validator.validatorNip()).isEqualTo(kabid);
        assertThat(validator.kind()).isEqualTo(ADMINISTRATOR);
        assertThat(validator.nearestAbove()).isTrue();
        assertThat(cited(validator)).containsExactly("Perwal Bekasi 31/2021 Pasal 6(8)",
                "Perwal Bekasi 31/2021 Pasal 11(2)-(3)");
        assertThat(validator.decision().profileId()).isEqualTo("bekasi-2023");
        assertThat(validator.decision().ruleIds()).containsExactly("ORG-11");
    }

    @Test
    @DisplayName("ORG-11 Bekasi: an ahli pertama under the Kepala Seksi is coordinated by that Pengawas; an ahli muda "
            + "under the same Pengawas by the Administrator above, the Kepala Bidang (Perwal Bekasi 31/2021 Pasal 6(7)-(8))")
    void byLevelInTheLine() {
        String pertama = jf(SEKSI, DINAS, FunctionalLevel.AHLI_PERTAMA, SEKSI + ":head");
        IndicatorValidator first = TechnicalCoordination.validatorOf(org, BEKASI, pertama, ON);
        assertThat(first.validatorNip()).isEqualTo(kasi);
        assertThat(first.nearestAbove()).isFalse();
        String muda = jf(SEKSI, DINAS, FunctionalLevel.AHLI_MUDA, SEKSI + ":head");
        IndicatorValidator second = TechnicalCoordination.validatorOf(org, BEKASI, muda, ON);
        assertThat(second.validatorNip()).isEqualTo(kabid2);
        assertThat(second.kind()).isEqualTo(ADMINISTRATOR);
        assertThat(cited(second)).containsExactly("Perwal Bekasi 31/2021 Pasal 6(7)",
                "Perwal Bekasi 31/2021 Pasal 11(2)-(3)");
        String madya = jf(BIDANG, DINAS, FunctionalLevel.AHLI_MADYA, BIDANG + ":head");
        assertThat(TechnicalCoordination.validatorOf(org, BEKASI, madya, ON).validatorNip()).isEqualTo(kadis);
    }

    @Test
    @DisplayName("ORG-11 Bekasi: every JF of the Inspektorat is coordinated by an Administrator (Perwal Bekasi 31/2021 "
            + "Pasal 6(9), reading of profile version 2); under version 1 (only madya/utama excepted) an ahli madya "
            + "placed under the Inspektur Pembantu goes to the JPT")
    void inspektorat() {
        String madya = jf(INSPEKTORAT, INSPEKTORAT, FunctionalLevel.AHLI_MADYA, INSPEKTORAT + ":irban1");
        String pertama = jf(INSPEKTORAT, INSPEKTORAT, FunctionalLevel.AHLI_PERTAMA, INSPEKTORAT + ":irban1");
        IndicatorValidator v2 = TechnicalCoordination.validatorOf(org, BEKASI, pertama, ON);
        assertThat(v2.validatorNip()).isEqualTo(irban);
        assertThat(v2.nearestAbove()).isFalse();
        assertThat(cited(v2)).containsExactly("Perwal Bekasi 31/2021 Pasal 6(9)",
                "Perwal Bekasi 31/2021 Pasal 11(2)-(3)");
        assertThat(TechnicalCoordination.validatorOf(org, BEKASI, madya, ON).validatorNip()).isEqualTo(irban);
        assertThat(TechnicalCoordination.validatorOf(org, BEKASI_V1, madya, ON).validatorNip()).isEqualTo(irban);
        IndicatorValidator v1Pertama = TechnicalCoordination.validatorOf(org, BEKASI_V1, pertama, ON);
        assertThat(v1Pertama.nearestAbove()).as("v1 names a Pengawas the Inspektorat line lacks").isTrue();
        assertThat(cited(v1Pertama)).containsExactly("Perwal Bekasi 31/2021 Pasal 6(8)");
    }

    @Test
    @DisplayName("ORG-11 Bekasi: an ahli madya working in a UPTD is validated by the Kepala Dinas, who may delegate the "
            + "validation to an Administrator (Perwal Bekasi 31/2021 Pasal 6(6), 5(5))")
    void uptdDelegation() {
        String madya = jf(UPTD, DINAS, FunctionalLevel.AHLI_MADYA, UPTD + ":head");
        IndicatorValidator validator = TechnicalCoordination.validatorOf(org, BEKASI, madya, ON);
        assertThat(validator.validatorNip()).isEqualTo(kadis);
        assertThat(validator.delegableTo()).isEqualTo(ADMINISTRATOR);
        assertThat(cited(validator)).containsExactly("Perwal Bekasi 31/2021 Pasal 6(6)",
                "Perwal Bekasi 31/2021 Pasal 11(2)-(3)", "Perwal Bekasi 31/2021 Pasal 5(5)");
        String madyaInBidang = jf(BIDANG, DINAS, FunctionalLevel.AHLI_MADYA, BIDANG + ":head");
        assertThat(TechnicalCoordination.validatorOf(org, BEKASI, madyaInBidang, ON).delegableTo()).isNull();
        assertThat(kaUptd).isNotNull();
    }

    @Test
    @DisplayName("ORG-11 Bandung: the profile sets no technical coordination of JF, so the appraiser validates the IKI")
    void noCoordinationMeansAppraiser() {
        String nip = jf(BIDANG, DINAS, FunctionalLevel.AHLI_PERTAMA, BIDANG + ":head");
        IndicatorValidator validator = TechnicalCoordination.validatorOf(org, BANDUNG, nip, ON);
        assertThat(validator.basis()).isEqualTo(Basis.APPRAISER);
        assertThat(validator.validatorNip()).isEqualTo(kabid);
        assertThat(validator.decision().profileId()).isEqualTo("bandung-2023");
    }

    @Test
    @DisplayName("ORG-11 Bandung: where the profile sets no coordination the IKI validator is the officials resolver's "
            + "APPRAISER (one resolution, issue 14 item 1): the delegate of an ORG-05 delegation in force (Perwal "
            + "Bandung 6/2023 Pasal 1(13)), and for a Kepala Seksi the Kepala Bidang above (structural line)")
    void appraiserIsTheResolversAppraiser() {
        String nip = jf(BIDANG, DINAS, FunctionalLevel.AHLI_PERTAMA, BIDANG + ":head");
        String delegate = structural(BIDANG, ":sub", PENGAWAS);
        apply(new id.sistemkerja.contracts.org.v1.AppraiserAuthorityDelegated("d-" + UUID.randomUUID(), AGENCY,
                BIDANG + ":head", delegate, List.of(nip), SINCE, ON.plusMonths(1), "SK 800/9", "ppk"));
        var resolver = new id.sistemkerja.regulation.officials.OfficialResolver(org);
        var home = resolver.locationOfUnit(BIDANG);
        IndicatorValidator delegated = TechnicalCoordination.validatorOf(org, BANDUNG, nip, ON);
        assertThat(delegated.basis()).isEqualTo(Basis.APPRAISER);
        assertThat(delegated.validatorNip()).isEqualTo(delegate)
                .isEqualTo(resolver.resolve(id.sistemkerja.regulation.profile.Official.APPRAISER,
                        id.sistemkerja.regulation.officials.OfficialCase.of(nip, home, home, ON)).firstNip());
        assertThat(delegated.positionId()).isEqualTo(BIDANG + ":head");

        IndicatorValidator kepalaSeksi = TechnicalCoordination.validatorOf(org, BANDUNG, kasi, ON);
        assertThat(kepalaSeksi.validatorNip()).isEqualTo(kabid2);
        assertThat(kepalaSeksi.kind()).isEqualTo(ADMINISTRATOR);
        var seksi = resolver.locationOfUnit(SEKSI);
        assertThat(resolver.resolve(id.sistemkerja.regulation.profile.Official.APPRAISER,
                id.sistemkerja.regulation.officials.OfficialCase.of(kasi, seksi, seksi, ON)).firstNip())
                .isEqualTo(kabid2);
    }

    @Test
    @DisplayName("ORG-11 a JF whose placement has not reached the replica is a retryable 409 fact-not-yet-known, "
            + "never an answer; so is an unknown employee")
    void notYetKnown() {
        String unplaced = appointedJf(BIDANG, DINAS, FunctionalLevel.AHLI_MUDA);
        ProblemException missing = catchThrowableOfType(ProblemException.class,
                () -> TechnicalCoordination.validatorOf(org, BEKASI, unplaced, ON));
        assertThat(missing.kind()).isEqualTo(ProblemKind.FACT_NOT_YET_KNOWN);
        assertThat(catchThrowableOfType(ProblemException.class, () -> TechnicalCoordination.validatorOf(org,
                BEKASI, "199912312025011001", ON)).kind()).isEqualTo(ProblemKind.FACT_NOT_YET_KNOWN);
        apply(new EmployeePlaced(UUID.randomUUID().toString(), unplaced, AGENCY, BIDANG, DINAS, BIDANG + ":head",
                SINCE, "800/2", "ppk", "bekasi-2023", "2", List.of("ORG-04")));
        assertThat(TechnicalCoordination.validatorOf(org, BEKASI, unplaced, ON).validatorNip()).isEqualTo(kabid);
    }
}
