package broadsheet.entity;

import broadsheet.entity.Lexicon.Kind;
import broadsheet.knowledge.KnownEntity;
import broadsheet.knowledge.NameText;
import broadsheet.knowledge.Spelling;
import broadsheet.schema.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.util.automaton.Automaton;

/**
 * Linking one field of an article (its title or its body) into the article's {@link ArticleMentions}: known
 * spellings first, then each run of capitalised words they leave, by the {@link NameRules}.
 */
final class FieldLinking {

    /** What a keyword of the automaton stands for: a spelling of a known entity, or a known person's surname. */
    sealed interface Target permits Named, Surname {}

    record Named(Spelling spelling) implements Target {}

    record Surname(String key) implements Target {}

    private record Hit(int start, int end, Target target) {}

    private final KnownNames names;
    private final String field;
    private final char[] text;
    private final ArticleMentions mentions;
    private final StringBuilder normalized = new StringBuilder();

    FieldLinking(KnownNames names, String field, char[] text, ArticleMentions mentions) {
        this.names = names;
        this.field = field;
        this.text = text;
        this.mentions = mentions;
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
                if (isLinkable(hit)) {
                    // what came before is resolved first: it may name in full the person a surname here names
                    endRun(run);
                    link(hit);
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

    /** A known spelling always links; a surname only once the article has named its person in full. */
    private boolean isLinkable(Hit hit) {
        return switch (hit.target()) {
            case Named named -> true;
            case Surname surname -> mentions.knowsSurname(surname.key());
        };
    }

    private void link(Hit hit) {
        Mention mention = new Mention(field, hit.start(), hit.end());
        switch (hit.target()) {
            case Named named -> known(named.spelling().entity(), mention);
            case Surname surname -> mentions.surname(surname.key(), mention);
        }
    }

    private void known(KnownEntity entity, Mention mention) {
        mentions.known(entity, names.surnamesOf(entity), mention);
    }

    private void endRun(List<Word> run) {
        for (List<Word> name : NameRules.namesJoinedByAnd(run)) {
            resolve(name);
        }
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
        Automaton keywords = names.automaton();
        Hit longest = null;
        normalized.setLength(0);
        int state = 0;
        for (int i = start; i < text.length; i++) {
            char c = NameText.normalize(text[i]);
            normalized.append(c);
            state = keywords.step(state, c);
            if (state < 0) {
                break;
            }
            int end = i + 1;
            if (keywords.isAccept(state) && (end == text.length || !Character.isLetterOrDigit(text[end]))) {
                Target target = names.target(normalized.toString());
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

    /** A run of capitalised words that no known spelling covers: a surname, a misspelling, a new name or nothing. */
    private void resolve(List<Word> run) {
        Optional<NameRules.Candidate> candidate = NameRules.candidate(run, mentions);
        if (candidate.isEmpty()) {
            return;
        }
        NameRules.Candidate name = candidate.get();
        Mention mention = new Mention(field, name.first().start(), name.last().nameEnd());
        // the scan has made a one-word run's key (it differs only for a word ending in a full stop)
        String key = name.isOneWord() && text[mention.end() - 1] != '.' ? name.first().key()
                : NameText.key(text, mention.start(), mention.end());
        if (name.isOneWord() && mentions.surname(key, mention)) {
            return;
        }
        Optional<KnownEntity> misspelt = names.misspelt(key);
        if (misspelt.isPresent()) {
            known(misspelt.get(), mention);
        } else if (NameRules.isNewName(name, mentions)) {
            String written = NameText.singleSpaced(new String(text, mention.start(), mention.end() - mention.start()));
            mentions.unknown(written, key, NameRules.type(name, key, names.outlets()), mention);
        }
    }
}
