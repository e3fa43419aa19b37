package id.sistemkerja.org;

import id.sistemkerja.platform.test.SiKerjaServiceTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;

/** The org chart (bagan organisasi) nests units under departments and counts holders and placements on the date. */
@SiKerjaServiceTest
class OrgChartTest {

    @Autowired
    WebTestClient web;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @DisplayName("ORG-01 ORG-10 the org chart nests units, names the heads and counts the job map and the placed employees on the date")
    void chartOnDates() {
        OrgTestClient org = new OrgTestClient(web, jdbc);
        String dinkes = org.department("dinkes", "DINAS", "Dinas Kesehatan");
        String kadis = org.structural(dinkes, "kadis", "JPT_PRATAMA", "Kepala Dinas Kesehatan", true);
        String yankes = org.unit(dinkes, "yankes", "BIDANG", "Bidang Pelayanan Kesehatan");
        String kabid = org.structural(yankes, "kabid", "ADMINISTRATOR", "Kepala Bidang", true);
        String analis = org.functional(yankes, "analis", "Administrator Kesehatan Ahli Muda", "AHLI_MUDA", false);
        org.holder(kadis, "dr. Kepala Dinas", "2024-01-02");
        String kabidNip = org.holder(kabid, "Rina Marlina", "2024-01-02");
        for (String from : List.of("2024-01-02", "2024-01-02", "2024-06-01")) {
            String jf = org.holder(analis, "Analis", from);
            org.place(jf, yankes, kabid, from).expectStatus().isCreated();
        }
        String chart = "/api/v1/agencies/" + org.agency + "/org-chart?asOf=";
        String bidang = "$.departments[0].units[0]";
        org.awaitJson(org.admin, chart + "2024-07-01", bidang + ".membersPlaced", 3);
        org.awaitJson(org.admin, chart + "2024-07-01", "$.employeesPlaced", 3);
        org.awaitJson(org.admin, chart + "2024-03-01", bidang + ".membersPlaced", 2);
        org.awaitJson(org.admin, chart + "2024-03-01", bidang + ".jobMap[?(@.positionId == '" + analis + "')].filled",
                List.of(2));
        org.awaitJson(org.admin, chart + "2024-03-01", bidang + ".jobMap[?(@.positionId == '" + analis
                + "')].capacity", List.of(5));
        org.awaitJson(org.admin, chart + "2024-03-01", bidang + ".head.holder.nip", kabidNip);
        org.awaitJson(org.admin, chart + "2024-03-01", bidang + ".head.holder.fullName", "Rina Marlina");
        org.awaitJson(org.admin, chart + "2024-03-01", "$.departments[0].head.positionId", kadis);
        org.awaitJson(org.admin, chart + "2023-12-31", bidang + ".membersPlaced", 0);
        org.awaitJson(org.admin, chart + "2023-12-31", bidang + ".head.holder", null);
    }
}
