package com.workgate.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Bad requests for one operation, made from a valid example body and valid query values: each case changes one
 * thing (one field, the framing of the body, one query parameter, one path segment) so that an answer names it.
 */
public final class BadInputCorpus {

    /** What a case does wrong; the kinds in {@link #STRUCTURAL} can never be a valid request. */
    public enum Kind {
        MALFORMED_JSON, WRONG_TOP_LEVEL_TYPE, DEEP_NESTING, CONTENT_TYPE, BODY_OVER_LIMIT, UNPARSEABLE_HEADER,
        /** an empty body or JSON null: a valid request where every field is optional, as in the TimeClock API */
        NO_BODY,
        WRONG_TYPE, NUMERIC_STRING, NULL, MISSING_FIELD, EMPTY, OVER_LONG_STRING, NUL_CHARACTER, UNKNOWN_VALUE,
        OUT_OF_RANGE_NUMBER, OUT_OF_RANGE_DATE, INVALID_DATE, TOO_MANY_ITEMS,
        HOSTILE_QUERY, HOSTILE_FILTER, HOSTILE_PATH, FORGED_SIGNATURE
    }

    public static final List<Kind> STRUCTURAL = List.of(Kind.MALFORMED_JSON, Kind.WRONG_TOP_LEVEL_TYPE, Kind.DEEP_NESTING,
            Kind.CONTENT_TYPE, Kind.BODY_OVER_LIMIT);

    /**
     * One request. {@code body} null means none; {@code contentType} null means the header is left out;
     * {@code chunked} sends the body without a length.
     */
    public record BadCase(Kind kind, String label, String pathAndQuery, byte[] body, String contentType, boolean chunked,
                          Map<String, String> headers) {

        public BadCase(Kind kind, String label, String pathAndQuery, byte[] body, String contentType, boolean chunked) {
            this(kind, label, pathAndQuery, body, contentType, chunked, Map.of());
        }
    }

    public static final int MAX_BODY_BYTES = 1_048_576;
    private static final String JSON = "application/json";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    private static final String NEST_MARK = "__nested_2000__";
    private static final String LONG = "x".repeat(10_000);
    private static final String NESTED_ARRAYS = "[".repeat(2000) + "]".repeat(2000);
    private static final String NESTED_OBJECTS = "{\"a\":".repeat(2000) + "1" + "}".repeat(2000);

    private BadInputCorpus() {
    }

    // ---------------------------------------------------------------- bodies

