package id.sistemkerja.assignment.command;

import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.RegulationRule;
import id.sistemkerja.platform.error.Violation;
import id.sistemkerja.regulation.profile.Citation;
import id.sistemkerja.regulation.profile.RegulationProfile;

/**
 * The assignment rules common to every regulation (RULES.md), with the articles that ground them. Rules that differ
 * by city (ASG-02, 05, 08, 11, 12, 14, RPT-01) are asked of the agency's regulation profile, which cites its own
 * article. A common rule is cited from the agency's own regulation too where the bound profile names its article
 * ({@link RegulationProfile#citation}); {@link #article()} lists every city's article for callers without an agency.
 */
public enum AssignmentRule implements RegulationRule {
    ASG_01("ASG-01", "Perwal Bekasi 37/2023 Pasal 10; Perwal Bandung 6/2023 Pasal 12; Perwal Serang 23/2023 Pasal 10; "
            + "Perwal Cilegon 17/2023 Pasal 6"),
    ASG_03("ASG-03", "Perwal Bekasi 37/2023 lampiran C.2 huruf f; Perwal Bandung 6/2023 Pasal 13 and lampiran B.2 "
            + "huruf f"),
    ASG_04("ASG-04", "Perwal Bekasi 37/2023 Pasal 10(4); Perwal Bandung 6/2023 Pasal 8(1); Perwal Serang 23/2023 "
            + "Pasal 8(2); Perwal Cilegon 17/2023 Pasal 6(4)"),
    ASG_06("ASG-06", "Perwal Bandung 6/2023 Pasal 8(2), 9(1)"),
    ASG_07("ASG-07", "Perwal Bandung 6/2023 Pasal 8(3), 9(2), lampiran B.2.a; Perwal Cilegon 17/2023 lampiran B.1"),
    ASG_08("ASG-08", "Perwal Bandung 6/2023 lampiran B.2.a angka 2); Perwal Cilegon 17/2023 lampiran B.1.b"),
    ASG_09("ASG-09", "Perwal Bandung 6/2023 lampiran B.2.a angka 3); Perwal Cilegon 17/2023 lampiran B.1.c"),
    ASG_10("ASG-10", "Perwal Bekasi 37/2023 lampiran C.2 angka 2 huruf a); Perwal Bandung 6/2023 lampiran B.2.b "
            + "angka 1); Perwal Cilegon 17/2023 lampiran B.2.a"),
    ASG_11("ASG-11", "Perwal Bandung 6/2023 Pasal 12(4); Perwal Serang 23/2023 Pasal 10(4); Perwal Cilegon 17/2023 "
            + "lampiran B.2.b; Perwal Bekasi 37/2023 lampiran C.2 angka 2 huruf b)"),
    ASG_13("ASG-13", "Perwal Bekasi 37/2023 lampiran C.2 angka 1 huruf c)"),
    AUD_03("AUD-03", "RULES.md AUD-03: corrections are new acts that reference what they correct"),
    TEAM_12("TEAM-12", "RULES.md TEAM-12: a team's members' team assignments end with the team");

    private final String id;
    private final String article;

    AssignmentRule(String id, String article) {
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

    /** The article of the agency's own regulation where its profile names one (12.12); otherwise {@link #article()}. */
    public String article(RegulationProfile profile) {
        return profile == null ? article : profile.citation(id).map(Citation::text).orElse(article);
    }

    /** {@link #violation(String, String)} citing the agency's own regulation. */
    public Violation violation(RegulationProfile profile, String field, String message) {
        return Violation.ofRule(id, article(profile), field, message);
    }

    /** {@link #refusal(String, String)} (422) citing the agency's own regulation. */
    public ProblemException refusal(RegulationProfile profile, String field, String message) {
        return ProblemException.rule(id, article(profile), field, message);
    }

    /** {@link #forbidden(String)} (403) citing the agency's own regulation. */
    public ProblemException forbidden(RegulationProfile profile, String message) {
        return ProblemException.forbidden(id, article(profile), message);
    }
}
