package broadsheet.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The answers to the errors Jetty makes itself, before or after any route: a request it cannot read (an
 * ambiguous path, an address or headers too large, an unknown HTTP version) and an error no route caught
 * (an OutOfMemoryError, say). They get the app's {@link ErrorAnswer} and security headers, and a message of
 * the app's own: Jetty's would name the exception.
 */
final class JettyErrors extends ErrorHandler {

    private static final Map<Integer, String> MESSAGES = Map.of(
            400, "The request is not one this server can read.",
            414, "The address is too long.",
            431, "The request's headers are too large.",
            500, "Something went wrong on our side.",
            505, "This server speaks HTTP/1.1 and HTTP/1.0 only.");

    private final Templates templates = new Templates();

    /** The path of the request the connection on this thread was reading, if it got that far. */
    private static String pathRead() {
        HttpConnection connection = HttpConnection.getCurrentConnection();
        HttpURI uri = connection == null ? null : connection.getHttpChannel().getRequest().getHttpURI();
        return uri == null ? null : uri.getPath();
    }

    static String message(int status) {
        return MESSAGES.getOrDefault(status, HttpStatus.getMessage(status) + ".");
    }

    /** An error in handling a request Jetty could read: an exception or error no route caught, or a sendError. */
    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
            HttpServletResponse response, int code, String message) throws IOException {
        ErrorAnswer answer = ErrorAnswer.forPath(baseRequest.getPathInfo(), templates, code, message(code));
        WebServer.SECURITY_HEADERS.forEach(response::setHeader);
        response.setContentType(answer.contentType());
        response.getWriter().write(answer.body());
    }

    /**
     * A request Jetty could not read: answered in the form its path calls for if Jetty read that far (an
     * ambiguous path, headers too large), as the API's if not (an address too long, an unknown version).
     */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        ErrorAnswer answer = ErrorAnswer.forPath(pathRead(), templates, status, message(status));
        WebServer.SECURITY_HEADERS.forEach(fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, answer.contentType());
        return ByteBuffer.wrap(answer.body().getBytes(StandardCharsets.UTF_8));
    }
}
