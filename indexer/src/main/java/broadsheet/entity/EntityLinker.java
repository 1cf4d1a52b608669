package broadsheet.entity;

import broadsheet.knowledge.KnowledgeBase;
import broadsheet.knowledge.KnownEntity;
import broadsheet.knowledge.NameText;
import broadsheet.knowledge.Spelling;
import broadsheet.enrich.Enrichment;
import broadsheet.entity.Lexicon.Kind;
import broadsheet.schema.Article;
import broadsheet.schema.EntityType;
import broadsheet.schema.Fields;
import broadsheet.schema.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;

/**
 * Finds the people, organisations and places an article names, in its title and body.
 *
 * <p>Every spelling in the knowledge base is found by one deterministic automaton of all of them (Lucene's
 * string union), run over the normalised text (case, diacritics, hyphens; a possessive stays outside the match)
 * from each capitalised word that may start one. A known person's surname alone counts only once the article
 * has named them in full. What remains are runs of capitalised words: a small misspelling of a long known name
 * links to it (a bounded edit distance); otherwise a name of two or more words is kept under its own spelling, its
 * kind guessed from a title before it or from its last word. Thread-safe, so one linker serves every indexing
 * thread; each thread reuses its own {@link ScanBuffers}.
 */
public final class EntityLinker implements Enrichment {

    /** What a keyword of the automaton stands for: a spelling of a known entity, or a known person's surname. */
    private sealed interface Target permits Named, Surname {}

    private record Named(Spelling spelling) implements Target {}

    private record Surname(String key) implements Target {}

    private record Hit(int start, int end, Target target) {}

    /** Every spelling and surname, as a {@link NameText#normalize normalised} string, and what it stands for. */
    private final Map<String, Target> keywords = new HashMap<>();
    /**
     * Accepts exactly the {@link #keywords}. Stepped as it is (53 KB for this corpus) rather than through a
     * CharacterRunAutomaton, whose full table of states by characters takes 385 KB that indexing keeps pushing out
     * of the CPU's caches.
     */
    private final Automaton keywordAutomaton;
    private final Misspellings misspellings;
    private final Lexicon lexicon;
    private final Map<KnownEntity, String[]> surnames = new IdentityHashMap<>();
    private final ThreadLocal<ScanBuffers> scanBuffers = ThreadLocal.withInitial(ScanBuffers::new);

    public EntityLinker(KnowledgeBase knowledgeBase) {
        for (Spelling spelling : knowledgeBase.spellings()) {
            keywords.put(spelling.key(), new Named(spelling));
        }
        misspellings = new Misspellings(knowledgeBase.spellings());
        Set<String> firstNames = new HashSet<>();
        for (KnownEntity entity : knowledgeBase.entities()) {
            String[] entitySurnames = entity.surnames().toArray(String[]::new);
            surnames.put(entity, entitySurnames);
            for (String surname : entitySurnames) {
                keywords.putIfAbsent(surname, new Surname(surname));
            }
            if (entity.type() == EntityType.PERSON) {
                entity.names().stream().map(NameText::key).filter(k -> k.contains(" "))
                        .forEach(k -> firstNames.add(k.substring(0, k.indexOf(' '))));
            }
        }
        Set<String> nameStarts = new HashSet<>();
        keywords.keySet().forEach(keyword -> nameStarts.add(keyword.split(" ")[0]));
        lexicon = new Lexicon(nameStarts, firstNames);
        keywordAutomaton = Automata.makeStringUnion(keywords.keySet().stream().map(BytesRef::new).sorted().toList());
    }

