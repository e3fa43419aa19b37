package id.sistemkerja.assignment;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12.11: a service never decides on facts not yet known. A missing org fact or a profile binding not replicated
 * yet is a retryable {@code 409 fact-not-yet-known} (nothing stored), never a rule refusal; the same command succeeds
 * once the fact arrives. The org consumer is "held back" by writing the command before the fact: the fixture applies
 * the facts to the replica only afterwards, as the Kafka consumer would.
 */
class FactsNotYetKnownTest extends AssignmentTestBase {

    @Test
    @DisplayName("ARCHITECTURE ORG-04 ASG-08 an approval naming an employee whose placement has not reached the replica is 409, not 403 'not the appraiser'; it succeeds once the placement arrives")
    void appraiserNotYetKnown() {
        OrgFixture f = agency("bandung-2023");
        String newcomer = f.newNip();
        f.registerAndAppoint(newcomer, f.u1, f.d1); // appointed in u1, placement still on its way
        Map<String, Object> request = new HashMap<>(Map.of("owningUnitId", f.u2, "targetUnitId", f.u1,
                "form", "INDIVIDUAL", "terms", terms(true), "requestedNips", List.of()));
        String id = ok(post("/api/v1/involvement-requests", f.h2, f, request)).get("requestId").toString();
        int before = storedEvents(id);
        Map<String, Object> approval = Map.of("nominatedNips", List.of(newcomer));
        post("/api/v1/involvement-requests/" + id + "/approval", f.h1, f.agency, approval, "approve-" + id)
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.detail")
                .value(d -> assertThat(d.toString()).contains("Placement (kedudukan) of employee " + newcomer));
        assertThat(storedEvents(id)).isEqualTo(before);

        f.place(newcomer, f.u1, f.d1, f.u1 + ":kabid");
        ok(post("/api/v1/involvement-requests/" + id + "/approval", f.h1, f.agency, approval, "approve-" + id));
    }

    @Test
    @DisplayName("ARCHITECTURE ASG-13 an employee placed but whose appointment (position kind) has not arrived is 409, never taken for a Pelaksana; the order is issued once it arrives")
    void positionNotYetKnown() {
        OrgFixture f = agency("bekasi-2023");
        String newcomer = f.newNip();
        f.register(newcomer);
        f.place(newcomer, f.u1, f.d1, f.u1 + ":kabid");
        Map<String, Object> order = AssignmentOrderTest.direct(f, "INDIVIDUAL", null, terms(false), newcomer);
        post("/api/v1/assignment-orders", f.h1, f.agency, order, "order-" + newcomer).expectStatus().isEqualTo(409);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE payload::text LIKE ?",
                Integer.class, "%" + newcomer + "%")).isZero();

        f.registerAndAppoint(newcomer, f.u1, f.d1);
        ok(post("/api/v1/assignment-orders", f.h1, f.agency, order, "order-" + newcomer));
    }

    @Test
    @DisplayName("ARCHITECTURE ASG-05 an agency whose regulation profile binding has not been replicated yet gets 409, not a refusal; the order is issued once the binding arrives")
    void bindingNotYetKnown() {
        OrgFixture f = agency("bekasi-2023", 0);
        Map<String, Object> order = AssignmentOrderTest.direct(f, "INDIVIDUAL", null, terms(false), f.s1a);
        post("/api/v1/assignment-orders", f.h1, f.agency, order, "order-" + f.agency).expectStatus().isEqualTo(409);
        f.bind(bindings, "bekasi-2023", 2);
        ok(post("/api/v1/assignment-orders", f.h1, f.agency, order, "order-" + f.agency));
    }
}
