package broadsheet.web;

import broadsheet.search.SearchResult.BiasShare;
import broadsheet.search.SearchResult.MonthCount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The geometry of the results page's two small charts, drawn as SVG (attributes, not inline styles, so
 * the Content-Security-Policy needs no 'unsafe-inline'). Coordinates are in a 0..100 wide view box.
 */
final class Charts {

    /** One bias's part of the coverage bar. */
    record CoverageSegment(String bias, long count, long percent, double x, double width) {}

    /**
     * One bar of the timeline: a month, or a year when the timeline spans too many months for a bar each;
     * {@code period} is what a click narrows the search to ("2016-03" or "2016"). Positions are percentages of the
     * chart, so that its labels keep their size however wide the chart is drawn.
     */
    record TimelineBar(String period, long count, double x, double width, double y, double height) {}

    /** A year's label on the timeline's axis, at {@code x} percent of its width. */
    record Tick(String year, double x) {}

    /** The timeline's bars and its axis. */
    record Timeline(List<TimelineBar> bars, List<Tick> ticks) {

        public boolean isEmpty() {
            return bars.isEmpty();
        }

        /** Where the axis runs, in percent of the chart's height: under the bars, above the labels. */
        public double axis() {
            return BARS_HEIGHT;
        }
    }

    /** Beyond this many months a bar each would be slivers: the timeline shows a bar a year. */
    static final int MOST_MONTH_BARS = 36;
    /** At most this many year labels fit under the chart on a phone; more are thinned to every second, third... */
    static final int MOST_TICKS = 8;
    /** The bars' part of the chart's height, in percent; the rest is the axis' labels. */
    static final double BARS_HEIGHT = 72;

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

    /** The timeline of the matches by month: a bar a month, or a bar a year over more than three years. */
    static Timeline timeline(List<MonthCount> months) {
        List<MonthCount> periods = months.size() > MOST_MONTH_BARS ? byYear(months) : months;
        long peak = periods.stream().mapToLong(MonthCount::count).max().orElse(0);
        if (peak == 0) {
            return new Timeline(List.of(), List.of());
        }
        double step = 100.0 / periods.size();
        List<TimelineBar> bars = new ArrayList<>();
        List<Integer> yearStarts = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            MonthCount period = periods.get(i);
            // a period with any match gets at least a sliver, so that it can be seen and pointed at
            double height = period.count() == 0 ? 0 : Math.max(2, BARS_HEIGHT * (double) period.count() / peak);
            bars.add(new TimelineBar(period.month(), period.count(), i * step, step * 0.85, BARS_HEIGHT - height, height));
            if (i == 0 || period.month().length() == 4 || period.month().endsWith("-01")) {
                yearStarts.add(i);
            }
        }
        int every = (yearStarts.size() + MOST_TICKS - 1) / MOST_TICKS;
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < yearStarts.size(); i += every) {
            int bar = yearStarts.get(i);
            ticks.add(new Tick(periods.get(bar).month().substring(0, 4), bar * step));
        }
        return new Timeline(bars, ticks);
    }

    private static List<MonthCount> byYear(List<MonthCount> months) {
        Map<String, Long> years = new LinkedHashMap<>();
        months.forEach(month -> years.merge(month.month().substring(0, 4), month.count(), Long::sum));
        return years.entrySet().stream().map(year -> new MonthCount(year.getKey(), year.getValue())).toList();
    }
}
