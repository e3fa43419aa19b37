package id.sistemkerja.team.command;

import id.sistemkerja.platform.error.RegulationRule;

/**
 * The TEAM/RPT rules (RULES.md) common to every profile, with the articles that ground them. Profile-dependent rules
 * (TEAM-03..07, TEAM-09, RPT-02, RPT-03) are cited from the regulation profile's decision instead.
 */
public enum TeamRule implements RegulationRule {
    TEAM_01("TEAM-01", "Perwal Bekasi 37/2023 Pasal 9; Perwal Bandung 6/2023 Pasal 11(1); "
            + "Perwal Serang 23/2023 Pasal 12(3),(6); Perwal Cilegon 17/2023 lampiran C.1"),
    TEAM_02("TEAM-02", "Perwal Bekasi 37/2023 Pasal 9(3),(5); Perwal Bandung 6/2023 Pasal 11(5); "
            + "Perwal Serang 23/2023 Pasal 13(1); Perwal Cilegon 17/2023 Pasal 5(3)"),
    TEAM_08("TEAM-08", "Perwal Serang 23/2023 Pasal 13(4), 12(5)"),
    // BKS23: the rules of team work are in lampiran C (C.3 Pelaksanaan Tugas); lampiran B only lists the work stages
    TEAM_10("TEAM-10", "Perwal Bekasi 37/2023 lampiran C.3 (tanggung jawab huruf a-d); Perwal Bandung 6/2023 Pasal 15; "
            + "Perwal Cilegon 17/2023 lampiran C.5"),
    TEAM_11("TEAM-11", "Perwal Bekasi 37/2023 lampiran C.3 huruf a-d (pelaksanaan tugas); "
            + "Perwal Cilegon 17/2023 lampiran C.2-4"),
    TEAM_12("TEAM-12", "RULES.md TEAM-12 (a team ends at the end of its period or by a recorded dissolution; "
            + "its members' team assignments end with it)"),
    RPT_03("RPT-03", "Perwal Bekasi 37/2023 Pasal 14(3); Perwal Bandung 6/2023 Pasal 17(3); "
            + "Perwal Cilegon 17/2023 Pasal 11(4); Perwal Serang 23/2023 Pasal 16(4)");

    private final String id;
    private final String article;

    TeamRule(String id, String article) {
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
