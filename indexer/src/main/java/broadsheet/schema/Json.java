package broadsheet.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

/**
 * The one JSON style of the command line and the HTTP API: records as objects with their fields in the
 * order declared, property names in snake_case ({@code took_ms}). The API answers compact, the command
 * line prints it indented for people to read.
 */
public final class Json {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    private static final ObjectWriter COMPACT = MAPPER.writer();
    private static final ObjectWriter INDENTED = MAPPER.writerWithDefaultPrettyPrinter();

    private Json() {}

    public static String compact(Object value) {
        return write(COMPACT, value);
    }

    public static String indented(Object value) {
        return write(INDENTED, value);
    }

    private static String write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("our own records always serialise", e);
        }
    }
}
