package id.sistemkerja.deploy;

import id.sistemkerja.deploy.demo.Nips;
import id.sistemkerja.deploy.demo.OrgPlan;
import id.sistemkerja.deploy.demo.OrgPlanLoader;
import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.regulation.replica.OrgDirectory;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One agency for assignment system tests, registered through the gateway with org-service's API and bound to a
 * profile: department d1 (head K1) with units u1 (head H1, staff S1a, S1b) and u2 (head H2, staff S2a); department d2
 * (head K2) with unit u3 (head H3, staff S3a). Staff are placed with their unit head as appraiser. Returns once
 * assignment-service's replica knows the placements and the binding.
 */
final class AssignmentWorld {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(1);

    final String agency;
    final String shortName;
    final String d1;
    final String u1;
    final String u2;
    final String d2;
    final String u3;
    final String k1 = nip();
    final String k2 = nip();
    final String h1 = nip();
    final String h2 = nip();
    final String h3 = nip();
    final String s1a = nip();
    final String s1b = nip();
    final String s2a = nip();
    final String s3a = nip();

    AssignmentWorld(SystemUnderTest sut, String prefix, String profileId) {
        ApiClient api = sut.api();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        agency = prefix + "-" + suffix;
        shortName = ("K" + suffix).toUpperCase();
        OrgPlan plan = new OrgPlan(agency, "Pemerintah " + agency, shortName, nip());
        d1 = plan.department("d1", "DINAS", "Dinas Satu");
        d2 = plan.department("d2", "DINAS", "Dinas Dua");
        u1 = plan.unit(d1, "u1", "BIDANG", "Bidang Satu");
        u2 = plan.unit(d1, "u2", "BIDANG", "Bidang Dua");
        u3 = plan.unit(d2, "u3", "BIDANG", "Bidang Tiga");
        head(plan, d1, "kadis", "JPT_PRATAMA", k1);
        head(plan, d2, "kadis", "JPT_PRATAMA", k2);
        head(plan, u1, "kabid", "ADMINISTRATOR", h1);
        head(plan, u2, "kabid", "ADMINISTRATOR", h2);
        head(plan, u3, "kabid", "ADMINISTRATOR", h3);
        staff(plan, u1, s1a, s1b);
        staff(plan, u2, s2a);
        staff(plan, u3, s3a);
        new OrgPlanLoader(api, 1).load(plan);
        String admin = api.devToken(plan.adminNip(), agency, "AGENCY_ADMIN");
        assertThat(api.post("/api/v1/agencies/" + agency + "/profile-bindings", admin, Map.of("profileId",
                profileId, "profileVersion", 1, "effectiveFrom", "2023-07-06")).status()).isEqualTo(201); // REG-01
        OrgDirectory org = sut.system().context("assignment").getBean(OrgDirectory.class);
        AgencyProfiles profiles = sut.system().context("assignment").getBean(AgencyProfiles.class);
        LocalDate today = today();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() ->
                profiles.find(agency, today).isPresent()
                        && List.of(s1a, s1b, s2a, s3a).stream().allMatch(n -> org.appraiserOf(n, today).isPresent())
                        && List.of(u1, u2, u3, d1, d2).stream().allMatch(u -> org.headOf(u, today).isPresent()));
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Jakarta"));
    }

    /** Terms of an assignment starting today (ASG-07 complete). */
    static Map<String, Object> terms() {
        return Map.of("purpose", "Penyusunan laporan kinerja", "competencies", List.of("analisis data"),
                "targets", List.of("Laporan kinerja triwulan"), "otherArrangements", "Dilaporkan tiap bulan",
                "nature", "INCIDENTAL", "planning", "UNPLANNED", "validFrom", today().toString(),
                "validUntil", today().plusMonths(3).toString());
    }

    private static void head(OrgPlan plan, String unit, String code, String kind, String nip) {
        String position = plan.structural(unit, code, kind, kind + " " + unit, true);
        plan.employee(nip, "Pejabat " + nip, "PNS", "IV_A", "S2", List.of("manajemen"), false);
        plan.appoint(nip, position, "2024-01-02", "SK/" + nip);
    }

    private static void staff(OrgPlan plan, String unit, String... nips) {
        String position = plan.pelaksana(unit, "staf", "Pengolah Data", 7, 10);
        for (String nip : nips) {
            plan.employee(nip, "Pegawai " + nip, "PNS", "III_A", "S1", List.of("analisis data"), false);
            plan.appoint(nip, position, "2024-01-02", "SK/" + nip);
            plan.place(nip, unit, unit + ":kabid", "2024-01-02", "SK/P/" + nip);
        }
    }

    private static String nip() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(12_000));
        YearMonth appointed = YearMonth.of(birth.getYear() + 22 + random.nextInt(10), 1 + random.nextInt(12));
        return Nips.of(birth, appointed, 1 + random.nextInt(2), 1 + SEQUENCE.getAndIncrement() % 999);
    }
}
