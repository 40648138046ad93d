package com.workgate.auth.platform.boundary;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;

/**
 * Text holding the NUL character (U+0000) is refused while JSON is read, as a 400 naming the field: no field of
 * these APIs can mean it, and PostgreSQL cannot store it in a text column (the insert would fail with a 500).
 * Covers typed request records (every {@code String}) and bodies read as JSON trees.
 */
public final class NulCharacters {

    public static final String PROBLEM = "must not contain the NUL character (\\u0000)";

    private NulCharacters() {
    }

    public static boolean in(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("workgate-nul-characters");
        module.addDeserializer(String.class, new Strings());
        module.addDeserializer(JsonNode.class, new Trees());
        return module;
    }

    /** A NUL in a JSON string; Jackson adds the path of the field as the exception travels up. */
    static final class NulCharacterException extends JsonMappingException {
        NulCharacterException(JsonParser parser) {
            super(parser, PROBLEM);
        }
    }

    private static final class Strings extends StdScalarDeserializer<String> {
        Strings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (in(text)) {
                throw new NulCharacterException(parser);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public Object getEmptyValue(DeserializationContext context) {
            return "";
        }
    }

    private static final class Trees extends StdDeserializer<JsonNode> {
        private static final JsonDeserializer<? extends JsonNode> STANDARD = JsonNodeDeserializer.getDeserializer(JsonNode.class);

        Trees() {
            super(JsonNode.class);
        }

        @Override
        public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode tree = STANDARD.deserialize(parser, context);
            Deque<Object> path = new ArrayDeque<>();
            if (findNul(tree, path)) {
                NulCharacterException problem = new NulCharacterException(parser);
                for (Iterator<Object> at = path.descendingIterator(); at.hasNext(); ) {
                    Object step = at.next();
                    if (step instanceof Integer index) {
                        problem.prependPath(tree, index);
                    } else {
                        problem.prependPath(tree, (String) step);
                    }
                }
                throw problem;
            }
            return tree;
        }

        /** Depth first; on a find, {@code path} holds the field names and indexes leading to it. */
        private static boolean findNul(JsonNode node, Deque<Object> path) {
            if (node.isTextual()) {
                return in(node.textValue());
            }
            if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    path.addLast(field.getKey());
                    if (in(field.getKey()) || findNul(field.getValue(), path)) {
                        return true;
                    }
                    path.removeLast();
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    path.addLast(i);
                    if (findNul(node.get(i), path)) {
                        return true;
                    }
                    path.removeLast();
                }
            }
            return false;
        }

        @Override
        public JsonNode getNullValue(DeserializationContext context) throws JsonMappingException {
            return (JsonNode) STANDARD.getNullValue(context);
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) throws JsonMappingException {
            return STANDARD.getAbsentValue(context);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Untyped;
        }
    }
}
