package broadsheet.corpus;

import broadsheet.schema.Bias;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * outlets.csv: outlet name to bias. One domain may carry several outlets with different ratings (a
 * paper's news and opinion pages), so a domain identifies an outlet only where it names exactly one.
 */
public final class OutletRatings {

    /** An outlet as outlets.csv spells it, with its rating. */
    public record Outlet(String name, Bias bias) {}

    private final Map<String, Outlet> byName;
    private final Map<String, Outlet> byUnambiguousDomain;

    private OutletRatings(Map<String, Outlet> byName, Map<String, Outlet> byUnambiguousDomain) {
        this.byName = Map.copyOf(byName);
        this.byUnambiguousDomain = Map.copyOf(byUnambiguousDomain);
    }

    public static OutletRatings none() {
        return new OutletRatings(Map.of(), Map.of());
    }

    public static OutletRatings load(Path file) throws IOException {
        return Files.exists(file) ? parse(file, Files.readAllBytes(file)) : none();
    }

    /** The ratings in {@code content}, as read from {@code file} (which messages name). */
    public static OutletRatings parse(Path file, byte[] content) throws IOException {
        Map<String, Outlet> byName = new HashMap<>();
        Map<String, Outlet> byDomain = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (CSVRecord row : CsvFiles.parse(file, content, "outlet", "bias")) {
            String name = CsvFiles.cell(row, "outlet");
            String label = CsvFiles.cell(row, "bias");
            long line = row.getRecordNumber() + 1;
            if (name == null) {
                throw new IOException(file + " line " + line + ": empty outlet name");
            }
            Bias bias = label == null ? Bias.UNRATED : Bias.fromLabel(label).orElseThrow(() -> new IOException(
                    file + " line " + line + ": unknown bias '" + label + "' (the scale is "
                            + java.util.Arrays.toString(Bias.values()) + ")"));
            Outlet outlet = new Outlet(name, bias);
            byName.put(key(name), outlet);
            String domain = CsvFiles.cell(row, "domain");
            if (domain != null && !ambiguous.contains(domain(domain))) {
                Outlet previous = byDomain.putIfAbsent(domain(domain), outlet);
                if (previous != null) {
                    byDomain.remove(domain(domain));
                    ambiguous.add(domain(domain));
                }
            }
        }
        return new OutletRatings(byName, byDomain);
    }

    /** Every rated outlet's name. */
    public List<String> names() {
        return byName.values().stream().map(Outlet::name).toList();
    }

    public Optional<Outlet> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(key(name)));
    }

    /** The one outlet at the URL's host (www. ignored), if exactly one is known there. */
    public Optional<Outlet> byUrl(String url) {
        return hostOf(url).map(OutletRatings::domain).map(byUnambiguousDomain::get);
    }

    /** The URL's host without {@code www.}, as outlets.csv's domains are written: a web page's outlet at the least. */
    public static Optional<String> domainOf(String url) {
        return hostOf(url).map(OutletRatings::domain);
    }

    static Optional<String> hostOf(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            String withScheme = url.contains("://") ? url : "http://" + url;
            return Optional.ofNullable(URI.create(withScheme.trim()).getHost());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private static String domain(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }
}
