package broadsheet.index;

import broadsheet.enrich.Enrichment;
import broadsheet.furniture.Furniture;
import broadsheet.schema.Article;
import broadsheet.furniture.SetAside;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Brings every article's set-aside furniture up to date with the whole archive, after a run has written its
 * documents and before it commits: adding articles can make a paragraph furniture (the fifth article of an outlet
 * with the same newsletter blurb), and deleting or changing them can make it no longer so. The paragraphs are
 * counted over the index, and only the articles whose set-aside paragraphs would change are rewritten, from their
 * stored fields, with the enrichment stages run again on the text that remains.
 *
 * <p>Every run revises, whatever it indexed: a run that failed between its documents and its revision (possible on
 * SolrCloud only, see {@link SolrSink#paragraphCounts}) is completed by the next.
 */
final class FurnitureRevision {

    private final IndexSink sink;
    private final List<Enrichment> enrichments;
    private final int threads;

    FurnitureRevision(IndexSink sink, List<Enrichment> enrichments, int threads) {
        this.sink = sink;
        this.enrichments = List.copyOf(enrichments);
        this.threads = threads;
    }

    /** Revises the articles whose furniture changed; returns how many. */
    int revise() throws IOException {
        Map<String, Integer> furniture = new HashMap<>();
        sink.paragraphCounts(Furniture.FEWEST_ARTICLES).forEach((key, articles) -> {
            if (Furniture.isFurniture(key, articles)) {
                furniture.put(key, articles);
            }
        });
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> pages = new ArrayList<>();
        try {
            int[] revised = {0};
            sink.forEachFurnished(furniture.keySet(), page -> {
                pages.add(workers.submit(() -> rewrite(page, furniture)));
                // a few pages ahead of the workers, not the whole archive's furnished articles in memory
                if (pages.size() > 4 * threads) {
                    revised[0] += done(pages.removeFirst());
                }
            });
            for (Future<Integer> page : pages) {
                revised[0] += done(page);
            }
            return revised[0];
        } finally {
            workers.shutdownNow();
            workers.close();
        }
    }

    private static int done(Future<Integer> page) throws IOException {
        try {
            return page.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted; the index is left as it was", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause().toString(), e.getCause());
        }
    }

    /** Rewrites the articles of a page whose furniture changed; returns how many. */
    private int rewrite(List<Article> page, Map<String, Integer> furniture) throws IOException {
        List<Article> revised = new ArrayList<>();
        for (Article article : page) {
            List<SetAside> setAside = Furniture.setAside(article.body(), article.outlet(), furniture);
            if (setAside.equals(article.furniture())) {
                continue;
            }
            try {
                Article enriched = article.withFurniture(setAside);
                for (Enrichment enrichment : enrichments) {
                    enriched = enrichment.enrich(enriched);
                }
                revised.add(enriched);
            } catch (RuntimeException e) {
                // a bug in a stage that took this article once: it keeps the document it has, and the next run,
                // which finds its furniture still out of date, tries again
            }
        }
        if (!revised.isEmpty()) {
            // a refusal keeps the document as it was, to be tried again by the next run likewise
            sink.write(revised, id -> true);
        }
        return revised.size();
    }
}
