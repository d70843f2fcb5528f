package org.onestop.settlement.common.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.onestop.settlement.common.ProblemType;

/**
 * What Tomcat answers itself, before any filter or controller (a path with an encoded NUL, say): a problem+json body
 * like every other refusal of the service, instead of Tomcat's HTML error page. Nothing of the request or of any
 * exception is echoed.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.isCommitted() || response.getContentWritten() > 0) {
            return;
        }
        ProblemType type = ProblemType.forStatus(status);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title() + "\",\"status\":" + status
                        + ",\"detail\":\"The request was refused before it reached the service: its path or headers "
                        + "are not acceptable.\",\"instance\":\"" + jsonText(request.getRequestURI()) + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was taken over: nothing more to answer.
        }
    }

    /** The path as it came (still percent-encoded), safe inside a JSON string. */
    private static String jsonText(String path) {
        StringBuilder text = new StringBuilder();
        for (char c : String.valueOf(path).toCharArray()) {
            if (c == '"' || c == '\\') {
                text.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                text.append(c);
            } else {
                text.append(String.format("\\u%04x", (int) c));
            }
        }
        return text.toString();
    }
}
