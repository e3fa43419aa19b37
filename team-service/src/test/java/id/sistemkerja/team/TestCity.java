package id.sistemkerja.team;

import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.UnitKind;
import id.sistemkerja.regulation.profile.ProfileBinding;
import id.sistemkerja.regulation.profile.ProfileRef;
import id.sistemkerja.regulation.replica.OrgReplica;
import id.sistemkerja.platform.security.Actor;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A city's organisation for team tests: an agency bound to a profile version, a department led by {@code deptHead}, a
 * unit led by {@code unitHead} and another unit led by {@code otherHead} in it, and a second department
 * ({@code department2}, led by {@code dept2Head}) with a unit {@code unit2} led by {@code unit2Head}.
 */
public final class TestCity {

    public final String agency;
    public final OrgFacts facts;
    public final String deptHead = OrgFacts.nip();
    public final String unitHead = OrgFacts.nip();
    public final String otherHead = OrgFacts.nip();
    public final String dept2Head = OrgFacts.nip();
    public final String unit2Head = OrgFacts.nip();
    public final String department;
    public final String unit;
    public final String otherUnit;
    public final String department2;
    public final String unit2;

    public TestCity(OrgReplica org, Consumer<ProfileBinding> binder, String agency, String profileId,
                    PositionKind unitHeadKind) {
        this(org, binder, agency, profileId, 1, unitHeadKind);
    }

    public TestCity(OrgReplica org, Consumer<ProfileBinding> binder, String agency, String profileId, int version,
                    PositionKind unitHeadKind) {
        this.agency = agency;
        binder.accept(new ProfileBinding(agency, new ProfileRef(profileId, version), LocalDate.of(2020, 1, 1)));
        facts = new OrgFacts(org, agency);
        department = facts.department("dept", UnitKind.DINAS, deptHead);
        unit = facts.unit("unit", department, UnitKind.BIDANG, unitHeadKind, unitHead);
        otherUnit = facts.unit("other", department, UnitKind.BIDANG, PositionKind.ADMINISTRATOR, otherHead);
        department2 = facts.department("dept2", UnitKind.BADAN, dept2Head);
        unit2 = facts.unit("unit2", department2, UnitKind.BIDANG, PositionKind.ADMINISTRATOR, unit2Head);
    }

    public Actor as(String nip, String... roles) {
        return new Actor(nip, "Pejabat " + nip, agency, null, Set.of(roles));
    }

    public Actor system() {
        return Actor.system(agency);
    }
}