    @Override
    public Article enrich(Article article) {
        ScanBuffers buffers = scanBuffers.get();
        buffers.startArticle();
        char[] title = article.title().toCharArray();
        char[] body = buffers.chars(article.body());
        int bodyLength = article.body().length();
        List<Word> titleWords = Words.of(title, title.length, true, lexicon, buffers);
        List<Word> bodyWords = Words.of(body, bodyLength, false, lexicon, buffers);
        ArticleMentions mentions = new ArticleMentions(buffers.lowerCase());
        new FieldLinking(Fields.TITLE, title, title.length, mentions, buffers.keyBytes()).link(titleWords);
        new FieldLinking(Fields.BODY, body, bodyLength, mentions, buffers.keyBytes()).link(bodyWords);
        return article.withEntities(mentions.entities());
    }

    /** Linking one field of an article: its text is the first {@code length} characters of {@code text}. */
    private final class FieldLinking {
        private final String field;
        private final char[] text;
        private final int length;
        private final ArticleMentions mentions;
        private final byte[] keyBytes;
        private final StringBuilder normalized = new StringBuilder();

        FieldLinking(String field, char[] text, int length, ArticleMentions mentions, byte[] keyBytes) {
            this.field = field;
            this.text = text;
            this.length = length;
            this.mentions = mentions;
            this.keyBytes = keyBytes;
        }

        void link(List<Word> words) {
            List<Hit> hits = hits(words);
            List<Word> run = new ArrayList<>();
            int h = 0;
            int coveredUntil = 0;
            for (Word word : words) {
                if (!word.joined()) {
                    endRun(run);
                }
                while (h < hits.size() && hits.get(h).start() < word.end()) {
                    Hit hit = hits.get(h++);
                    boolean linkable = switch (hit.target()) {
                        case Named named -> true;
                        case Surname surname -> mentions.knowsSurname(surname.key());
                    };
                    if (linkable) {
                        // what came before is resolved first: it may name in full the person a surname here names
                        endRun(run);
                        Mention mention = new Mention(field, hit.start(), hit.end());
                        switch (hit.target()) {
                            case Named named -> mentions.known(named.spelling().entity(),
                                    surnames.get(named.spelling().entity()), mention);
                            case Surname surname -> mentions.surname(surname.key(), mention);
                        }
                        coveredUntil = hit.end();
                    }
                }
                if (word.start() < coveredUntil) {
                    continue;
                }
                if (word.glued()) {
                    run.clear();
                    continue;
                }
                // the scan keeps capitalised words and connectors; a connector can only continue a run
                if (word.capitalised() || !run.isEmpty()) {
                    run.add(word);
                } else {
                    endRun(run);
                }
                if (word.possessive()) {
                    endRun(run);
                }
            }
            endRun(run);
        }

        private void endRun(List<Word> run) {
            resolve(run);
            run.clear();
        }

        /**
         * Known spellings in the text, written as the knowledge base writes them, longest first where they
         * overlap. Every spelling starts with a capital, so they are looked for only from capitalised words that
         * start one.
         */
        private List<Hit> hits(List<Word> words) {
            List<Hit> hits = new ArrayList<>();
            int coveredUntil = 0;
            for (Word word : words) {
                if (word.start() >= coveredUntil && word.capitalised() && word.is(Kind.NAME_START)) {
                    Hit hit = longestHitAt(word.start());
                    if (hit != null) {
                        hits.add(hit);
                        coveredUntil = hit.end();
                    }
                }
            }
            return hits;
        }

        /** The longest known spelling that starts at {@code start}, ends at a word's end and is written so. */
        private Hit longestHitAt(int start) {
            Hit longest = null;
            normalized.setLength(0);
            int state = 0;
            for (int i = start; i < length; i++) {
                char c = NameText.normalize(text[i]);
                normalized.append(c);
                state = keywordAutomaton.step(state, c);
                if (state < 0) {
                    break;
                }
                int end = i + 1;
                if (keywordAutomaton.isAccept(state) && (end == length || !Character.isLetterOrDigit(text[end]))) {
                    Target target = keywords.get(normalized.toString());
                    boolean written = switch (target) {
                        case Named named -> named.spelling().matchesInText(text, start, end);
                        case Surname surname -> Character.isUpperCase(text[start]);
                    };
                    if (written) {
                        longest = new Hit(start, end, target);
                    }
                }
            }
            return longest;
        }

