package com.workgate.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The operations of the API description the server serves, as far as a bad-input generator needs them. */
public final class OpenApiDocument {

    public record Parameter(String in, String name, boolean required, JsonNode schema) {
    }

    /** One operation; {@code bodySchema} is the resolved JSON schema of its request body, or null without one. */
    public record Operation(String method, String template, List<Parameter> parameters, boolean hasBody, JsonNode bodySchema) {

        public String id() {
            return method + " " + template;
        }

        public List<Parameter> parameters(String in) {
            return parameters.stream().filter(p -> p.in().equals(in)).toList();
        }
    }

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    private final JsonNode document;

    public OpenApiDocument(JsonNode document) {
        this.document = document;
    }

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                addParameters(parameters, path.getValue().path("parameters"));
                addParameters(parameters, operation.path("parameters"));
                JsonNode body = operation.get("requestBody");
                JsonNode schema = null;
                if (body != null) {
                    JsonNode content = resolve(body).path("content");
                    JsonNode media = content.has("application/json") ? content.get("application/json")
                            : content.elements().hasNext() ? content.elements().next() : null;
                    schema = media == null ? null : resolve(media.path("schema"));
                }
                operations.add(new Operation(method.toUpperCase(), path.getKey(), parameters, body != null, schema));
            }
        }
        return operations;
    }

    private void addParameters(List<Parameter> parameters, JsonNode list) {
        for (JsonNode parameter : list) {
            JsonNode resolved = resolve(parameter);
            parameters.add(new Parameter(resolved.path("in").asText(), resolved.path("name").asText(),
                    resolved.path("required").asBoolean(false), resolve(resolved.path("schema"))));
        }
    }

    /** Follows a local {@code $ref}; anything else comes back as it is. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref") && hops < 10; hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return current;
            }
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            current = target;
        }
        return current;
    }
}
