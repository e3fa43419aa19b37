package id.sistemkerja.org;

import id.sistemkerja.platform.test.SiKerjaServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * ORG-09: every structure variant of the regulations takes placements, with the appraiser (Pejabat Penilai Kinerja)
 * and the unit head (Pimpinan Unit Organisasi) each as the figure describes — sometimes the same person.
 */
@SiKerjaServiceTest
class StructureVariantsTest {

    private static final String FROM = "2024-01-02";
    private static final String ON = "2024-02-01";

    @Autowired
    WebTestClient web;
    @Autowired
    JdbcTemplate jdbc;

    private OrgTestClient org;

    @BeforeEach
    void agency() {
        org = new OrgTestClient(web, jdbc);
    }

    private String jf(String positionId) {
        String nip = org.employee("Pejabat Fungsional");
        org.appoint(nip, positionId, FROM);
        return nip;
    }

    private void headIs(String unit, String headPosition, String headNip) {
        org.awaitJson(org.admin, "/api/v1/units/" + unit, "$.headPositionId", headPosition);
        org.awaitJson(org.admin, "/api/v1/agencies/" + org.agency + "/org-chart?asOf=" + ON,
                "$..[?(@.unitId == '" + unit + "')].head.holder.nip", java.util.List.of(headNip));
    }

    @Test
    @DisplayName("ORG-09 unit led by a JPT: Administrator as appraiser, or the JPT as appraiser with the Administrator as unit head (BDG23 B.1.a.1, D.1)")
    void ledByJptWithAdministrator() {
        String dinkes = org.department("dinkes", "DINAS", "Dinas Kesehatan");
        String kadis = org.structural(dinkes, "kadis", "JPT_PRATAMA", "Kepala Dinas Kesehatan", true);
        String yankes = org.unit(dinkes, "yankes", "BIDANG", "Bidang Pelayanan Kesehatan");
        String kabid = org.structural(yankes, "kabid", "ADMINISTRATOR", "Kepala Bidang Pelayanan Kesehatan", true);
        String analis = org.functional(yankes, "analis", "Administrator Kesehatan Ahli Muda", "AHLI_MUDA", false);
        String kadisNip = org.holder(kadis, "dr. Anhar Hadian", FROM);
        String kabidNip = org.holder(kabid, "Rina Marlina", FROM);

        String underKabid = jf(analis);
        org.place(underKabid, yankes, kabid, FROM).expectStatus().isCreated();
        String underKadis = jf(analis);
        org.place(underKadis, yankes, kadis, FROM).expectStatus().isCreated();

        org.expectAppraiser(underKabid, ON, kabidNip);
        org.expectAppraiser(underKadis, ON, kadisNip);
        headIs(yankes, kabid, kabidNip);
    }

