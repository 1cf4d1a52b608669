package broadsheet.web;

import broadsheet.search.InvalidRequestException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.BadMessageException;
import spark.Request;

/** A request's query parameters, each with all its values. */
final class Params {

    private Params() {}

    static Map<String, List<String>> of(Request request) {
        try {
            Map<String, List<String>> params = new LinkedHashMap<>();
            request.raw().getParameterMap().forEach((name, values) -> params.put(name, Arrays.asList(values)));
            return params;
        } catch (BadMessageException | IllegalArgumentException e) {
            throw new InvalidRequestException("the query string is not valid UTF-8 URL encoding");
        }
    }
}
