package id.sistemkerja.regulation.profile;

import id.sistemkerja.platform.error.ProblemException;

import java.util.Objects;

/**
 * Where a rule comes from: the regulation, the article (pasal or a part of an annex) and, where it narrows it down,
 * the paragraph (ayat, huruf). {@link #text()} is the form used in problem+json {@code article} fields, e.g.
 * {@code Perwal Bandung 6/2023 Pasal 11(6) huruf a}.
 *
 * @param ruleId     rule of RULES.md this citation supports, e.g. {@code TEAM-05}
 * @param regulation short name of the regulation, e.g. {@code Perwal Bandung 6/2023}
 * @param article    e.g. {@code Pasal 11} or {@code lampiran B.2.b}
 * @param paragraph  e.g. {@code (6) huruf a}; null when the whole article is meant
 * @param note       an interpretation note (why the data reads the text this way); null when there is none
 */
public record Citation(String ruleId, String regulation, String article, String paragraph, String note) {

    public Citation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(regulation, "regulation");
        Objects.requireNonNull(article, "article");
    }

    /** Regulation, article and paragraph as one line. */
    public String text() {
        if (paragraph == null || paragraph.isBlank()) {
            return regulation + " " + article;
        }
        return regulation + " " + article + (paragraph.startsWith("(") ? "" : " ") + paragraph;
    }

    /** 422: rule {@link #ruleId()} refuses the act on {@code field}, citing this article. */
    public ProblemException refusal(String field, String message) {
        return Grounds.of(this).refusal(field, message);
    }

    @Override
    public String toString() {
        return ruleId + " [" + text() + "]";
    }
}
