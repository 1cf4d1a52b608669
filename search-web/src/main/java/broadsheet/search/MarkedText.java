package broadsheet.search;

import broadsheet.schema.ArticleEntity;
import broadsheet.schema.Fields;
import broadsheet.schema.Mention;
import broadsheet.furniture.SetAside;
import broadsheet.search.ArticlePage.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Cuts a text into {@link Segment}s at the edges of query matches, entity mentions and set-aside furniture. */
final class MarkedText {

    private record Span(int start, int end, ArticleEntity entity) {
        boolean covers(int offset) {
            return start <= offset && offset < end;
        }
    }

    private MarkedText() {}

    static List<Segment> segments(String text, List<Passages.Match> matches, List<ArticleEntity> entities,
            List<SetAside> furniture) {
        int length = text.length();
        List<Span> matchSpans = new ArrayList<>();
        matches.forEach(m -> matchSpans.add(new Span(m.start(), m.end(), null)));
        List<Span> mentionSpans = new ArrayList<>();
        for (ArticleEntity entity : entities) {
            for (Mention mention : entity.mentions()) {
                if (mention.field().equals(Fields.BODY) && 0 <= mention.start() && mention.start() < mention.end()
                        && mention.end() <= length) {
                    mentionSpans.add(new Span(mention.start(), mention.end(), entity));
                }
            }
        }
        TreeSet<Integer> edges = new TreeSet<>(List.of(0, length));
        for (Span span : matchSpans) {
            edges.add(Math.clamp(span.start(), 0, length));
            edges.add(Math.clamp(span.end(), 0, length));
        }
        mentionSpans.forEach(s -> {
            edges.add(s.start());
            edges.add(s.end());
        });
        List<Span> furnitureSpans = new ArrayList<>();
        for (SetAside paragraph : furniture) {
            if (paragraph.end() <= length) {
                furnitureSpans.add(new Span(paragraph.start(), paragraph.end(), null));
                edges.add(paragraph.start());
                edges.add(paragraph.end());
            }
        }
        List<Segment> segments = new ArrayList<>();
        Integer start = edges.first();
        for (Integer end = edges.higher(start); end != null; start = end, end = edges.higher(end)) {
            int at = start;
            boolean match = matchSpans.stream().anyMatch(s -> s.covers(at));
            ArticleEntity entity =
                    mentionSpans.stream().filter(s -> s.covers(at)).map(Span::entity).findFirst().orElse(null);
            boolean setAside = furnitureSpans.stream().anyMatch(s -> s.covers(at));
            segments.add(new Segment(text.substring(start, end), match,
                    entity == null ? null : entity.name(), entity == null ? null : entity.type().label(), setAside));
        }
        return segments;
    }
}
