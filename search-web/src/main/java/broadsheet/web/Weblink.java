package broadsheet.web;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** A URL from the archive that is safe to link to: http or https only, never javascript: and the like. */
final class Weblink {

    private Weblink() {}

    static Optional<String> of(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            String scheme = URI.create(url.strip()).getScheme();
            String lower = scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
            return lower.equals("http") || lower.equals("https") ? Optional.of(url.strip()) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
