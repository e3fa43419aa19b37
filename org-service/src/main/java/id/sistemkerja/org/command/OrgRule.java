package id.sistemkerja.org.command;

import id.sistemkerja.platform.error.RegulationRule;

/** The ORG rules (RULES.md) org-service enforces, with the articles that ground them. */
public enum OrgRule implements RegulationRule {
    ORG_01("ORG-01", "Perwal Bandung 6/2023 Pasal 1(10-11); Perwal Bekasi 37/2023 Pasal 1(18-19); "
            + "Perwal Serang 23/2023 Pasal 1(16); Perwal Cilegon 17/2023 Pasal 1(14-15)"),
    ORG_02("ORG-02", "Perwal Bekasi 31/2021 Pasal 5(3), 6(2-4); Perwal Bandung 6/2023 Pasal 11(6)(d)"),
    ORG_03("ORG-03", "Peraturan Kepala BKN 22/2007 tentang NIP PNS"),
    ORG_04("ORG-04", "Perwal Bekasi 37/2023 Pasal 7(1); Perwal Bandung 6/2023 Pasal 6(3); "
            + "Perwal Serang 23/2023 Pasal 5(3); Perwal Cilegon 17/2023 Pasal 4(1)"),
    ORG_05("ORG-05", "Perwal Bekasi 37/2023 Pasal 1(20); Perwal Serang 23/2023 Pasal 1(17); "
            + "Perwal Cilegon 17/2023 Pasal 1(16); Perwal Bandung 6/2023 Pasal 1(13)"),
    ORG_06("ORG-06", "Perwal Bekasi 37/2023 Pasal 7(2); Perwal Bandung 6/2023 Pasal 6(5); "
            + "Perwal Serang 23/2023 Pasal 5(4); Perwal Cilegon 17/2023 Pasal 4(2)"),
    ORG_07("ORG-07", "Perwal Bekasi 37/2023 Pasal 7(3); Perwal Bandung 6/2023 lampiran B.1.d; "
            + "Perwal Serang 23/2023 Pasal 5(1)"),
    ORG_09("ORG-09", "Perwal Serang 23/2023 Pasal 6; Perwal Bandung 6/2023 lampiran B.1 a-f and D.1-8; "
            + "Perwal Bekasi 37/2023 lampiran C.1 Gambar 1-8"),
    ORG_10("ORG-10", "RULES.md ORG-10 (placements, appointments and delegations are historised); "
            + "corrections are new records (AUD-03)");

    private final String id;
    private final String article;

    OrgRule(String id, String article) {
        this.id = id;
        this.article = article;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String article() {
        return article;
    }
}
