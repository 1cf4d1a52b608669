package broadsheet.search;

import broadsheet.schema.Fields;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Where a query matches an article's body, from the offsets the index stores with the postings: the
 * best passages for a result list, or every match in the whole text for the article page.
 */
final class Passages {

    static final int MAX_PASSAGES = 3;
    static final int PASSAGE_LENGTH = 160;
    /**
     * No passage is longer than this, whatever the punctuation: a text without full stops is one sentence,
     * which would otherwise be one passage of the whole text.
     */
    static final int MAX_PASSAGE_LENGTH = 2 * PASSAGE_LENGTH;
    /**
     * Passages are looked for in this much of the body: most articles are shorter, and looking further
     * makes a result list measurably slower for the rare long one.
     */
    static final int MAX_TEXT = 10_000;

    private static final PassageFormatter SNIPPET_HTML = new CappedPassages();
    private static final Pattern FURNITURE_BLANKS = Pattern.compile("\\s{3,}");

    /** A match in the text: [start, end) character offsets. */
    record Match(int start, int end) {}

    private final Analyzer analyzer;

    Passages(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * For each document, the best one to three passages of its body as HTML (see {@link SearchResult.Hit}).
     * The caller has the bodies already, so the highlighter does not read them from the index again: the ranked
     * bodies ({@link broadsheet.schema.Article#rankedBody}), so that no passage shows page furniture.
     */
    String[] snippets(IndexSearcher searcher, Query query, int[] docs, String[] bodies) throws IOException {
        Map<Integer, String> texts = new HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            texts.put(docs[i], bodies[i] == null ? "" : bodies[i]);
        }
        GivenTextHighlighter highlighter = new GivenTextHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(SNIPPET_HTML)
                .withBreakIterator(Passages::sentences)
                .withMaxLength(MAX_TEXT)
                .withMaxNoHighlightPassages(1)
                .withPassageRelevancyOverSpeed(false), texts);
        String[] snippets = highlighter.highlightFields(new String[] {Fields.BODY}, query, docs, new int[] {MAX_PASSAGES})
                .get(Fields.BODY);
        for (int i = 0; i < snippets.length; i++) {
            // furniture is blanks in the ranked body: a passage beside it would show a run of them
            snippets[i] = snippets[i] == null ? "" : FURNITURE_BLANKS.matcher(snippets[i].strip()).replaceAll(" ");
        }
        return snippets;
    }

    /**
     * Roughly sentences of about {@value #PASSAGE_LENGTH} characters: cut after full stops, short pieces
     * ("U.S.") joined up. The JDK's sentence BreakIterator cut better but took a third of a search's time.
     */
    private static BreakIterator sentences() {
        return LengthGoalBreakIterator.createClosestToLength(new CustomSeparatorBreakIterator('.'), PASSAGE_LENGTH, 0.5f);
    }

    /** Every match of the query in one document's body, whose text the caller has, in text order. */
    List<Match> matches(IndexSearcher searcher, Query query, int doc, String body) throws IOException {
        GivenTextHighlighter finder = new GivenTextHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new MatchOffsets())
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withMaxNoHighlightPassages(0), Map.of(doc, body));
        @SuppressWarnings("unchecked")
        List<Match> matches = (List<Match>) finder.find(query, doc);
        return matches == null ? List.of() : matches; // null: no match at all
    }

    /**
     * A highlighter of bodies it is given rather than reads: the caller has them already, and an article's own
     * {@link ArticleText} stores none.
     */
    private static final class GivenTextHighlighter extends UnifiedHighlighter {
        private final Map<Integer, String> bodies;

        GivenTextHighlighter(Builder builder, Map<Integer, String> bodies) {
            super(builder);
            this.bodies = bodies;
        }

        /** The body of one document as its formatter makes it an object. */
        Object find(Query query, int doc) throws IOException {
            return highlightFieldsAsObjects(new String[] {Fields.BODY}, query, new int[] {doc}, new int[] {1})
                    .get(Fields.BODY)[0];
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                values.add(new CharSequence[] {TextCut.prefix(bodies.get(doc), getMaxLength())});
            }
            return values;
        }
    }

    /**
     * Passages as HTML: the text escaped but for its own {@code <mark>} tags, and a passage longer than
     * {@value #MAX_PASSAGE_LENGTH} characters cut between words around its first match, an ellipsis where
     * it was cut.
     */
    private static final class CappedPassages extends DefaultPassageFormatter {
        CappedPassages() {
            super("<mark>", "</mark>", " " + TextCut.ELLIPSIS + " ", true);
        }

        @Override
        public String format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return "";
            }
            Passage[] capped = new Passage[passages.length];
            for (int i = 0; i < passages.length; i++) {
                capped[i] = capped(passages[i], content);
            }
            Passage first = capped[0];
            Passage last = capped[capped.length - 1];
            return (first.getStartOffset() > passages[0].getStartOffset() ? TextCut.ELLIPSIS + " " : "")
                    + super.format(capped, content)
                    + (last.getEndOffset() < passages[passages.length - 1].getEndOffset() ? " " + TextCut.ELLIPSIS : "");
        }

        private static Passage capped(Passage passage, String content) {
            if (passage.getLength() <= MAX_PASSAGE_LENGTH) {
                return passage;
            }
            int from = passage.getStartOffset();
            int to = passage.getEndOffset();
            int anchor = passage.getNumMatches() == 0 ? from : passage.getMatchStarts()[0];
            int start = Math.max(from, Math.min(anchor - MAX_PASSAGE_LENGTH / 4, to - MAX_PASSAGE_LENGTH));
            start = start == from ? from : TextCut.wordStart(content, start, Math.min(anchor, start + MAX_PASSAGE_LENGTH / 4));
            int end = Math.min(to, start + MAX_PASSAGE_LENGTH);
            end = end == to ? to : TextCut.wordEnd(content, start, end);
            Passage cut = new Passage();
            cut.setStartOffset(start);
            cut.setEndOffset(end);
            cut.setScore(passage.getScore());
            for (int i = 0; i < passage.getNumMatches(); i++) {
                if (passage.getMatchStarts()[i] >= start && passage.getMatchEnds()[i] <= end) {
                    cut.addMatch(passage.getMatchStarts()[i], passage.getMatchEnds()[i], passage.getMatchTerms()[i],
                            passage.getMatchTermFreqsInDoc()[i]);
                }
            }
            return cut;
        }
    }

    /** Formats passages as the offsets of their matches rather than as text. */
    private static final class MatchOffsets extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Match> matches = new ArrayList<>();
            for (Passage passage : passages) {
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    matches.add(new Match(passage.getMatchStarts()[i], passage.getMatchEnds()[i]));
                }
            }
            return matches;
        }
    }
}
