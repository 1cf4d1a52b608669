package broadsheet.web;

import broadsheet.search.SearchResult.BiasShare;
import broadsheet.search.SearchResult.MonthCount;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the results page's two small charts, drawn as SVG (attributes, not inline styles, so
 * the Content-Security-Policy needs no 'unsafe-inline'). Coordinates are in a 0..100 wide view box.
 */
final class Charts {

    /** One bias's part of the coverage bar. */
    record CoverageSegment(String bias, long count, long percent, double x, double width) {}

    /** One month's bar in the timeline; {@code y} and {@code height} in a 0..{@value #TIMELINE_HEIGHT} tall box. */
    record TimelineBar(String month, long count, double x, double width, double y, double height) {}

    static final int TIMELINE_HEIGHT = 30;

    private Charts() {}

    static List<CoverageSegment> coverage(List<BiasShare> shares) {
        List<CoverageSegment> segments = new ArrayList<>();
        double x = 0;
        for (BiasShare share : shares) {
            double width = share.share() * 100;
            segments.add(new CoverageSegment(share.bias(), share.count(), Math.round(width), x, width));
            x += width;
        }
        return segments;
    }

    static List<TimelineBar> timeline(List<MonthCount> months) {
        long peak = months.stream().mapToLong(MonthCount::count).max().orElse(0);
        List<TimelineBar> bars = new ArrayList<>();
        if (peak == 0) {
            return bars;
        }
        double step = 100.0 / months.size();
        for (int i = 0; i < months.size(); i++) {
            MonthCount month = months.get(i);
            // a month with any match gets at least a sliver, so that it can be seen and pointed at
            double height = month.count() == 0 ? 0 : Math.max(1.5, TIMELINE_HEIGHT * (double) month.count() / peak);
            bars.add(new TimelineBar(month.month(), month.count(), i * step, step * 0.85, TIMELINE_HEIGHT - height, height));
        }
        return bars;
    }
}
