package com.workgate.auth.platform.boundary;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The error shape of the TimeClock API, as Yii answers ({@link ErrorFamily#TIMECLOCK}):
 * {@code {"name":"Not Found","message":"...","code":0,"status":404}}.
 */
public final class TimeClockErrorBody {

    private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"), Map.entry(413, "Payload Too Large"),
            Map.entry(415, "Unsupported Media Type"), Map.entry(422, "Data Validation Failed"),
            Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"),
            Map.entry(503, "Service Unavailable"));

    private TimeClockErrorBody() {
    }

    public static Map<String, Object> body(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", NAMES.getOrDefault(status, "Error"));
        body.put("message", message);
        body.put("code", 0);
        body.put("status", status);
        return body;
    }
}
