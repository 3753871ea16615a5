package dev.docket.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One REST request the bot made: method, path below the API base (e.g. {@code channels/1/messages}), the
 * JSON body (a missing node when there was none) and when it arrived.
 */
public record RecordedRequest(String method, String path, String query, JsonNode body, Instant at) {

    public boolean is(String expectedMethod, String expectedPath) {
        return method.equals(expectedMethod) && path.equals(expectedPath);
    }

    @Override
    public String toString() {
        return method + " " + path + (query == null ? "" : "?" + query) + " " + body;
    }
}
