package broadsheet.schema;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import broadsheet.testing.SolrCloudExtension;
import broadsheet.testing.SolrTestCluster;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase.AnalysisPhase;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broadsheet's Solr configset on a real two-shard collection: it analyses text exactly as {@link NewsAnalyzer} does
 * (the same terms at the same positions and offsets, so that the same queries find the same articles and highlight
 * the same words), it has every field of the index, and it carries the name a client checks.
 */
@ExtendWith(SolrCloudExtension.class)
class SolrConfigsetTest {

    private static final String COLLECTION = "configset_test";
    private static CloudSolrClient solr;

    @BeforeAll
    static void createCollection(SolrTestCluster cluster) throws SolrServerException, IOException {
        solr = new CloudSolrClient.Builder(cluster.nodes())
                .withHttpClientBuilder(new HttpJdkSolrClient.Builder())
                .build();
        CollectionAdminRequest.createCollection(COLLECTION, SolrTestCluster.CONFIGSET_NAME, 2, 1).process(solr);
    }

    @AfterAll
    static void closeClient() throws IOException {
        solr.close();
    }

    /** A term where the analysis put it: what phrase queries and highlighting depend on. */
    record Token(String term, int position, int start, int end) {}

    static Stream<String> trickyTexts() {
        return Stream.of(
                "Zelenskyy’s security guarantees",
                "Ukraine's minerals deal and NATO’S summit",
                "Café Zelénskyy in KYIV, Straße, naïve œuvre",
                "self-driving cease-fire e-mail U.S.-brokered Biden–Putin",
                "the deal is not in the interest of their people, and it will be such a thing",
                "guarantees guaranteed guaranteeing securities secured elections elected",
                "O’Neill's don’t won't can’t rock ’n’ roll",
                "3.5% of $1,200 on 2025-02-14 at 10:30, №5, 1st, 21st-century",
                "Ελλάδα, Україна, 東京, 🇺🇦 flags 👍🏽 and e\u0301 combining",
                "tabs\tand\nnew lines, <b>tags</b> &amp; entities, [brackets] and \"quotes\"",
                stopWords());
    }

    /** Lucene's English stop words, each between two ordinary words. */
    private static String stopWords() {
        return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.stream()
                .map(word -> "news " + new String((char[]) word))
                .collect(Collectors.joining(" ", "", " news"));
    }

    @ParameterizedTest
    @MethodSource("trickyTexts")
    void solrAnalysesTextAsNewsAnalyzerDoes(String text) throws SolrServerException, IOException {
        List<Token> expected = newsAnalyzer(text);
        FieldAnalysisResponse response = new FieldAnalysisRequest()
                .addFieldName(Fields.TITLE)
                .addFieldName(Fields.BODY)
                .setFieldValue(text)
                .setQuery(text)
                .process(solr, COLLECTION);
        assertAll(Stream.of(Fields.TITLE, Fields.BODY).flatMap(field -> {
            FieldAnalysisResponse.Analysis analysis = response.getFieldNameAnalysis(field);
            return Stream.of(
                    () -> assertEquals(expected, lastPhase(analysis.getIndexPhases()), field + " at index time"),
                    () -> assertEquals(expected, lastPhase(analysis.getQueryPhases()), field + " at query time"));
        }));
    }

    @Test
    void collectionCarriesBroadsheetsSchemaName() throws SolrServerException, IOException {
        assertEquals(ArticleSchema.SOLR_SCHEMA_NAME,
                new SchemaRequest.SchemaName().process(solr, COLLECTION).getSchemaName());
    }

    @Test
    void schemaHasEveryFieldOfTheIndex() throws SolrServerException, IOException {
        ModifiableSolrParams withDefaults = new ModifiableSolrParams().set("showDefaults", true);
        Map<String, Map<String, Object>> fields = new SchemaRequest.Fields(withDefaults).process(solr, COLLECTION)
                .getFields().stream()
                .collect(Collectors.toMap(field -> (String) field.get("name"), Function.identity()));
        List<String> facets = new ArrayList<>(ArticleSchema.FACETS);
        facets.add(Fields.MONTH);
        assertAll(
                () -> assertEquals(Fields.ID, new SchemaRequest.UniqueKey().process(solr, COLLECTION).getUniqueKey()),
                () -> assertEquals(List.of(), fieldNames().stream().filter(name -> !fields.containsKey(name)).toList(),
                        "fields of Fields that the configset lacks"),
                () -> assertEquals(List.of(), facets.stream()
                        .filter(name -> !Boolean.TRUE.equals(fields.get(name).get("docValues"))).toList(),
                        "facets without doc values"),
                () -> assertEquals(List.of(), Stream.of(Fields.TITLE, Fields.BODY)
                        .filter(name -> !Boolean.TRUE.equals(fields.get(name).get("storeOffsetsWithPositions")))
                        .toList(), "text fields without offsets for highlighting"));
    }

    /** The values of Fields' constants: every field name of the index. */
    private static List<String> fieldNames() {
        return Arrays.stream(Fields.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(field -> {
                    try {
                        return (String) field.get(null);
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                })
                .toList();
    }

    private static List<Token> newsAnalyzer(String text) throws IOException {
        List<Token> tokens = new ArrayList<>();
        try (Analyzer analyzer = new NewsAnalyzer(); TokenStream stream = analyzer.tokenStream(Fields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = 0;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        }
        return tokens;
    }

    /** The tokens at the end of Solr's chain, positions counted from 1 as {@link #newsAnalyzer} counts them. */
    private static List<Token> lastPhase(Iterable<AnalysisPhase> phases) {
        AnalysisPhase last = null;
        for (AnalysisPhase phase : phases) {
            last = phase;
        }
        return last == null ? List.of() : last.getTokens().stream()
                .map(token -> new Token(token.getText(), token.getPosition(), token.getStart(), token.getEnd()))
                .toList();
    }
}
