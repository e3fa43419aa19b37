package id.sistemkerja.deploy;

import id.sistemkerja.deploy.demo.Nips;
import id.sistemkerja.deploy.demo.OrgPlan;
import id.sistemkerja.deploy.demo.OrgPlanLoader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 15: a first start interrupted while the demo data loads left an employee's appointment key "in progress"; the
 * next start counted the 409 for that key as "already loaded", skipped the appointment, and failed on the placement
 * (ORG-04: the employee holds no position). The loader must resume instead: a key in progress is not an answer.
 */
class DemoLoaderResumeSystemTest {

    private final SystemUnderTest sut = SystemUnderTest.get();

    @Test
    @DisplayName("the demo loader resumes a load interrupted during an appointment: the key left in progress is retried, "
            + "never counted as loaded, and the placement that needs the appointment succeeds")
    void resumesAfterInterruptedAppointment() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String agency = "kota-resume-" + suffix;
        String admin = nip(1);
        String head = nip(2);
        String staff = nip(3);
        OrgPlan plan = new OrgPlan(agency, "Pemerintah " + agency, "R" + suffix.toUpperCase(), admin);
        String dept = plan.department("d1", "DINAS", "Dinas Satu");
        String unit = plan.unit(dept, "u1", "BIDANG", "Bidang Satu");
        String headPosition = plan.structural(unit, "kabid", "ADMINISTRATOR", "Kepala Bidang Satu", true);
        String staffPosition = plan.pelaksana(unit, "staf", "Pengolah Data", 7, 10);
        plan.employee(head, "Kepala " + head, "PNS", "IV_A", "S2", List.of("manajemen"), false);
        plan.appoint(head, headPosition, "2024-01-02", "SK/" + head);
        plan.employee(staff, "Pegawai " + staff, "PNS", "III_A", "S1", List.of("analisis data"), false);
        plan.appoint(staff, staffPosition, "2024-01-02", "SK/" + staff);
        plan.place(staff, unit, headPosition, "2024-01-02", "SK/P/" + staff);

        // the interrupted start: the staff appointment's key is in progress, its request never finished
        OrgPlan.Step appointment = plan.steps().stream()
                .filter(s -> s.phase() == OrgPlan.Phase.APPOINTMENTS && s.path().contains(staff)).findFirst()
                .orElseThrow();
        JdbcTemplate orgDb = sut.system().context("org").getBean(JdbcTemplate.class);
        orgDb.update("INSERT INTO sk_idempotency (principal, idem_key, request_hash, state, created_at) "
                        + "VALUES (?, ?, ?, 'IN_PROGRESS', ?)", admin, appointment.key(), "0".repeat(64),
                Timestamp.from(Instant.now()));

        OrgPlanLoader.Result result = new OrgPlanLoader(sut.api(), 4, Duration.ofMinutes(3)).load(plan);

        assertThat(result.created()).isEqualTo(plan.steps().size() + 1); // every step and the agency, none skipped
        ApiClient api = sut.api();
        String token = api.devToken(admin, agency, "AGENCY_ADMIN");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            ApiClient.Response employee = api.get("/api/v1/employees/" + staff, token);
            assertThat(employee.status()).isEqualTo(200);
            assertThat(employee.json().path("placement").path("unitId").asText()).isEqualTo(unit);
        });
        assertThat(orgDb.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND payloadtype LIKE '%EmployeeAppointedEvent'", Integer.class, staff)).isEqualTo(1);
    }

    private static String nip(int n) {
        return Nips.of(LocalDate.of(1980, 1, 1).plusDays(n * 40L + (System.nanoTime() % 300)),
                YearMonth.of(2005, 1 + n % 12), 1 + n % 2, 1 + (int) (System.nanoTime() % 900));
    }
}
