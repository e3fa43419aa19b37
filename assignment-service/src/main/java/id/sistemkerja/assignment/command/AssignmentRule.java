package id.sistemkerja.assignment.command;

import id.sistemkerja.regulation.profile.CommonRule;
import id.sistemkerja.regulation.profile.RegulationProfile;

/**
 * The assignment rules common to every regulation (RULES.md), with the articles that ground them. Rules that differ
 * by city (ASG-02, 05, 08, 11, 12, 14, RPT-01) are asked of the agency's regulation profile, whose decision cites its
 * own article; ASG-08, ASG-11, ASG-14 and TEAM-07 are listed here too for the acts this service records under them on
 * its own facts (a missing reason, a basis naming the rule). A common rule is cited from the agency's own regulation
 * where the bound profile names its article ({@link CommonRule#article(RegulationProfile)}); {@link #article()} lists
 * every city's article for callers without an agency.
 */
public enum AssignmentRule implements CommonRule {
    ASG_01("Perwal Bekasi 37/2023 Pasal 10; Perwal Bandung 6/2023 Pasal 12; Perwal Serang 23/2023 Pasal 10; "
            + "Perwal Cilegon 17/2023 Pasal 6"),
    ASG_03("Perwal Bekasi 37/2023 lampiran C.2 huruf f; Perwal Bandung 6/2023 Pasal 13 and lampiran B.2 huruf f"),
    ASG_04("Perwal Bekasi 37/2023 Pasal 10(4); Perwal Bandung 6/2023 Pasal 8(1); Perwal Serang 23/2023 Pasal 8(2); "
            + "Perwal Cilegon 17/2023 Pasal 6(4)"),
    ASG_06("Perwal Bandung 6/2023 Pasal 8(2), 9(1)"),
    ASG_07("Perwal Bandung 6/2023 Pasal 8(3), 9(2), lampiran B.2.a; Perwal Cilegon 17/2023 lampiran B.1"),
    ASG_08("Perwal Bandung 6/2023 lampiran B.2.a angka 2); Perwal Cilegon 17/2023 lampiran B.1.b"),
    ASG_09("Perwal Bandung 6/2023 lampiran B.2.a angka 3); Perwal Cilegon 17/2023 lampiran B.1.c"),
    ASG_10("Perwal Bekasi 37/2023 lampiran C.2 angka 2 huruf a); Perwal Bandung 6/2023 lampiran B.2.b angka 1); "
            + "Perwal Cilegon 17/2023 lampiran B.2.a"),
    ASG_11("Perwal Bandung 6/2023 Pasal 12(4); Perwal Serang 23/2023 Pasal 10(4); Perwal Cilegon 17/2023 "
            + "lampiran B.2.b; Perwal Bekasi 37/2023 lampiran C.2 angka 2 huruf b)"),
    ASG_13("Perwal Bekasi 37/2023 lampiran C.2 angka 1 huruf c)"),
    ASG_14("Perwal Serang 23/2023 Pasal 7, 8(1) (the profile's ASG-14 entry names the agency's article)"),
    AUD_03("RULES.md AUD-03: corrections are new acts that reference what they correct"),
    TEAM_07("RULES.md TEAM-07: a team is established by decree of the official of its scope (the profile's TEAM-07 "
            + "entry names the agency's article)"),
    TEAM_12("RULES.md TEAM-12: a team's members' team assignments end with the team");

    private final String article;

    AssignmentRule(String article) {
        this.article = article;
    }

    @Override
    public String article() {
        return article;
    }
}
