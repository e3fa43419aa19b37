package id.sistemkerja.deploy.docs;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh clone's README and documentation are complete: {@code README.md} and every {@code docs/**}{@code /*.md}
 * link only to files inside the repository that exist (and to headings that exist in them), never to a path outside
 * it or to the web. The one exception is the local system a reader starts ({@code http://localhost...}).
 */
class DocumentationLinksTest {

    private static final Path ROOT = RepositoryFiles.root();

    private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*(```|~~~).*?^\\s*\\1[^\\n]*$");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern INLINE_LINK = Pattern.compile("!?\\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE = Pattern.compile("(?m)^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s+.*)?$");
    private static final Pattern AUTOLINK = Pattern.compile("<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\\s]+)>");
    private static final Pattern BARE_URL = Pattern.compile("(?<![(<\\w])(?:https?|ftp)://[^\\s)>\\]]+");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern LOCAL_SYSTEM = Pattern.compile("^https?://(localhost|127\\.0\\.0\\.1)([:/].*)?$");
    private static final Pattern HEADING = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s+(.+?)\\s*#*\\s*$");

    @Test
    @DisplayName("README.md and docs/**/*.md link only to files and headings inside the repository that exist")
    void documentationLinksStayInsideTheRepository() {
        List<Path> documents = documents();
        assertThat(documents).as("documents checked").contains(ROOT.resolve("README.md"),
                ROOT.resolve("docs/design/RULES.md"));
        List<String> problems = new ArrayList<>();
        for (Path document : documents) {
            problems.addAll(problems(ROOT, document));
        }
        assertThat(problems).as("links that leave the repository or point to nothing (a clone must be complete: "
                + "copy the document into docs/ and link it relatively)").isEmpty();
    }

    @Test
    @DisplayName("the link check finds a link outside the repository, a web link, a missing file and a missing heading")
    void linkCheckFindsBrokenLinks(@TempDir Path clone) throws Exception {
        Files.createDirectories(clone.resolve("docs/design"));
        Files.writeString(clone.resolve("docs/design/RULES.md"), "# Rule catalogue\n");
        Path document = clone.resolve("docs/page.md");
        Files.writeString(document, """
                # Title

                [outside](../../shared/design/ARCHITECTURE.md), [web](https://example.org/rules),
                [missing](design/NOPE.md), [heading](design/RULES.md#no-such-heading), [fine](design/RULES.md),
                [self](#title), the path `../../shared/seeds/` and <http://localhost:8080/swagger-ui.html>.

                ```
                [in a code block](../../ignored.md)
                ```
                """);

        List<String> problems = problems(clone, document);

        assertThat(problems).hasSize(5);
        assertThat(String.join("\n", problems)).contains("../../shared/design/ARCHITECTURE.md",
                "https://example.org/rules", "design/NOPE.md", "#no-such-heading", "../../shared/seeds/");
    }

    private static List<Path> documents() {
        List<Path> documents = new ArrayList<>();
        documents.add(ROOT.resolve("README.md"));
        documents.addAll(RepositoryFiles.files(ROOT, ROOT.resolve("docs"), p -> p.endsWith(".md")));
        return documents;
    }

    private static List<String> problems(Path root, Path document) {
        String where = RepositoryFiles.slashes(root.relativize(document));
        String text = FENCE.matcher(RepositoryFiles.read(document)).replaceAll("");
        List<String> problems = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        Matcher span = CODE_SPAN.matcher(text);
        int last = 0;
        while (span.find()) {
            prose.append(text, last, span.start()).append(' ');
            last = span.end();
            String code = span.group(2).trim();
            // a path in code that leaves the repository is the same dead end as a link (`../shared/design/...`)
            if (code.startsWith("../") && !inside(root, document.getParent().resolve(code.split("[\\s#]")[0]))) {
                problems.add(where + ": `" + code + "` names a path outside the repository");
            }
        }
        prose.append(text.substring(last));
        Set<String> targets = new LinkedHashSet<>();
        for (Pattern link : List.of(INLINE_LINK, REFERENCE, AUTOLINK)) {
            Matcher m = link.matcher(prose);
            while (m.find()) {
                targets.add(m.group(1));
            }
        }
        Matcher bare = BARE_URL.matcher(prose);
        while (bare.find()) {
            targets.add(bare.group().replaceAll("[.,;:]+$", ""));
        }
        for (String target : targets) {
            String problem = problem(root, document, target);
            if (problem != null) {
                problems.add(where + ": " + target + " " + problem);
            }
        }
        return problems;
    }

    private static String problem(Path root, Path document, String target) {
        if (target.isEmpty()) {
            return "is empty";
        }
        if (SCHEME.matcher(target).find()) {
            return LOCAL_SYSTEM.matcher(target).matches() ? null
                    : "leaves the repository (a web or file link: keep the document in docs/, or cite it as text)";
        }
        if (target.startsWith("/")) {
            return "is an absolute path (outside the repository)";
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path file = path.isEmpty() ? document : document.getParent().resolve(path).normalize();
        if (!inside(root, file)) {
            return "is outside the repository";
        }
        if (!Files.exists(file)) {
            return "does not exist";
        }
        if (anchor != null && !anchor.isEmpty() && file.toString().endsWith(".md")
                && !headingAnchors(file).contains(anchor)) {
            return "names a heading that " + RepositoryFiles.slashes(root.relativize(file)) + " does not have";
        }
        return null;
    }

    private static boolean inside(Path root, Path file) {
        return file.normalize().startsWith(root);
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
    private static Set<String> headingAnchors(Path markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher heading = HEADING.matcher(FENCE.matcher(RepositoryFiles.read(markdown)).replaceAll(""));
        while (heading.find()) {
            String title = heading.group(1).replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
            String slug = Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}\\s_-]", "").trim().replace(' ', '-');
            int n = seen.merge(slug, 1, Integer::sum);
            anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
        }
        return anchors;
    }
}
