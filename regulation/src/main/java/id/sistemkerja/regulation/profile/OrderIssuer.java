package id.sistemkerja.regulation.profile;

import java.util.List;

/**
 * Who issues the written assignment order (ASG-04, ASG-05) for one scope, form and mode.
 *
 * @param anyOf            any one of these officials may issue it
 * @param recommendationBy the official whose recommendation the issuer needs first; null when none
 * @param proposalBy       the official on whose proposal (usulan) the issuer appoints (ASG-05: BKS23 lampiran C.2 huruf
 *                         d, BDG23 lampiran B.2 huruf d, CLG23 lampiran B); an issuer who is that official proposes
 *                         themselves; null when the regulation names no proposal step
 */
public record OrderIssuer(List<Official> anyOf, Official recommendationBy, Official proposalBy) {

    public OrderIssuer {
        anyOf = List.copyOf(anyOf);
    }

    public OrderIssuer(List<Official> anyOf, Official recommendationBy) {
        this(anyOf, recommendationBy, null);
    }

    public boolean mayIssue(Official official) {
        return anyOf.contains(official);
    }
}