    @Test
    @DisplayName("ORG-09 unit led by a JPT without Administrator: the JPT is appraiser and head (DPMPTSP, BDG23 B.1.a.2)")
    void ledByJptWithoutAdministrator() {
        String dpmptsp = org.department("dpmptsp", "DINAS", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu");
        String kadis = org.structural(dpmptsp, "kadis", "JPT_PRATAMA", "Kepala DPMPTSP", true);
        String penata = org.functional(dpmptsp, "penata-perizinan", "Penata Perizinan Ahli Muda", "AHLI_MUDA", false);
        String kadisNip = org.holder(kadis, "Kepala DPMPTSP", FROM);

        String nip = jf(penata);
        org.place(nip, dpmptsp, kadis, FROM).expectStatus().isCreated();

        org.expectAppraiser(nip, ON, kadisNip);
        headIs(dpmptsp, kadis, kadisNip);
    }

    @Test
    @DisplayName("ORG-09 unit led by an Administrator, with a Pengawas as appraiser or without Pengawas (Kecamatan, BDG23 B.1.b; SRG23 Pasal 6 b)")
    void ledByAdministrator() {
        String kecamatan = org.department("kec-coblong", "KECAMATAN", "Kecamatan Coblong");
        String camat = org.structural(kecamatan, "camat", "ADMINISTRATOR", "Camat Coblong", true);
        String seksi = org.unit(kecamatan, "seksi-pem", "SEKSI", "Seksi Pemerintahan");
        String kasi = org.structural(seksi, "kasi", "PENGAWAS", "Kepala Seksi Pemerintahan", true);
        String pelaksanaSeksi = org.pelaksana(seksi, "pengadministrasi", "Pengadministrasi Pemerintahan", 6);
        String pelaksanaKec = org.pelaksana(kecamatan, "pengelola", "Pengelola Layanan Kecamatan", 7);
        String camatNip = org.holder(camat, "Camat Coblong", FROM);
        String kasiNip = org.holder(kasi, "Kasi Pemerintahan", FROM);

        String underKasi = jf(pelaksanaSeksi);
        org.place(underKasi, seksi, kasi, FROM).expectStatus().isCreated();
        String underCamat = jf(pelaksanaKec);
        org.place(underCamat, kecamatan, camat, FROM).expectStatus().isCreated();

        org.expectAppraiser(underKasi, ON, kasiNip);
        org.expectAppraiser(underCamat, ON, camatNip);
        headIs(kecamatan, camat, camatNip);
    }

    @Test
    @DisplayName("ORG-09 unit led by a Pengawas: the Pengawas is appraiser and head (Kelurahan, UPTD; BDG23 B.1.c)")
    void ledByPengawas() {
        String kecamatan = org.department("kec-sukajadi", "KECAMATAN", "Kecamatan Sukajadi");
        org.structural(kecamatan, "camat", "ADMINISTRATOR", "Camat Sukajadi", true);
        String kelurahan = org.unit(kecamatan, "kel-pasteur", "KELURAHAN", "Kelurahan Pasteur");
        String lurah = org.structural(kelurahan, "lurah", "PENGAWAS", "Lurah Pasteur", true);
        String pelaksana = org.pelaksana(kelurahan, "pengadministrasi", "Pengadministrasi Umum", 5);
        String lurahNip = org.holder(lurah, "Lurah Pasteur", FROM);

        String nip = jf(pelaksana);
        org.place(nip, kelurahan, lurah, FROM).expectStatus().isCreated();

        org.expectAppraiser(nip, ON, lurahNip);
        headIs(kelurahan, lurah, lurahNip);
    }

    @Test
    @DisplayName("ORG-09 ORG-06 independent unit led by a JF: the head of the Puskesmas appraises its JF and Pelaksana (BDG23 B.1.d)")
    void ledByFunctional() {
        String dinkes = org.department("dinkes", "DINAS", "Dinas Kesehatan");
        org.structural(dinkes, "kadis", "JPT_PRATAMA", "Kepala Dinas Kesehatan", true);
        String puskesmas = org.unit(dinkes, "pkm-garuda", "PUSKESMAS", "UPTD Puskesmas Garuda");
        String kapus = org.functional(puskesmas, "kapus", "Dokter Ahli Madya (Kepala Puskesmas)", "AHLI_MADYA", true);
        String perawat = org.functional(puskesmas, "perawat", "Perawat Terampil", "TERAMPIL", false);
        String admin = org.pelaksana(puskesmas, "pengadministrasi", "Pengadministrasi Umum", 5);
        String kapusNip = org.holder(kapus, "dr. Siti Kapus", FROM);

        String nurse = jf(perawat);
        org.place(nurse, puskesmas, kapus, FROM).expectStatus().isCreated();
        String clerk = jf(admin);
        org.place(clerk, puskesmas, kapus, FROM).expectStatus().isCreated();

        org.expectAppraiser(nurse, ON, kapusNip);
        org.expectAppraiser(clerk, ON, kapusNip);
        headIs(puskesmas, kapus, kapusNip);
    }

    @Test
    @DisplayName("ORG-09 more than two structural levels: JF in a Seksi appraised by the Kepala Bidang or by the Kepala Seksi (BDG23 B.1.f)")
    void moreThanTwoLevels() {
        String dishub = org.department("dishub", "DINAS", "Dinas Perhubungan");
        org.structural(dishub, "kadis", "JPT_PRATAMA", "Kepala Dinas Perhubungan", true);
        String bidang = org.unit(dishub, "lalin", "BIDANG", "Bidang Lalu Lintas");
        String kabid = org.structural(bidang, "kabid", "ADMINISTRATOR", "Kepala Bidang Lalu Lintas", true);
        String seksi = org.unit(bidang, "rekayasa", "SEKSI", "Seksi Rekayasa Lalu Lintas");
        String kasi = org.structural(seksi, "kasi", "PENGAWAS", "Kepala Seksi Rekayasa Lalu Lintas", true);
        String penguji = org.functional(seksi, "penguji", "Penguji Kendaraan Bermotor Mahir", "MAHIR", false);
        String kabidNip = org.holder(kabid, "Kabid Lalin", FROM);
        String kasiNip = org.holder(kasi, "Kasi Rekayasa", FROM);

        String underKabid = jf(penguji);
        org.place(underKabid, seksi, kabid, FROM).expectStatus().isCreated();
        String underKasi = jf(penguji);
        org.place(underKasi, seksi, kasi, FROM).expectStatus().isCreated();

        org.expectAppraiser(underKabid, ON, kabidNip);
        org.expectAppraiser(underKasi, ON, kasiNip);
        headIs(seksi, kasi, kasiNip);
    }

    @Test
    @DisplayName("ORG-09 Sekretariat Daerah: Sekda > Asisten > Bagian, the Kepala Bagian (or the Asisten or Sekda) as appraiser (BDG23 B.1.e, D.8; SRG23 Pasal 6 f)")
    void sekretariatDaerah() {
        String setda = org.department("setda", "SEKRETARIAT_DAERAH", "Sekretariat Daerah");
        String sekda = org.structural(setda, "sekda", "JPT_PRATAMA", "Sekretaris Daerah", true);
        String asisten = org.unit(setda, "asisten-pemerintahan", "ASISTEN", "Asisten Pemerintahan dan Kesejahteraan Rakyat");
        String asda = org.structural(asisten, "asisten", "JPT_PRATAMA", "Asisten Pemerintahan", true);
        String bagian = org.unit(asisten, "bag-hukum", "BAGIAN", "Bagian Hukum");
        String kabag = org.structural(bagian, "kabag", "ADMINISTRATOR", "Kepala Bagian Hukum", true);
        String perancang = org.functional(bagian, "perancang", "Perancang Peraturan Perundang-undangan Ahli Muda",
                "AHLI_MUDA", false);
        String sekdaNip = org.holder(sekda, "Sekretaris Daerah", FROM);
        String asdaNip = org.holder(asda, "Asisten Pemerintahan", FROM);
        String kabagNip = org.holder(kabag, "Kepala Bagian Hukum", FROM);

        String underKabag = jf(perancang);
        org.place(underKabag, bagian, kabag, FROM).expectStatus().isCreated();
        String underAsisten = jf(perancang);
        org.place(underAsisten, bagian, asda, FROM).expectStatus().isCreated();
        String underSekda = jf(perancang);
        org.place(underSekda, bagian, sekda, FROM).expectStatus().isCreated();

        org.expectAppraiser(underKabag, ON, kabagNip);
        org.expectAppraiser(underAsisten, ON, asdaNip);
        org.expectAppraiser(underSekda, ON, sekdaNip);
        headIs(bagian, kabag, kabagNip);
        org.awaitJson(org.admin, "/api/v1/units/" + bagian, "$.ancestorUnitIds", java.util.List.of(setda, asisten));
    }
}
