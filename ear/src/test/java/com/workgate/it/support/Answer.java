package com.workgate.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/** An HTTP answer as a client sees it: status, headers and the body parsed as JSON (or null). */
public record Answer(int status, HttpHeaders headers, String text, JsonNode json) {

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public String message() {
        return json == null || json.get("message") == null ? null : json.get("message").asText();
    }

    @Override
    public String toString() {
        return status + " " + text;
    }
}
