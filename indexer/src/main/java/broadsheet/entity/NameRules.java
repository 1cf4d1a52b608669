package broadsheet.entity;

import broadsheet.entity.Lexicon.Kind;
import broadsheet.knowledge.KnownEntity;
import broadsheet.knowledge.NameText;
import broadsheet.schema.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a run of capitalised words that no known spelling covers becomes a name, and of what type: the linker's
 * rules, in the order it applies them, each tested in NameRulesTest. The words they speak of are listed in
 * {@link Vocabulary}. Which text counts as a known spelling (a short acronym only in capitals, a name only with its
 * capital) is the knowledge base's rule, {@link broadsheet.knowledge.Spelling}, which the search obeys as well.
 */
final class NameRules {

    private NameRules() {}

    /** Words of a run that may name one new entity, and whether a title stood before them. */
    record Candidate(List<Word> words, boolean titled) {

        Word first() {
            return words.getFirst();
        }

        Word last() {
            return words.getLast();
        }

        boolean isOneWord() {
            return words.size() == 1;
        }
    }

    /**
     * "And" joins two names ("British and French"), unless the run ends as an organisation's name does ("Azovstal
     * Iron and Steel Works"): the parts of the run between its "and"s, or the whole run.
     */
    static List<List<Word>> namesJoinedByAnd(List<Word> run) {
        if (run.isEmpty() || run.getLast().is(Kind.ORGANIZATION_ENDING)) {
            return List.of(run);
        }
        List<List<Word>> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < run.size(); i++) {
            if (run.get(i).key().equals("and")) {
                parts.add(run.subList(from, i));
                from = i + 1;
            }
        }
        parts.add(run.subList(from, run.size()));
        return parts;
    }

    /**
     * The words of a run that may be a name: without what cannot start one ({@link #canStartName}) or end one
     * (lower case, a function word), and without a title before them ("President", "Secretary of State"), which
     * makes them a person's name; none when a title is all there is.
     */
    static Optional<Candidate> candidate(List<Word> run, ArticleMentions article) {
        int from = 0;
        int to = run.size();
        while (from < to && !canStartName(run.get(from), article)) {
            from++;
        }
        while (to > from && (!run.get(to - 1).capitalised() || run.get(to - 1).is(Kind.FUNCTION_WORD))) {
            to--;
        }
        if (from >= to) {
            return Optional.empty();
        }
        int afterTitle = afterTitle(run, from, to);
        if (afterTitle < 0) {
            return Optional.of(new Candidate(run.subList(from, to), false));
        }
        return afterTitle < to ? Optional.of(new Candidate(run.subList(afterTitle, to), true)) : Optional.empty();
    }

    /**
     * Where the name after the last title of words [from, to) starts, or -1 when there is no title or the run is an
     * organisation's name ("Prosecutor General's Office"). A title "of" something names it too: the name starts
     * after the word after "of" ("Secretary of State Marco Rubio").
     */
    private static int afterTitle(List<Word> run, int from, int to) {
        int lastTitle = -1;
        for (int i = from; i < to; i++) {
            if (run.get(i).is(Kind.TITLE)) {
                lastTitle = i;
            }
        }
        if (lastTitle < 0 || run.get(to - 1).is(Kind.ORGANIZATION_ENDING)) {
            return -1;
        }
        int after = lastTitle + 1;
        return after + 1 < to && run.get(after).key().equals("of") ? after + 2 : after;
    }

    /**
     * A name's first word is capitalised and more than a bare letter; it is no function word ("The Kremlin" is
     * Kremlin), nor a common word opening a sentence ("Grain Deal talks began", where the article also writes
     * "grain").
     */
    static boolean canStartName(Word word, ArticleMentions article) {
        return word.capitalised() && !word.is(Kind.FUNCTION_WORD)
                && !(word.sentenceStart() && article.isCommonWord(word)) && word.nameEnd() - word.start() > 1;
    }

    /**
     * Whether a candidate that is no known entity, surname or misspelling is a new name of its own. In a headline
     * every word is capitalised, so only known names are found there. One word is too little, unless a title
     * stands before it ("Mayor Klitschko"); but a first name after a title ("President Vladimir") is a name cut
     * short. A name needs a word of its own: not a common word of the article, not a connector. Page furniture is
     * no name ({@link Vocabulary#FURNITURE_ENDINGS}).
     */
    static boolean isNewName(Candidate name, ArticleMentions article) {
        if (name.first().heading() || name.isOneWord() && (!name.titled() || name.first().is(Kind.FIRST_NAME))
                || name.last().is(Kind.FURNITURE_ENDING)) {
            return false;
        }
        return name.words().stream().anyMatch(word -> !article.isCommonWord(word) && !word.is(Kind.CONNECTOR));
    }

    /**
     * A new name's type, {@code key} being its {@link broadsheet.knowledge.NameText#key key}: a person's after a
     * title; an organisation's or a place's when its last word says so ("Defence Ministry", "Kherson Region"); a
     * place's when the {@link Gazetteer} lists it ("Hong Kong") or its first word starts places' names ("San
     * Diego"); an organisation's or a place's when it is one "of" something ("Department of Homeland Security",
     * "District of Columbia"); a person's when it starts with a given name ("Ted Cruz") or the first name of a known
     * person, unless it ends in a nation's people ("Christian Syrian" describes someone); else an organisation's when
     * it is one of the archive's {@code outlets} ("Daily Beast": some outlets are columnists, whose given names come
     * first); anything else is {@link EntityType#OTHER}.
     */
    static EntityType type(Candidate name, String key, Set<String> outlets) {
        if (name.titled()) {
            return EntityType.PERSON;
        }
        if (name.last().is(Kind.ORGANIZATION_ENDING)) {
            return EntityType.ORGANIZATION;
        }
        if (name.last().is(Kind.PLACE_ENDING) || Gazetteer.PLACES.contains(key)
                || !name.isOneWord() && name.first().is(Kind.PLACE_START)) {
            return EntityType.PLACE;
        }
        if (name.words().size() > 2 && name.words().get(1).is(Kind.CONNECTOR)) {
            if (name.first().is(Kind.ORGANIZATION_ENDING)) {
                return EntityType.ORGANIZATION;
            }
            if (name.first().is(Kind.PLACE_ENDING)) {
                return EntityType.PLACE;
            }
        }
        if (name.last().is(Kind.DEMONYM)) {
            return EntityType.OTHER;
        }
        if (name.first().is(Kind.FIRST_NAME) || name.first().is(Kind.GIVEN_NAME)) {
            return EntityType.PERSON;
        }
        return outlets.contains(key) ? EntityType.ORGANIZATION : EntityType.OTHER;
    }

    /**
     * A person's name of two words or more makes its last word a surname: once the article has named the person in
     * full, the surname alone names them too ("Andrii Sybiha ... Sybiha said").
     */
    static Optional<String> surname(EntityType type, String key) {
        int space = key.lastIndexOf(' ');
        return type == EntityType.PERSON && space >= 0 ? Optional.of(key.substring(space + 1)) : Optional.empty();
    }

    /** The {@link #surname surnames} of a known entity's names. */
    static Set<String> surnames(KnownEntity entity) {
        Set<String> surnames = new LinkedHashSet<>();
        for (String name : entity.names()) {
            surname(entity.type(), NameText.key(name)).ifPresent(surnames::add);
        }
        return surnames;
    }

    /** The first word of a known person's name of two words or more: a first name, which makes a new name a person's. */
    static Optional<String> firstName(EntityType type, String key) {
        int space = key.indexOf(' ');
        return type == EntityType.PERSON && space >= 0 ? Optional.of(key.substring(0, space)) : Optional.empty();
    }
}
