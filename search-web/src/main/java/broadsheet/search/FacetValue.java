package broadsheet.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One value of a facet with the number of matching articles; a year lists its months (01..12). */
public record FacetValue(String value, long count, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FacetValue> months) {

    public FacetValue {
        months = List.copyOf(months);
    }

    public FacetValue(String value, long count) {
        this(value, count, List.of());
    }
}
