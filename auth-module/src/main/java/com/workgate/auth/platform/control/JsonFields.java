package com.workgate.auth.platform.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Field checks for request bodies, each failing with a 400 that names the field. */
public final class JsonFields {

    /** What a text with a NUL character is told: PostgreSQL cannot store one, so no text may hold it. */
    public static final String NUL_PROBLEM = "must not contain the NUL character (\\u0000)";

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** One @, something on each side, a dot in the domain, no spaces: what a mail system could deliver to. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private JsonFields() {
    }

    public static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest(field, "is required");
        }
        return value;
    }

    /** A unix time in seconds, as a JSON number or a string of digits. */
    public static long requireEpochSeconds(JsonNode value, String field) {
        if (value == null || value.isNull()) {
            throw ApiException.badRequest(field, "is required");
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        return WholeNumbers.signed(value.textValue())
                .orElseThrow(() -> ApiException.badRequest(field, "must be unix seconds (a whole number)"));
    }

    /** The value (null passes) when it is at most {@code max} characters long: the size of its column. */
    /** The array under {@code field} of a JSON object body: present, an array, at most {@code maxEntries} long. */
    public static JsonNode requireArray(JsonNode body, String field, int maxEntries) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("body", "must be a JSON object");
        }
        JsonNode entries = body.get(field);
        if (entries == null || entries.isNull()) {
            throw ApiException.badRequest(field, "is required");
        }
        if (!entries.isArray()) {
            throw ApiException.badRequest(field, "must be an array");
        }
        if (entries.size() > maxEntries) {
            throw ApiException.badRequest(field, "has " + entries.size() + " entries; at most " + maxEntries
                    + " are accepted per request");
        }
        return entries;
    }

    public static String limit(String value, String field, int max) {
        if (value != null && value.length() > max) {
            throw ApiException.badRequest(field, "is longer than " + max + " characters");
        }
        return value;
    }

    public static boolean hasNul(String value) {
        return value != null && value.indexOf('\0') >= 0;
    }

    /** An ISO 3166-1 alpha-2 country code, as {@link Locale#getISOCountries()} knows them. */
    public static boolean isCountryCode(String value) {
        return value != null && COUNTRIES.contains(value);
    }

    public static boolean isEmailAddress(String value) {
        return value != null && EMAIL.matcher(value).matches();
    }
}
