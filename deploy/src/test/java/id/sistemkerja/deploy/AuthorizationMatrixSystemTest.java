package id.sistemkerja.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.sistemkerja.deploy.demo.DemoAgencies;
import id.sistemkerja.deploy.demo.DemoData;
import id.sistemkerja.deploy.demo.OrgPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.cloud.gateway.route.RouteDefinitionLocator;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The authorization matrix (issue 13): every endpoint of every service's OpenAPI, called through the gateway by eight
 * callers, against the expected status in {@code src/test/resources/security/authorization-matrix.tsv} (one row per
 * endpoint). An endpoint without a row, or a row without an endpoint, fails. A refused write by a matrix caller must
 * store nothing in any service. The objects are Kota Bandung's demo records (the local run's demo data), so the reads
 * hit real SKPs, orders, requests and teams; the other agency is Kota Bekasi.
 * <p>
 * {@code -Dmatrix.write=true} writes the statuses seen to {@code target/authorization-matrix.actual.tsv} (to review a
 * new row, never to accept a change unread).
 */
class AuthorizationMatrixSystemTest {

    static final String MATRIX = "/security/authorization-matrix.tsv";
    static final List<String> COLUMNS = List.of("none", "expired", "right", "wrongRole", "otherAdmin", "otherAuditor",
            "noAgency", "otherClient");
    static final List<String> SERVICES = List.of("org", "assignment", "team", "performance");

    private static final SystemUnderTest sut = SystemUnderTest.get();
    private static final ApiClient api = sut.api();
    private static final OrgPlan BANDUNG = DemoAgencies.all().get(0);
    private static final String AGENCY = BANDUNG.agencyId();
    private static final String OTHER = DemoAgencies.all().get(1).agencyId();
    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
    private static final Map<String, String> VALUES = new HashMap<>();
    private static final Map<String, String> SUBJECTS = new HashMap<>();
    private static RSAPrivateKey key;

    /** One row of the matrix file. */
    record Row(String service, String method, String path, String right, String wrong, Map<String, String> expected,
               String note) {
        String key() {
            return service + " " + method + " " + path;
        }
    }

    /** One endpoint of a service's OpenAPI, with whether it takes a request body. */
    record Endpoint(String service, String method, String path, boolean body) {
        String key() {
            return service + " " + method + " " + path;
        }
    }

