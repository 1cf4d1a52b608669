package broadsheet.index;

import broadsheet.testing.TestCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The furniture tests' corpus, one for both engines: an outlet, the Daily, with a story of its own and, as a test
 * adds them, articles that carry the same photo caption between their own paragraphs.
 */
final class CaptionedCorpus {

    static final String CAPTION = "Marvin Quillfeather took this photo for the Daily. Hide Caption";

    /** Words that make each article's own paragraphs its own (digits would not: every number is one to furniture). */
    private static final List<String> TOPICS = List.of("parking", "schools", "libraries", "bridges", "parks", "lighting");

    final TestCorpus corpus;

    CaptionedCorpus(Path root) throws Exception {
        corpus = new TestCorpus(root);
        corpus.outlet("Daily", "daily.example", "center");
        // a known name, which the linker finds wherever it is written: so it is the furniture that keeps it out
        Files.writeString(corpus.root().resolve("entities.csv"),
                "name,type,aliases,description\nMarvin Quillfeather,person,,a photographer and chess player\n");
        corpus.newsJson("story.json", "Quillfeather wins", "Marvin Quillfeather won the county chess final on Sunday."
                + "\n\nHe beat the champion in forty moves.", "Daily", "2020-02-01");
    }

    /** Writes article {@code c<n>.json} of the Daily, with its own text and the caption between its paragraphs. */
    void captioned(int n) throws Exception {
        String topic = TOPICS.get(n);
        corpus.newsJson("c" + n + ".json", "Council on " + topic, "The council met to discuss the budget for "
                + topic + ".\n\n" + CAPTION + "\n\nMembers voted on " + topic + " after a long debate.", "Daily",
                "2020-01-%02d".formatted(n));
    }
}
