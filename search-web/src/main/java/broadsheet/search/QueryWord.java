package broadsheet.search;

import org.apache.lucene.search.Query;

/** A word of a reader's query (or a phrase, a name, a prefix or fuzzy term) as typed, with the query that finds it. */
record QueryWord(String text, Query query) {}
