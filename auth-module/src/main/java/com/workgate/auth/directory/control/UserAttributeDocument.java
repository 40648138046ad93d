package com.workgate.auth.directory.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.auth.directory.entity.DirectoryGroup;
import com.workgate.auth.directory.entity.UserAttribute;
import com.workgate.auth.platform.control.JsonFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code {"userAttributes": [{"userName", "attributes": {name: value}}]}}. A malformed document is refused
 * whole (400); a malformed entry only gets its own result. A value is a string, number or boolean (stored as its
 * text); null or a blank string removes the attribute.
 */
public final class UserAttributeDocument {

    public static final String FIELD = "userAttributes";
    public static final int MAX_ENTRIES = 100;
    public static final int MAX_ATTRIBUTES = 50;
    public static final int USER_NAME_LENGTH = 254;

    /** One person's attributes; a null value removes that attribute. */
    public record Entry(String userName, Map<String, String> attributes) {
    }

    /** Each entry's position: either a readable entry or the result that refuses it. */
    public record Read(List<Entry> entries, List<AttributeResult> refused) {
    }

    private UserAttributeDocument() {
    }

    public static Read read(JsonNode root) {
        JsonNode entries = JsonFields.requireArray(root, FIELD, MAX_ENTRIES);
        List<Entry> read = new ArrayList<>();
        List<AttributeResult> refused = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String userName = entry.path("userName").isTextual() ? entry.get("userName").textValue() : null;
            try {
                read.add(entry(entry, i));
                refused.add(null);
            } catch (IllegalArgumentException problem) {
                read.add(null);
                refused.add(AttributeResult.invalid(userName, problem.getMessage()));
            }
        }
        return new Read(read, refused);
    }

    private static Entry entry(JsonNode entry, int index) {
        if (!entry.isObject()) {
            throw new IllegalArgumentException(FIELD + "[" + index + "]: must be an object");
        }
        JsonNode userName = entry.get("userName");
        if (userName == null || userName.isNull() || (userName.isTextual() && userName.textValue().isBlank())) {
            throw new IllegalArgumentException("userName: is required");
        }
        if (!userName.isTextual()) {
            throw new IllegalArgumentException("userName: must be a string");
        }
        if (userName.textValue().length() > USER_NAME_LENGTH) {
            throw new IllegalArgumentException("userName: is longer than " + USER_NAME_LENGTH + " characters");
        }
        JsonNode attributes = entry.get("attributes");
        if (attributes == null || attributes.isNull()) {
            throw new IllegalArgumentException("attributes: is required");
        }
        if (!attributes.isObject()) {
            throw new IllegalArgumentException("attributes: must be an object of names and values");
        }
        if (attributes.size() > MAX_ATTRIBUTES) {
            throw new IllegalArgumentException("attributes: has " + attributes.size() + " names; at most "
                    + MAX_ATTRIBUTES + " are accepted per person");
        }
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = attributes.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (name.isBlank()) {
                throw new IllegalArgumentException("attributes: a name must not be blank");
            }
            if (name.length() > UserAttribute.NAME_LENGTH) {
                throw new IllegalArgumentException("attributes: the name \"" + name.substring(0, 20)
                        + "...\" is longer than " + UserAttribute.NAME_LENGTH + " characters");
            }
            if (!keys.add(DirectoryGroup.typeKey(name))) {
                throw new IllegalArgumentException("attributes." + name + ": is given twice (names ignore case)");
            }
            JsonNode value = field.getValue();
            String text;
            if (value.isNull()) {
                text = null;
            } else if (value.isValueNode()) {
                text = value.asText();
            } else {
                throw new IllegalArgumentException("attributes." + name + ": must be a string, number, boolean or null");
            }
            if (text != null && text.isBlank()) {
                text = null;
            }
            if (text != null && text.length() > UserAttribute.VALUE_LENGTH) {
                throw new IllegalArgumentException("attributes." + name + ": is longer than "
                        + UserAttribute.VALUE_LENGTH + " characters");
            }
            values.put(name, text);
        }
        return new Entry(userName.textValue(), values);
    }
}
