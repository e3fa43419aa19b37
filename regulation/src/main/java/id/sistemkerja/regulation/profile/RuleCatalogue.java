package id.sistemkerja.regulation.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rules RULES.md marks as profile-dependent, and the data type each profile entry binds to. */
final class RuleCatalogue {

    static final Map<String, Class<?>> DATA_TYPES;

    static {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        types.put("ORG-07", RuleData.Org07.class);
        types.put("ORG-08", RuleData.Org08.class);
        types.put("ORG-11", RuleData.Org11.class);
        types.put("ASG-02", RuleData.Asg02.class);
        types.put("ASG-05", RuleData.Asg05.class);
        types.put("ASG-08", RuleData.Asg08.class);
        types.put("ASG-11", RuleData.Asg11.class);
        types.put("ASG-12", RuleData.Asg12.class);
        types.put("ASG-14", RuleData.Asg14.class);
        types.put("TEAM-03", RuleData.Team03.class);
        types.put("TEAM-04", RuleData.Team04.class);
        types.put("TEAM-05", RuleData.Team05.class);
        types.put("TEAM-06", RuleData.Team06.class);
        types.put("TEAM-07", RuleData.Team07.class);
        types.put("TEAM-09", RuleData.Team09.class);
        types.put("RPT-01", RuleData.Rpt01.class);
        types.put("RPT-02", RuleData.Rpt02.class);
        types.put("RPT-03", RuleData.Rpt03.class);
        DATA_TYPES = java.util.Collections.unmodifiableMap(types);
    }

    static final List<String> IDS = List.copyOf(new ArrayList<>(DATA_TYPES.keySet()));

    /** Catalogue order (ORG, ASG, TEAM, RPT as in RULES.md). */
    static final Comparator<String> ORDER = Comparator.comparingInt(id -> {
        int index = IDS.indexOf(id);
        return index < 0 ? Integer.MAX_VALUE : index;
    });

    private RuleCatalogue() {
    }
}
