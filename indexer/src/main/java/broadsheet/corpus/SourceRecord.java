package broadsheet.corpus;

/** One row of sources.csv: what the archive knows about a file. Blank cells are null. */
public record SourceRecord(String path, String outlet, String url, String date, String title) {

    public static final SourceRecord UNKNOWN = new SourceRecord(null, null, null, null, null);

    /** The row as one string, so that a change to it counts as a change to the article. */
    public String fingerprint() {
        return String.join("\u001f", String.valueOf(outlet), String.valueOf(url), String.valueOf(date),
                String.valueOf(title));
    }
}