        /**
         * A run of capitalised words that no known spelling covers: a surname, a misspelling, a new name or
         * nothing. "And" joins two names ("British and French") unless the run ends as an organisation's name
         * does ("Azovstal Iron and Steel Works").
         */
        private void resolve(List<Word> run) {
            if (run.isEmpty()) {
                return;
            }
            if (!run.getLast().is(Kind.ORGANIZATION_ENDING)) {
                for (int i = 0; i < run.size(); i++) {
                    if (run.get(i).key().equals("and")) {
                        resolveName(run.subList(0, i));
                        resolve(run.subList(i + 1, run.size()));
                        return;
                    }
                }
            }
            resolveName(run);
        }

        private void resolveName(List<Word> run) {
            int from = 0;
            int to = run.size();
            while (from < to && isNoNameStart(run.get(from), mentions)) {
                from++;
            }
            while (to > from && (!run.get(to - 1).capitalised() || run.get(to - 1).is(Kind.FUNCTION_WORD))) {
                to--;
            }
            if (from >= to) {
                return;
            }
            boolean titled = false;
            int lastTitle = -1;
            for (int i = from; i < to; i++) {
                if (run.get(i).is(Kind.TITLE)) {
                    lastTitle = i;
                }
            }
            if (lastTitle >= 0 && !run.get(to - 1).is(Kind.ORGANIZATION_ENDING)) {
                int after = lastTitle + 1;
                if (after + 1 < to && run.get(after).key().equals("of")) {
                    after += 2;
                }
                if (after >= to) {
                    return;
                }
                from = after;
                titled = true;
            }
            Word first = run.get(from);
            Word last = run.get(to - 1);
            Mention mention = new Mention(field, first.start(), last.nameEnd());
            boolean oneWord = to - from == 1;
            // most runs are one word, whose key the scan has made (it differs only for a word ending in a full stop)
            String key = oneWord && text[mention.end() - 1] != '.' ? first.key()
                    : NameText.key(text, mention.start(), mention.end(), keyBytes);
            if (oneWord && mentions.surname(key, mention)) {
                return;
            }
            Optional<KnownEntity> misspelt = misspellings.find(key);
            if (misspelt.isPresent()) {
                mentions.known(misspelt.get(), surnames.get(misspelt.get()), mention);
                return;
            }
            // a first name after a title ("President Vladimir") is a name cut short, not a person of its own
            if (first.heading() || oneWord && (!titled || first.is(Kind.FIRST_NAME))) {
                return;
            }
            for (int i = from; i < to; i++) {
                Word word = run.get(i);
                if (!mentions.isCommonWord(word) && !word.is(Kind.CONNECTOR)) {
                    String name = NameText.singleSpaced(
                            new String(text, mention.start(), mention.end() - mention.start()));
                    mentions.unknown(name, key, guessType(titled, first, last), mention);
                    return;
                }
            }
        }
    }

    /** Not a name's first word: lower case, a function word, a common word opening a sentence, a bare letter. */
    private static boolean isNoNameStart(Word word, ArticleMentions mentions) {
        return !word.capitalised() || word.is(Kind.FUNCTION_WORD) || word.sentenceStart() && mentions.isCommonWord(word)
                || word.nameEnd() - word.start() == 1;
    }

    private static EntityType guessType(boolean titled, Word first, Word last) {
        if (titled) {
            return EntityType.PERSON;
        }
        if (last.is(Kind.ORGANIZATION_ENDING)) {
            return EntityType.ORGANIZATION;
        }
        if (last.is(Kind.PLACE_ENDING)) {
            return EntityType.PLACE;
        }
        return first.is(Kind.FIRST_NAME) ? EntityType.PERSON : EntityType.OTHER;
    }
}
