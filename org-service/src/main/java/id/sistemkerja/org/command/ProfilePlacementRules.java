package id.sistemkerja.org.command;

/**
 * The placement rules that differ by regulation profile, asked after the common rules ({@link CommonPlacementRules}).
 * {@link BoundProfilePlacementRules} answers from the profile the agency is bound to on the placement date.
 */
public interface ProfilePlacementRules {

    ProfilePlacementDecision decide(PlacementProposal proposal);
}
