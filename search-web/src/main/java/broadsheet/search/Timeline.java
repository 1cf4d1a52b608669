package broadsheet.search;

import broadsheet.search.SearchResult.FacetValue;
import broadsheet.search.SearchResult.MonthCount;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Matches by month, from the first month with matches to the last, months without matches as zero. */
final class Timeline {

    private Timeline() {}

    static List<MonthCount> of(List<FacetValue> years) {
        TreeMap<YearMonth, Long> counts = new TreeMap<>();
        for (FacetValue year : years) {
            for (FacetValue month : year.months()) {
                counts.put(YearMonth.parse(month.value()), month.count());
            }
        }
        List<MonthCount> timeline = new ArrayList<>();
        if (counts.isEmpty()) {
            return timeline;
        }
        for (YearMonth m = counts.firstKey(); !m.isAfter(counts.lastKey()); m = m.plusMonths(1)) {
            timeline.add(new MonthCount(m.toString(), counts.getOrDefault(m, 0L)));
        }
        return timeline;
    }
}
