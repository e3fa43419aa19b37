package id.sistemkerja.org.command;

/**
 * The placement rules that differ by regulation profile, asked after the common rules ({@link CommonPlacementRules}).
 * The agency's profile binding supplies the implementation; until that is wired, {@link CommonCoreOnly} applies the
 * common core alone.
 */
public interface ProfilePlacementRules {

    ProfilePlacementDecision decide(PlacementProposal proposal);
}
