package broadsheet.search;

import broadsheet.schema.ArticleSchema;
import broadsheet.schema.Fields;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A request's filters as Solr filter queries ({@code fq}), with the meaning ArchiveSearch.drillDown gives them locally.
 * An article has one bias and one outlet: several values of those mean any of them, in a filter tagged with the facet's
 * name so that the facet's own counts can leave it out ({@link SolrFacets}: drill sideways). An article names many
 * people, organisations and places: several values of those mean all of them, one plain filter each.
 */
final class SolrFilters {

    private SolrFilters() {}

    static List<String> of(SearchRequest request, SolrQueryWriter writer) {
        List<String> filters = new ArrayList<>();
        if (request.from() != null || request.to() != null) {
            String from = request.from() == null ? "*" : Long.toString(request.from().firstDay().toEpochDay());
            String to = request.to() == null ? "*" : Long.toString(request.to().lastDay().toEpochDay());
            filters.add(Fields.DATE_DAY + ":[" + from + " TO " + to + "]");
        }
        switch (request.dating()) {
            case DATED -> filters.add(Fields.DATE_DAY + ":*");
            case UNDATED -> filters.add("-" + Fields.DATE_DAY + ":*");
            case ANY -> { }
        }
        request.filters().forEach((facet, values) -> {
            if (ArticleSchema.facetsConfig().getDimConfig(facet).multiValued) {
                values.forEach(value -> filters.add(writer.term(facet, value)));
            } else {
                filters.add("{!tag=" + facet + "}" + values.stream()
                        .map(value -> writer.term(facet, value)).collect(Collectors.joining(" ")));
            }
        });
        return filters;
    }
}