    /** Everything wrong with the framing of a body: syntax, top-level type, nesting, content type, size, bytes. */
    public static List<BadCase> framing(String path, JsonNode seed) {
        List<BadCase> cases = new ArrayList<>();
        String valid = WorkgateClient.json(seed);
        Map<String, String> malformed = new LinkedHashMap<>();
        malformed.put("unclosed object", "{");
        malformed.put("missing value", "{\"a\":}");
        malformed.put("trailing comma", valid.length() > 2 ? valid.substring(0, valid.length() - 1) + ",}" : "{,}");
        malformed.put("single quotes", "{'a':'b'}");
        malformed.put("bare word", "nul");
        malformed.put("garbage after the document", valid + " x");
        malformed.put("two documents", valid + valid);
        malformed.put("NaN", "{\"a\":NaN}");
        malformed.put("comment", "/* c */" + valid);
        malformed.put("unquoted key", "{a:1}");
        malformed.put("truncated", valid.substring(0, Math.max(1, valid.length() / 2)));
        malformed.put("control character in a string", "{\"a\":\"b\u0001c\"}");
        malformed.put("bad escape", "{\"a\":\"\\x41\"}");
        malformed.put("number of 2,000 digits", "{\"a\":" + "9".repeat(2000) + "}");
        malformed.forEach((label, text) -> cases.add(body(Kind.MALFORMED_JSON, label, path, text)));
        cases.add(body(Kind.NO_BODY, "empty body", path, ""));
        cases.add(body(Kind.NO_BODY, "whitespace only", path, "   \n "));
        cases.add(body(Kind.NO_BODY, "null", path, "null"));
        cases.add(new BadCase(Kind.MALFORMED_JSON, "invalid UTF-8", path,
                concat("{\"a\":\"".getBytes(StandardCharsets.UTF_8), new byte[]{(byte) 0xff, (byte) 0xfe, (byte) 0xc3},
                        "\"}".getBytes(StandardCharsets.UTF_8)), JSON, false));
        for (String text : List.of("[]", "[" + valid + "]", "\"text\"", "42", "-1.5e308", "true")) {
            cases.add(body(Kind.WRONG_TOP_LEVEL_TYPE, text.length() > 20 ? "array of the body" : text, path, text));
        }
        cases.add(body(Kind.DEEP_NESTING, "2,000 nested arrays", path, NESTED_ARRAYS));
        cases.add(body(Kind.DEEP_NESTING, "2,000 nested objects", path, NESTED_OBJECTS));
        byte[] validBytes = valid.getBytes(StandardCharsets.UTF_8);
        cases.add(new BadCase(Kind.CONTENT_TYPE, "no Content-Type", path, validBytes, null, false));
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data",
                "application/octet-stream", "garbage", "application/json; charset=no-such-charset")) {
            cases.add(new BadCase(Kind.CONTENT_TYPE, "Content-Type " + type, path, validBytes, type, false));
        }
        byte[] large = ("{\"a\":\"" + "x".repeat(MAX_BODY_BYTES + 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        cases.add(new BadCase(Kind.BODY_OVER_LIMIT, "1 MiB + 1 KiB with its length", path, large, JSON, false));
        cases.add(new BadCase(Kind.BODY_OVER_LIMIT, "1 MiB + 1 KiB chunked", path, large, JSON, true));
        return cases;
    }

    /** One field at a time: every value of the example replaced, removed, or made too big. */
    public static List<BadCase> fields(String path, JsonNode seed) {
        List<BadCase> cases = new ArrayList<>();
        walk(seed, new ArrayList<>(), (at, value) -> mutations(path, seed, at, value, cases));
        return cases;
    }

    private interface Visitor {
        void visit(List<Object> at, JsonNode value);
    }

    private static void walk(JsonNode node, List<Object> at, Visitor visitor) {
        if (!at.isEmpty()) {
            visitor.visit(at, node);
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                List<Object> next = new ArrayList<>(at);
                next.add(field.getKey());
                walk(field.getValue(), next, visitor);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> next = new ArrayList<>(at);
                next.add(i);
                walk(node.get(i), next, visitor);
            }
        }
    }

    private static void mutations(String path, JsonNode seed, List<Object> at, JsonNode value, List<BadCase> cases) {
        String name = name(at);
        Map<String, JsonNode> wrong = new LinkedHashMap<>();
        if (at.get(at.size() - 1) instanceof String) {
            cases.add(body(Kind.MISSING_FIELD, name + " left out", path, WorkgateClient.json(removed(seed, at))));
        }
        cases.add(field(Kind.NULL, name, "null", path, seed, at, NODES.nullNode()));
        if (value.isTextual()) {
            wrong.put("a number", NODES.numberNode(12345));
            wrong.put("true", NODES.booleanNode(true));
            wrong.put("a fraction", NODES.numberNode(1.5));
            wrong.put("an array", NODES.arrayNode().add(value.asText()));
            wrong.put("an object", NODES.objectNode().put("value", value.asText()));
            cases.add(field(Kind.EMPTY, name, "\"\"", path, seed, at, NODES.textNode("")));
            cases.add(field(Kind.EMPTY, name, "blank", path, seed, at, NODES.textNode("   ")));
            cases.add(field(Kind.OVER_LONG_STRING, name, "10,000 characters", path, seed, at, NODES.textNode(LONG)));
            cases.add(field(Kind.OVER_LONG_STRING, name, "1,000 emoji", path, seed, at, NODES.textNode("\uD83D\uDE00".repeat(1000))));
            cases.add(field(Kind.NUL_CHARACTER, name, "a NUL character", path, seed, at, NODES.textNode("a\u0000b")));
            cases.add(field(Kind.UNKNOWN_VALUE, name, "unknown value", path, seed, at, NODES.textNode("no-such-value-ZZ")));
            String text = value.asText();
            if (DATE_TIME.matcher(text).matches()) {
                for (String date : List.of("+99999-01-01T00:00:00Z", "99999-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
                        "-0001-01-01T00:00:00Z", "+1000000000-01-01T00:00:00Z")) {
                    cases.add(field(Kind.OUT_OF_RANGE_DATE, name, date, path, seed, at, NODES.textNode(date)));
                }
                for (String date : List.of("2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-23T25:00:00Z",
                        "2026-11-23T08:59:12+25:00", "not-a-date")) {
                    cases.add(field(Kind.INVALID_DATE, name, date, path, seed, at, NODES.textNode(date)));
                }
            } else if (DATE.matcher(text).matches()) {
                for (String date : List.of("99999-01-01", "+99999-01-01", "0000-01-01", "-0001-01-01", "+1000000000-01-01")) {
                    cases.add(field(Kind.OUT_OF_RANGE_DATE, name, date, path, seed, at, NODES.textNode(date)));
                }
                for (String date : List.of("2026-02-30", "2026-13-01", "2026-00-10", "not-a-date", "2026-11-23T00:00:00Z")) {
                    cases.add(field(Kind.INVALID_DATE, name, date, path, seed, at, NODES.textNode(date)));
                }
            }
        } else if (value.isNumber()) {
            cases.add(field(Kind.NUMERIC_STRING, name, "a numeric string", path, seed, at, NODES.textNode(value.asText())));
            wrong.put("text", NODES.textNode("abc"));
            wrong.put("true", NODES.booleanNode(true));
            wrong.put("an array", NODES.arrayNode().add(value));
            wrong.put("an object", NODES.objectNode().set("value", value));
            if (value.isIntegralNumber()) {
                wrong.put("a fraction", NODES.numberNode(1.5));
            }
            Map<String, JsonNode> numbers = new LinkedHashMap<>();
            numbers.put("-1", NODES.numberNode(-1));
            numbers.put("0", NODES.numberNode(0));
            numbers.put("2^31", NODES.numberNode(2_147_483_648L));
            numbers.put("-2^31-1", NODES.numberNode(-2_147_483_649L));
            numbers.put("2^63", NODES.numberNode(new BigInteger("9223372036854775808")));
            numbers.put("-2^63-1", NODES.numberNode(new BigInteger("-9223372036854775809")));
            numbers.put("10^30", NODES.numberNode(BigInteger.TEN.pow(30)));
            numbers.put("1e400", NODES.numberNode(new java.math.BigDecimal("1e400")));
            numbers.put("99999999999999 (year 3 million in unix seconds)", NODES.numberNode(99_999_999_999_999L));
            numbers.put("253402300800 (year 10000 in unix seconds)", NODES.numberNode(253_402_300_800L));
            numbers.put("-62167219200 (year 0 in unix seconds)", NODES.numberNode(-62_167_219_200L));
            numbers.forEach((label, number) -> cases.add(field(Kind.OUT_OF_RANGE_NUMBER, name, label, path, seed, at, number)));
        } else if (value.isBoolean()) {
            wrong.put("\"true\"", NODES.textNode("true"));
            wrong.put("1", NODES.numberNode(1));
            wrong.put("0", NODES.numberNode(0));
            wrong.put("\"yes\"", NODES.textNode("yes"));
            wrong.put("an array", NODES.arrayNode().add(true));
            wrong.put("an object", NODES.objectNode());
        } else if (value.isArray()) {
            wrong.put("text", NODES.textNode("x"));
            wrong.put("a number", NODES.numberNode(1));
            wrong.put("an object", NODES.objectNode());
            wrong.put("[null]", NODES.arrayNode().addNull());
            wrong.put("[1]", NODES.arrayNode().add(1));
            wrong.put("[[]]", NODES.arrayNode().add(NODES.arrayNode()));
            cases.add(field(Kind.EMPTY, name, "[]", path, seed, at, NODES.arrayNode()));
            if (!value.isEmpty()) {
                ArrayNode many = NODES.arrayNode();
                for (int i = 0; i < 101; i++) {
                    many.add(value.get(0).deepCopy());
                }
                cases.add(field(Kind.TOO_MANY_ITEMS, name, "101 items", path, seed, at, many));
            }
        } else if (value.isObject()) {
            wrong.put("text", NODES.textNode("x"));
            wrong.put("a number", NODES.numberNode(1));
            wrong.put("an array", NODES.arrayNode());
            cases.add(field(Kind.EMPTY, name, "{}", path, seed, at, NODES.objectNode()));
        }
        wrong.forEach((label, node) -> cases.add(field(Kind.WRONG_TYPE, name, label, path, seed, at, node)));
        if (at.size() == 1) {
            JsonNode marked = replaced(seed, at, NODES.textNode(NEST_MARK));
            cases.add(body(Kind.DEEP_NESTING, name + " as 2,000 nested arrays", path,
                    WorkgateClient.json(marked).replace("\"" + NEST_MARK + "\"", NESTED_ARRAYS)));
        }
    }

    private static String shortened(String value) {
        return value.length() > 40 ? value.substring(0, 10) + "...(" + value.length() + " characters)" : value;
    }

    private static BadCase field(Kind kind, String name, String label, String path, JsonNode seed, List<Object> at, JsonNode value) {
        return body(kind, name + ": " + label, path, WorkgateClient.json(replaced(seed, at, value)));
    }

    private static BadCase body(Kind kind, String label, String path, String text) {
        return new BadCase(kind, label, path, text.getBytes(StandardCharsets.UTF_8), JSON, false);
    }

    static String name(List<Object> at) {
        StringBuilder name = new StringBuilder();
        for (Object part : at) {
            if (part instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                name.append(name.isEmpty() ? "" : ".").append(part);
            }
        }
        return name.toString();
    }

    private static JsonNode replaced(JsonNode seed, List<Object> at, JsonNode value) {
        JsonNode copy = seed.deepCopy();
        JsonNode parent = parent(copy, at);
        Object last = at.get(at.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return copy;
    }

    private static JsonNode removed(JsonNode seed, List<Object> at) {
        JsonNode copy = seed.deepCopy();
        ((ObjectNode) parent(copy, at)).remove((String) at.get(at.size() - 1));
        return copy;
    }

    private static JsonNode parent(JsonNode root, List<Object> at) {
        JsonNode node = root;
        for (Object part : at.subList(0, at.size() - 1)) {
            node = part instanceof Integer index ? node.get(index) : node.get((String) part);
        }
        return node;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    // ---------------------------------------------------------------- headers

    /**
     * Headers the JAX-RS runtime parses before any application code runs; {@code body} (with its JSON type) is
     * sent along, or none when null. A header it may ignore is not an error, so these cases can be accepted.
     */
    public static List<BadCase> headers(String pathAndQuery, byte[] body) {
        String type = body == null ? null : JSON;
        List<BadCase> cases = new ArrayList<>();
        for (Map.Entry<String, String> header : List.of(Map.entry("Accept", "garbage"), Map.entry("Accept", "text/html;q=abc"),
                Map.entry("Accept", "application/json, /"), Map.entry("Accept-Language", ";;;="),
                Map.entry("Accept-Language", "en;q=abc"), Map.entry("Content-Language", "@@@"),
                Map.entry("Accept-Language", "x".repeat(10_000)))) {
            cases.add(new BadCase(Kind.UNPARSEABLE_HEADER, header.getKey() + ": " + shortened(header.getValue()), pathAndQuery,
                    body, type, false, Map.of(header.getKey(), header.getValue())));
        }
        if (body != null) {
            for (String contentType : List.of("application/json; charset=\"unterminated", "/", "application/", "a/b/c",
                    "application/json;;;")) {
                cases.add(new BadCase(Kind.UNPARSEABLE_HEADER, "Content-Type: " + contentType, pathAndQuery, body, contentType,
                        false));
            }
        }
        return cases;
    }

    // ---------------------------------------------------------------- query and path

    /** Bad values of one parameter at a time; the other parameters keep their valid values. */
    public static final List<String> BAD_VALUES = List.of("", "abc", "-1", "0", "99999999999999999999", "1e9", "1.5",
            "x".repeat(5000), "a\u0000b", "99999-01-01", "0000-01-01", "2026-02-30", "20261301", "' OR 1=1 --", "%", "_",
            "[]", "\uD83D\uDE00", "-9223372036854775808", ",,,", "1,abc,", "null");

    /** Query strings that the TimeClock lists and the warehouse must refuse or ignore, whichever parameters they have. */
    public static final List<Map.Entry<String, String>> HOSTILE_QUERY = List.of(
            Map.entry("filter[id][like]", "1"), Map.entry("filter[id][nosuchop]", "1"), Map.entry("filter[nosuch]", "1"),
            Map.entry("filter", "abc"), Map.entry("filter[]", "1"), Map.entry("filter[id][]", "1"),
            Map.entry("filter[id][in]", "a,b"), Map.entry("filter[id][gt]", "abc"), Map.entry("filter[id][lt][gt]", "1"),
            Map.entry("filter[id]", "99999999999999999999"), Map.entry("filter[or][0][id]", "1"), Map.entry("filter[and]", "x"),
            Map.entry("sort", "nosuch"), Map.entry("sort", "-"), Map.entry("sort", ",,,"), Map.entry("sort", "-id,-nosuch"),
            Map.entry("sort", "x".repeat(5000)), Map.entry("page", "-1"), Map.entry("page", "0"),
            Map.entry("page", "99999999999999999999"), Map.entry("page", "2147483648"), Map.entry("page", "abc"),
            Map.entry("per-page", "-5"), Map.entry("per-page", "0"), Map.entry("per-page", "999999999"),
            Map.entry("per-page", "99999999999999999999"), Map.entry("limit", "-1"), Map.entry("limit", "0"),
            Map.entry("limit", "99999999999"), Map.entry("limit", "abc"), Map.entry("offset", "-1"),
            Map.entry("offset", "99999999999999999999"), Map.entry("cursor", "garbage"), Map.entry("cursor", "-1"),
            Map.entry("cursor", "x".repeat(5000)), Map.entry("cursor", "99999999999999999999"),
            Map.entry("cursor", "AAAA"), Map.entry("cursor", "OjE"));

    public static final List<String> FILTER_OPERATORS = List.of("and", "or", "not", "lt", "gt", "lte", "gte", "eq", "neq",
            "in", "nin", "like", "nosuchop");

    public static final List<String> FILTER_VALUES = List.of("1", "abc", "99999999999999999999", "", "2026-13-45",
            "a\u0000b");

    public static String query(Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&").append(encode(name)).append('=')
                .append(encode(value)));
        return query.toString();
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static BadCase get(Kind kind, String label, String pathAndQuery) {
        return new BadCase(kind, label, pathAndQuery, null, null, false);
    }

    /** Path segment values that name no row: JAX-RS must answer 404 (or 400), never fail on them. */
    public static final List<String> BAD_PATH_VALUES = List.of("abc", "-1", "0", "99999999999999999999", "1.5", "1e3",
            "%20", "%C3%A9", "x".repeat(2000), "9223372036854775808", "null", "%27%20OR%201%3D1");
}
