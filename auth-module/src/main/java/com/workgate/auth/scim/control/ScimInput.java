package com.workgate.auth.scim.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** Checks of a SCIM request body before the library maps it: values the models and the database cannot hold. */
final class ScimInput {

    private ScimInput() {
    }

    /** Refuses (400 invalidValue) null items of arrays and text or names with a NUL character, naming the place. */
    static void check(JsonNode node, String at) {
        if (node.isTextual() && node.textValue().indexOf('\0') >= 0) {
            throw ScimError.invalidValue(at + ": contains a NUL character");
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isNull()) {
                    throw ScimError.invalidValue(at + "[" + i + "]: null is no value");
                }
                check(node.get(i), at + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = at.isEmpty() ? field.getKey() : at + "." + field.getKey();
                if (field.getKey().indexOf('\0') >= 0) {
                    throw ScimError.invalidValue("an attribute name contains a NUL character");
                }
                check(field.getValue(), name);
            }
        }
    }
}
