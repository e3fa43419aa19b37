package id.sistemkerja.regulation.competence;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shared vocabulary of competence fields (bidang kompetensi): codes with a name and synonyms, read from
 * {@code competencies/vocabulary.yml}. Employees' and teams' competencies stay free texts as org-service and the
 * proposer wrote them; a text counts as the field whose code, name or synonym it equals once case, accents,
 * punctuation and spacing are ignored ("Kesmas", "kesehatan masyarakat" and "KESEHATAN_MASYARAKAT" are one field). A
 * text the vocabulary does not know matches only the same text. Immutable and thread-safe; plain Java, usable from
 * aggregates.
 */
public final class CompetencyVocabulary {

    /** One competence field. */
    public record Competency(String code, String name, List<String> synonyms) {
        public Competency {
            synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
        }
    }

    record File(int version, List<Competency> competencies) {
    }

    public static final String DEFAULT_LOCATION = "competencies/vocabulary.yml";
    private static final String UNKNOWN_PREFIX = "TEXT:";
    private static volatile CompetencyVocabulary standard;

    private final int version;
    private final List<Competency> competencies;
    private final Map<String, String> codeByKey = new HashMap<>();

    CompetencyVocabulary(int version, List<Competency> competencies) {
        this.version = version;
        this.competencies = List.copyOf(competencies);
        for (Competency competency : competencies) {
            List<String> texts = new ArrayList<>(List.of(competency.code(), competency.name()));
            texts.addAll(competency.synonyms());
            for (String text : texts) {
                String previous = codeByKey.putIfAbsent(key(text), competency.code());
                if (previous != null && !previous.equals(competency.code())) {
                    throw new IllegalStateException("Competency vocabulary: '" + text + "' names both " + previous
                            + " and " + competency.code());
                }
            }
        }
    }

    /** The vocabulary shipped with the regulation kernel. */
    public static CompetencyVocabulary standard() {
        CompetencyVocabulary loaded = standard;
        if (loaded == null) {
            synchronized (CompetencyVocabulary.class) {
                if (standard == null) {
                    standard = load(DEFAULT_LOCATION);
                }
                loaded = standard;
            }
        }
        return loaded;
    }

    static CompetencyVocabulary load(String location) {
        try (InputStream in = CompetencyVocabulary.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("No competency vocabulary at classpath:" + location);
            }
            File file = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, File.class);
            return new CompetencyVocabulary(file.version(), file.competencies());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the competency vocabulary " + location, e);
        }
    }

    public int version() {
        return version;
    }

    public List<Competency> competencies() {
        return competencies;
    }

    /** The field a text names, if the vocabulary knows it. */
    public Optional<Competency> find(String text) {
        String code = text == null ? null : codeByKey.get(key(text));
        return competencies.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The code of a text: the vocabulary's code, or {@code TEXT:<normalised text>} for a text it does not know. */
    public String codeOf(String text) {
        String key = key(text);
        return codeByKey.getOrDefault(key, UNKNOWN_PREFIX + key);
    }

    /** The fields (codes) that both lists name, in the order of {@code needed}; empty when none. */
    public Set<String> matching(Collection<String> needed, Collection<String> held) {
        Set<String> heldCodes = new LinkedHashSet<>();
        (held == null ? List.<String>of() : held).stream().filter(t -> t != null && !t.isBlank())
                .map(this::codeOf).forEach(heldCodes::add);
        Set<String> matched = new LinkedHashSet<>();
        (needed == null ? List.<String>of() : needed).stream().filter(t -> t != null && !t.isBlank())
                .map(this::codeOf).filter(heldCodes::contains).forEach(matched::add);
        return matched;
    }

    /** Lower case, accents and punctuation removed, spaces collapsed: how texts are compared. */
    static String key(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]+", " ").trim();
    }
}
