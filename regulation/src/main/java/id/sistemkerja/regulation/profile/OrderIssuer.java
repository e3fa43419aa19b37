package id.sistemkerja.regulation.profile;

import java.util.List;

/**
 * Who issues the written assignment order (ASG-04, ASG-05) for one scope and form.
 *
 * @param anyOf            any one of these officials may issue it
 * @param recommendationBy the official whose recommendation the issuer needs first; null when none
 */
public record OrderIssuer(List<Official> anyOf, Official recommendationBy) {

    public OrderIssuer {
        anyOf = List.copyOf(anyOf);
    }

    public boolean mayIssue(Official official) {
        return anyOf.contains(official);
    }
}