    @BeforeAll
    static void demoAndFixture() throws Exception {
        key = privateKey(sut.keys().privateKey());
        new DemoData(sut.system().gatewayUrl()).load();
        String auditor = sign("matrix-fixture", AGENCY, List.of("AUDITOR"), 60);
        String hendi = nip("Hendi Permana, S.K.M.");
        String rendy = nip("dr. Rendy Saputra");
        SUBJECTS.put("admin", BANDUNG.adminNip());
        SUBJECTS.put("hendi", hendi);
        SUBJECTS.put("rendy", rendy);
        SUBJECTS.put("kabidYankes", nip("Rina Marlina, S.E."));
        SUBJECTS.put("kadinkes", nip("Drs. Hendra Gunawan, M.Si."));
        SUBJECTS.put("lead", nip("Yanti Rohayati, S.K.M."));
        VALUES.put("agencyId", AGENCY);
        VALUES.put("nip", hendi);
        VALUES.put("unitId", AGENCY + ".dinkes.yankes");
        VALUES.put("departmentId", AGENCY + ".dinkes");
        VALUES.put("year", Integer.toString(YEAR));
        VALUES.put("period", "TAHUNAN");
        VALUES.put("profileId", "bandung-2023");
        VALUES.put("treeSize", "1");
        VALUES.put("group", "matrix-no-such-group");
        JsonNode positions = awaitJson("/api/v1/units/" + AGENCY + ".dinkes/positions", auditor, j -> j.size() > 0);
        VALUES.put("positionId", positions.get(0).path("position").path("positionId").asText(
                positions.get(0).path("positionId").asText()));
        JsonNode teams = awaitJson("/api/v1/teams?unitId=" + AGENCY + ".dinkes.yankes", auditor,
                j -> j.size() > 0 && j.get(0).hasNonNull("leadNip"));
        VALUES.put("teamId", teams.get(0).path("teamId").asText());
        JsonNode assignments = awaitJson("/api/v1/employees/" + rendy + "/assignments",
                sign(rendy, AGENCY, List.of("EMPLOYEE"), 60), j -> j.path("assignments").size() > 0);
        JsonNode assignment = assignments.path("assignments").get(0);
        VALUES.put("assignmentId", assignment.path("id").asText());
        VALUES.put("orderId", assignment.path("orderId").asText());
        JsonNode order = awaitJson("/api/v1/assignment-orders/" + assignment.path("orderId").asText(), auditor, j -> true);
        VALUES.put("requestId", order.path("originId").asText());
        VALUES.put("orderNumber", order.path("number").asText());
        JsonNode employee = awaitJson("/api/v1/employees/" + hendi, auditor, j -> true);
        VALUES.put("placementId", employee.path("placement").path("placementId").asText("matrix-none-placementId"));
        // the audit API of each service reads that service's own records
        VALUES.put("org.aggregateId", hendi);
        VALUES.put("assignment.aggregateId", VALUES.get("orderId"));
        VALUES.put("team.aggregateId", VALUES.get("teamId"));
        VALUES.put("performance.aggregateId", "pk:" + AGENCY + ".dinkes.yankes:" + YEAR);
        for (String service : SERVICES) {
            // a ledger position of one of Bandung's records, for the inclusion proof
            JsonNode history = awaitJson("/api/v1/audit/" + service + "/aggregates/" + URLEncoder.encode(
                    VALUES.get(service + ".aggregateId"), StandardCharsets.UTF_8) + "/history", auditor,
                    j -> j.path("events").size() > 0);
            VALUES.put(service + ".seq", history.path("events").get(0).path("seq").asText());
            // a signed checkpoint covering it, so "latest checkpoint" and the inclusion proof exist in every service
            assertThat(api.post("/api/v1/operations/" + service + "/audit/checkpoint",
                    sign("matrix-fixture-ops", null, List.of("OPERATOR"), 5), null).status()).isEqualTo(200);
        }
        // records the demo has none of: every caller gets 404 or is refused before the lookup
        for (String unknown : List.of("applicationId", "planId", "delegationId", "id", "roleId", "objectionId",
                "proposalId", "problemId", "jobId")) {
            VALUES.put(unknown, "matrix-none-" + unknown);
        }
    }

