package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.ActingOfficial;
import id.sistemkerja.assignment.api.Recipient;
import id.sistemkerja.regulation.officials.OfficialCase;
import id.sistemkerja.regulation.profile.Official;

import java.util.List;

/** Who gets a copy (tembusan) of an act, and who drafts the order the profile has someone else draft. */
final class Recipients {

    private Recipients() {
    }

    /** The copies the acting official asked for by NIP (blanks and repeats dropped). */
    static List<Recipient> copies(List<String> nips) {
        return nips == null || nips.isEmpty() ? List.of() : List.of(Recipient.people(null, nips.stream()
                .filter(n -> n != null && !n.isBlank()).distinct().toList()));
    }

    /** The official the profile names to draft the order, as known on the case's date (409 while not known). */
    static ActingOfficial drafter(Officials officials, Official official, OfficialCase party) {
        Recipient who = officials.resolveKnown(official, party);
        return new ActingOfficial(who.nips().isEmpty() ? null : who.nips().get(0), official, "named by the profile");
    }
}
