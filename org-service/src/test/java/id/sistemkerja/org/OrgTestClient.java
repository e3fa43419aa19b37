package id.sistemkerja.org;

import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import id.sistemkerja.platform.test.TestTokens;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Drives org-service's API in tests: one fresh agency per test, with its administrator and PPK tokens. */
final class OrgTestClient {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    final WebTestClient web;
    final JdbcTemplate jdbc;
    final String agency;
    final String admin;
    final String ppk;

    OrgTestClient(WebTestClient web, JdbcTemplate jdbc) {
        this.web = web;
        this.jdbc = jdbc;
        this.agency = "kota-t" + UUID.randomUUID().toString().substring(0, 8);
        this.admin = TestTokens.token("197801012005011001", agency, "AGENCY_ADMIN");
        this.ppk = TestTokens.token("196501011990031001", agency, "STAFFING_AUTHORITY");
        post(admin, "/api/v1/agencies", Map.of("agencyId", agency, "name", "Pemerintah " + agency))
                .expectStatus().isCreated();
    }

    /** A valid NIP never used before in this JVM (birth date, appointment month, sex digit, sequence). */
    static String newNip() {
        int n = PEOPLE.incrementAndGet();
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(n * 7L);
        return String.format("%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), birth.getYear() + 25, 1 + n % 12, 1 + n % 2, 1 + n % 997);
    }

    WebTestClient.ResponseSpec post(String token, String path, Object body) {
        return web.post().uri(path).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    WebTestClient.ResponseSpec get(String token, String path) {
        return web.get().uri(path).header("Authorization", "Bearer " + token).exchange();
    }

    /** GET once the read side has caught up (the path answers 200). */
    WebTestClient.BodyContentSpec awaitGet(String token, String path) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() ->
                get(token, path).returnResult(String.class).getStatus().value() == 200);
        return get(token, path).expectStatus().isOk().expectBody();
    }

    String department(String code, String kind, String name) {
        post(admin, "/api/v1/departments", Map.of("code", code, "kind", kind, "name", name))
                .expectStatus().isCreated();
        return agency + "." + code;
    }

    String unit(String parent, String code, String kind, String name) {
        post(admin, "/api/v1/units", Map.of("parentUnitId", parent, "code", code, "kind", kind, "name", name))
                .expectStatus().isCreated();
        return parent + "." + code;
    }

    /** A structural position (head of its unit when {@code head}). */
    String structural(String unit, String code, String kind, String title, boolean head) {
        return position(unit, Map.of("code", code, "kind", kind, "title", title, "unitHead", head));
    }

    String functional(String unit, String code, String title, String level, boolean head) {
        return position(unit, Map.of("code", code, "kind", "FUNGSIONAL", "title", title, "functionalLevel", level,
                "capacity", head ? 1 : 5, "unitHead", head));
    }

    String pelaksana(String unit, String code, String title, int jobClass) {
        return position(unit, Map.of("code", code, "kind", "PELAKSANA", "title", title, "jobClass", jobClass,
                "capacity", 5));
    }

    private String position(String unit, Map<String, Object> body) {
        post(admin, "/api/v1/units/" + unit + "/positions", body).expectStatus().isCreated();
        return unit + ":" + body.get("code");
    }

    String employee(String name) {
        String nip = newNip();
        post(admin, "/api/v1/employees", Map.of("nip", nip, "fullName", name, "employmentType", "PNS",
                "rank", "III_C", "education", "S1", "competencies", List.of("pelayanan publik")))
                .expectStatus().isCreated();
        return nip;
    }

    void appoint(String nip, String positionId, String from) {
        post(admin, "/api/v1/employees/" + nip + "/appointments", Map.of("positionId", positionId,
                "effectiveFrom", from, "decreeNumber", "821/" + nip)).expectStatus().isCreated();
    }

    /** A new employee appointed to {@code positionId} from {@code from}. */
    String holder(String positionId, String name, String from) {
        String nip = employee(name);
        appoint(nip, positionId, from);
        return nip;
    }

    WebTestClient.ResponseSpec place(String nip, String unit, String appraiserPosition, String from) {
        Map<String, Object> body = new HashMap<>(Map.of("nip", nip, "unitId", unit,
                "appraiserPositionId", appraiserPosition, "effectiveFrom", from));
        return post(ppk, "/api/v1/placements", body);
    }

    long storedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    /** Waits until the read side answers {@code path} with {@code expected} at {@code jsonPath}, then returns the body. */
    String awaitJson(String token, String path, String jsonPath, Object expected) {
        String[] body = new String[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            body[0] = get(token, path).expectStatus().isOk().expectBody(String.class).returnResult()
                    .getResponseBody();
            Object actual;
            try {
                actual = JsonPath.read(body[0], jsonPath);
            } catch (PathNotFoundException e) {
                actual = null;
            }
            assertThat(actual).as(path + " " + jsonPath).isEqualTo(expected);
        });
        return body[0];
    }

    /** NIP of the appraiser (Pejabat Penilai Kinerja) on {@code date}, once the read side shows {@code expected}. */
    void expectAppraiser(String nip, String date, String expected) {
        awaitJson(admin, "/api/v1/employees/" + nip + "/appraiser?date=" + date, "$.appraiserNip", expected);
    }
}