    @Test
    @DisplayName("issue 13 every endpoint of every service answers each of the eight callers as the matrix says, and refused writes store nothing")
    void matrix() throws IOException {
        List<Endpoint> endpoints = endpoints();
        Map<String, Row> rows = rows();
        Set<String> missing = new TreeSet<>();
        endpoints.forEach(e -> {
            if (!rows.containsKey(e.key())) {
                missing.add(e.key());
            }
        });
        Set<String> stale = new TreeSet<>(rows.keySet());
        endpoints.forEach(e -> stale.remove(e.key()));

        List<String> mismatches = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        StringBuilder actual = new StringBuilder(header());
        for (Endpoint endpoint : endpoints) {
            Row row = rows.get(endpoint.key());
            if (row == null) {
                continue;
            }
            boolean write = !endpoint.method().equals("GET");
            long before = write ? matrixEvents() : 0;
            Map<String, String> seen = new LinkedHashMap<>();
            for (String column : COLUMNS) {
                String expected = row.expected().get(column);
                if ("-".equals(expected)) {
                    seen.put(column, "-");
                    continue;
                }
                ApiClient.Response response = call(endpoint, column, row);
                int status = response == null ? 0 : response.status();
                seen.put(column, Integer.toString(status));
                if (response != null && response.ok() && column.startsWith("other") && !endpoint.path().startsWith(
                        "/api/v1/profiles") && !endpoint.path().startsWith("/api/v1/audit/")
                        && response.body() != null && response.body().contains(AGENCY)) {
                    // a list another agency may call answers with its own records only, never Bandung's
                    leaks.add(endpoint.key() + " [" + column + "] shows records of " + AGENCY);
                }
                if (!Integer.toString(status).equals(expected)) {
                    mismatches.add(endpoint.key() + " [" + column + "] expected " + expected + ", got " + status);
                }
            }
            if (write && matrixEvents() != before) {
                stored.add(endpoint.key() + " stored events of a refused caller");
            }
            actual.append(String.join("\t", row.service(), row.method(), row.path(), row.right(), row.wrong()));
            COLUMNS.forEach(c -> actual.append('\t').append(seen.get(c)));
            actual.append('\t').append(row.note()).append('\n');
        }
        if (Boolean.getBoolean("matrix.write")) {
            Files.writeString(Path.of("target/authorization-matrix.actual.tsv"), actual);
        }
        org.assertj.core.api.SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(missing).as("endpoints without a row in " + MATRIX + " (add one per new endpoint)")
                    .isEmpty();
            soft.assertThat(stale).as("rows of " + MATRIX + " without an endpoint").isEmpty();
            soft.assertThat(stored).as("refused writes that stored something").isEmpty();
            soft.assertThat(leaks).as("another agency's caller saw this agency's records").isEmpty();
            soft.assertThat(mismatches).as("statuses that differ from the matrix").isEmpty();
        });
    }

    @Test
    @DisplayName("L6 every path the gateway routes reaches an endpoint of the service behind it")
    void everyGatewayRouteHasAnEndpoint() throws IOException {
        List<Endpoint> endpoints = endpoints();
        Map<String, String> serviceByPort = new HashMap<>();
        for (String service : SERVICES) {
            serviceByPort.put(sut.system().serviceUrl(service).replaceAll(".*:", ""), service);
        }
        List<RouteDefinition> routes = sut.system().context("gateway").getBean(RouteDefinitionLocator.class)
                .getRouteDefinitions().collectList().block(Duration.ofSeconds(10));
        List<String> dead = new ArrayList<>();
        PathPatternParser parser = new PathPatternParser();
        for (RouteDefinition route : routes) {
            String service = serviceByPort.get(Integer.toString(route.getUri().getPort()));
            if (service == null || route.getId().endsWith("-openapi")) {
                continue;
            }
            for (var predicate : route.getPredicates()) {
                if (!predicate.getName().equals("Path")) {
                    continue;
                }
                for (String pattern : predicate.getArgs().values()) {
                    for (String single : pattern.split(",")) {
                        PathPattern compiled = parser.parse(single.trim());
                        boolean reached = endpoints.stream().filter(e -> e.service().equals(service))
                                .map(e -> PathContainer.parsePath(gatewayPath(e.service(), e.path())
                                        .replaceAll("\\{[^}]+}", "x")))
                                .anyMatch(compiled::matches);
                        if (!reached) {
                            dead.add(route.getId() + " " + single.trim());
                        }
                    }
                }
            }
        }
        assertThat(routes).isNotEmpty();
        assertThat(dead).as("gateway paths that reach no endpoint").isEmpty();
    }

    // ------------------------------------------------------------------ calls

    private ApiClient.Response call(Endpoint endpoint, String column, Row row) {
        String token = switch (column) {
            case "none" -> null;
            case "expired" -> signExpired(row);
            case "right" -> rightToken(row);
            case "wrongRole" -> sign("matrix-wrong-role", AGENCY, roles(row.wrong()), 30);
            case "otherAdmin" -> sign("matrix-other-admin", OTHER, List.of("AGENCY_ADMIN"), 30);
            case "otherAuditor" -> sign("matrix-other-auditor", OTHER, List.of("AUDITOR"), 30);
            case "noAgency" -> sign("matrix-no-agency", null, List.of("AGENCY_ADMIN"), 30);
            case "otherClient" -> sign("matrix-client", OTHER, List.of("SYSTEM"), 30);
            default -> throw new IllegalArgumentException(column);
        };
        String path = resolve(endpoint.service(), gatewayPath(endpoint.service(), endpoint.path())) + query(endpoint);
        Object body = endpoint.body() ? "{}" : null;
        try {
            return api.send(endpoint.method(), path, token, body, null);
        } catch (UncheckedIOException noAnswer) {
            return null; // no answer within the client's timeout: status 0, a mismatch like any other
        }
    }

    /** Request parameters a read needs to reach its object (the values of the fixture). */
    private static String query(Endpoint endpoint) {
        String p = endpoint.path();
        if (endpoint.method().equals("GET")) {
            if (p.equals("/api/v1/assignment-orders")) {
                return "?number=" + URLEncoder.encode(VALUES.get("orderNumber"), StandardCharsets.UTF_8);
            }
            if (p.equals("/api/v1/assignment-reports")) {
                return "?assignmentId=" + VALUES.get("assignmentId");
            }
            if (p.equals("/api/v1/involvement-requests") || p.equals("/api/v1/teams")
                    || p.equals("/api/v1/teams/rosters")) {
                return "?unitId=" + VALUES.get("unitId");
            }
            if (p.endsWith("/role-matrix") || p.endsWith("/distribution") && p.contains("/agencies/")) {
                return "?year=" + YEAR + "&period=TAHUNAN";
            }
            if (p.equals("/api/v1/work-plans")) {
                return "?agencyId=" + AGENCY + "&year=" + YEAR;
            }
            if (p.equals("/api/v1/teams/late")) {
                return "?year=" + YEAR;
            }
            if (p.endsWith("/checks/order-issuer")) {
                return "?scope=WITHIN_UNIT&form=INDIVIDUAL";
            }
            if (p.endsWith("/checks/voluntary-application-target")) {
                return "?scope=CROSS_UNIT";
            }
            if (p.endsWith("/proofs/inclusion")) {
                return "?seq=" + VALUES.get(endpoint.service() + ".seq");
            }
            if (p.endsWith("/proofs/consistency")) {
                return "?firstSize=1&secondSize=1";
            }
        }
        return "";
    }

    private String rightToken(Row row) {
        String spec = row.right();
        String subject = "matrix-right";
        int at = spec.indexOf('@');
        if (at >= 0) {
            subject = SUBJECTS.getOrDefault(spec.substring(at + 1), spec.substring(at + 1));
            spec = spec.substring(0, at);
        }
        List<String> roles = roles(spec);
        boolean agencyLess = !roles.isEmpty() && roles.stream().allMatch(r -> r.equals("NATIONAL_AUDITOR")
                || r.equals("OPERATOR") || r.equals("NATIONAL_REGISTRAR"));
        return sign(subject, agencyLess ? null : AGENCY, roles, 30);
    }

    private String signExpired(Row row) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("matrix-expired").issuer("sikerja-local")
                    .audience("sikerja-api").issueTime(Date.from(Instant.now().minusSeconds(7200)))
                    .expirationTime(Date.from(Instant.now().minusSeconds(3600))).claim("agency", AGENCY)
                    .claim("roles", List.of("AGENCY_ADMIN", "AUDITOR")).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String sign(String subject, String agency, List<String> roles, int minutes) {
        try {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject).issuer("sikerja-local")
                    .audience("sikerja-api").issueTime(new Date())
                    .expirationTime(Date.from(Instant.now().plusSeconds(60L * minutes))).claim("roles", roles);
            if (agency != null) {
                claims.claim("agency", agency);
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> roles(String spec) {
        return spec == null || spec.isBlank() || spec.equals("-") ? List.of() : List.of(spec.split("\\+"));
    }

    /** The gateway path of a service path: audit and operations carry the service's name. */
    static String gatewayPath(String service, String path) {
        for (String prefix : List.of("/api/v1/audit/", "/api/v1/operations/")) {
            if (path.startsWith(prefix)) {
                return prefix + service + "/" + path.substring(prefix.length());
            }
        }
        return path;
    }

    private static String resolve(String service, String path) {
        Matcher variables = Pattern.compile("\\{([^}]+)}").matcher(path);
        StringBuilder resolved = new StringBuilder();
        while (variables.find()) {
            String value = VALUES.getOrDefault(service + "." + variables.group(1), VALUES.get(variables.group(1)));
            if (value == null) {
                throw new IllegalStateException("No fixture value for {" + variables.group(1) + "} in " + path
                        + ": add one to AuthorizationMatrixSystemTest");
            }
            variables.appendReplacement(resolved, Matcher.quoteReplacement(URLEncoder.encode(value,
                    StandardCharsets.UTF_8)));
        }
        variables.appendTail(resolved);
        return resolved.toString();
    }

    /** Events stored by any matrix caller other than the "right" one, in all services. */
    private static long matrixEvents() {
        long count = 0;
        for (String service : SERVICES) {
            JdbcTemplate db = new JdbcTemplate(sut.system().context(service).getBean(DataSource.class));
            count += db.queryForObject("SELECT count(*) FROM domainevententry WHERE metadata LIKE "
                    + "'%\"actor\":\"matrix-%'", Long.class);
        }
        return count;
    }

    // ------------------------------------------------------------------ inputs

    /** Every operation of every service's OpenAPI (read through the gateway's /openapi/<service>). */
    static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (String service : SERVICES) {
            ApiClient.Response docs = api.get("/openapi/" + service, null);
            assertThat(docs.status()).as("OpenAPI of " + service).isEqualTo(200);
            for (Iterator<Map.Entry<String, JsonNode>> paths = docs.json().path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    if (!Set.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
                        continue;
                    }
                    endpoints.add(new Endpoint(service, op.getKey().toUpperCase(), path.getKey(),
                            op.getValue().has("requestBody")));
                }
            }
        }
        endpoints.sort(java.util.Comparator.comparing(Endpoint::key));
        return endpoints;
    }

    static Map<String, Row> rows() {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = AuthorizationMatrixSystemTest.class.getResourceAsStream(MATRIX)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length < 13) {
                    throw new IllegalStateException("Matrix row needs 13 tab-separated cells (+ note): " + line);
                }
                Map<String, String> expected = new LinkedHashMap<>();
                for (int i = 0; i < COLUMNS.size(); i++) {
                    expected.put(COLUMNS.get(i), cells[5 + i].trim());
                }
                Row row = new Row(cells[0].trim(), cells[1].trim(), cells[2].trim(), cells[3].trim(), cells[4].trim(),
                        expected, cells.length > 13 ? cells[13].trim() : "");
                if (rows.put(row.key(), row) != null) {
                    throw new IllegalStateException("Two rows for " + row.key());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static String header() {
        return "# service\tmethod\tpath\tright\twrong\t" + String.join("\t", COLUMNS) + "\tnote\n";
    }

    private static String nip(String fullName) {
        return BANDUNG.steps().stream().filter(s -> s.phase() == OrgPlan.Phase.EMPLOYEES
                && fullName.equals(s.body().get("fullName"))).map(s -> (String) s.body().get("nip")).findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo employee " + fullName));
    }

    private static JsonNode awaitJson(String path, String token, Predicate<JsonNode> ready) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
            ApiClient.Response response = api.get(path, token);
            last[0] = response.json();
            return response.status() == 200 && ready.test(response.json());
        });
        return last[0];
    }

    private static RSAPrivateKey privateKey(Path pem) throws Exception {
        String text = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return (RSAPrivateKey) KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(text)));
    }

    static Set<String> rolesInMatrix() {
        Set<String> roles = new LinkedHashSet<>();
        for (Row row : rows().values()) {
            for (String spec : List.of(row.right(), row.wrong())) {
                String r = spec.contains("@") ? spec.substring(0, spec.indexOf('@')) : spec;
                roles.addAll(roles(r));
            }
        }
        return roles;
    }
}
