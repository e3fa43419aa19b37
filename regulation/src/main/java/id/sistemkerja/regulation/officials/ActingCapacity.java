package id.sistemkerja.regulation.officials;

import id.sistemkerja.regulation.profile.Official;

/**
 * The capacity in which an actor takes an act (AUD-01): who (NIP or client id), as which official the rule names, and
 * what made them that official on the day (e.g. {@code holder of kota-bandung.dinkes:kadis},
 * {@code delegation d1 (SK 800/1)}, {@code role AUTHORIZED_OFFICIAL of kota-bandung}).
 */
public record ActingCapacity(String nip, Official official, String basis) {
}
