package com.workgate.timeclock.common.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.Charset;

/**
 * An {@code application/x-www-form-urlencoded} body as the JSON object the TimeClock validation reads, as Yii 2
 * (the original) loads either into one model: every value is text ({@link JsonInput} takes numeric text for
 * numbers); {@code name[]} repeated is a list; a repeated plain name keeps its last value, as PHP does.
 */
public final class FormFields {

    private FormFields() {
    }

    /** @throws IllegalArgumentException when a name or value is not valid percent-encoding */
    public static JsonNode toJson(String body, Charset charset) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        if (body == null || body.isBlank()) {
            return object;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), charset);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), charset);
            if (name.endsWith("[]") && name.length() > 2) {
                String list = name.substring(0, name.length() - 2);
                JsonNode existing = object.get(list);
                ArrayNode array = existing instanceof ArrayNode known ? known : object.putArray(list);
                array.add(value);
            } else if (!name.isEmpty()) {
                object.put(name, value);
            }
        }
        return object;
    }
}
