package id.sistemkerja.performance.web;

import id.sistemkerja.platform.error.ProblemException;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Links of evidence and work results (L10) are web addresses: {@code https} or {@code http} with a host. Anything else
 * ({@code javascript:}, {@code data:}, {@code file:}) would be stored and shown by consuming applications as an
 * active link.
 */
final class Links {

    private Links() {
    }

    static List<String> checked(List<String> links) {
        if (links == null) {
            return null;
        }
        for (int i = 0; i < links.size(); i++) {
            String link = links.get(i);
            boolean web;
            try {
                URI uri = link == null ? null : new URI(link.trim());
                String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                web = (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
            } catch (Exception e) {
                web = false;
            }
            if (!web) {
                throw ProblemException.invalid("links[" + i + "]", "links[" + i + "] must be an https:// or http:// "
                        + "address");
            }
        }
        return links;
    }
}
