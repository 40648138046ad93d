package com.workgate.it.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every answer the integration tests receive is checked here against the OpenAPI document the server serves
 * ({@code /openapi}, fetched once per test run): an undocumented path, status code, header-declared media type,
 * field or field type fails the test that received it. The only answers not checked are those the JAX-RS
 * runtime or the container gives on its own, outside any operation ({@link #outsideContract}, and 404 on a path
 * that is no operation); they are counted.
 *
 * <p>With {@code -Dworkgate.openapi.drift=report} a violation is written to {@code target/openapi-drift.txt}
 * instead of failing, to list all drift of a run at once.
 */
public final class ResponseContract {

    /** Paths the server answers that are not operations of the API: the document itself. */
    private static final Set<String> NOT_API = Set.of("/openapi");

    private static final AtomicInteger VALIDATED = new AtomicInteger();
    private static final AtomicInteger OUTSIDE = new AtomicInteger();
    private static final AtomicInteger DRIFT = new AtomicInteger();
    private static final boolean REPORT_ONLY = "report".equals(System.getProperty("workgate.openapi.drift"));

    private static volatile OpenApiInteractionValidator validator;

    private ResponseContract() {
    }

    /** Checks one answer to {@code method pathAndQuery}; throws {@link AssertionError} when it is not in the contract. */
    public static void check(String baseUrl, String method, String pathAndQuery, int status, HttpHeaders headers, String body) {
        String problem = problem(baseUrl, method, pathAndQuery, status, headers, body);
        if (problem != null) {
            throw new AssertionError(problem);
        }
    }

    /**
     * What is not as documented in one answer, or null when it is as documented (or outside any operation, or
     * only reported: {@code -Dworkgate.openapi.drift=report}). For callers that collect problems themselves.
     */
    public static String problem(String baseUrl, String method, String pathAndQuery, int status, HttpHeaders headers,
                                 String body) {
        // as sent, undecoded: bad-input tests send paths that java.net.URI would refuse
        int query = pathAndQuery.indexOf('?');
        String path = query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
        if (outsideContract(method, path, status) != null || stoppingServersPage(status, headers)) {
            OUTSIDE.incrementAndGet();
            return null;
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        headers.map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                response.withHeader(name, values);
            }
        });
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        ValidationReport report = validator(baseUrl).validateResponse(path,
                Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), response.build());
        if (status == 404 && report.getMessages().stream().allMatch(m -> m.getKey().equals("validation.request.path.missing"))
                && report.hasErrors()) {
            // a path that is no operation at all, answered "no such resource" by the JAX-RS runtime
            OUTSIDE.incrementAndGet();
            return null;
        }
        VALIDATED.incrementAndGet();
        if (!report.hasErrors()) {
            return null;
        }
        String text = method + " " + pathAndQuery + " -> " + status + " is not what the OpenAPI document says:\n"
                + SimpleValidationReportFormat.getInstance().apply(report)
                + "\nbody: " + (body == null ? "" : body.length() > 600 ? body.substring(0, 600) + "..." : body);
        DRIFT.incrementAndGet();
        if (REPORT_ONLY) {
            append(Path.of("target", "openapi-drift.txt"), text + "\n\n");
            return null;
        }
        return text;
    }

    /**
     * Why an answer is no answer of an API operation, or null when it is one. Kept narrow: only what the
     * container or the JAX-RS runtime answers by itself.
     */
    static String outsideContract(String method, String path, int status) {
        if (NOT_API.contains(path)) {
            return "the document itself";
        }
        if (method.equalsIgnoreCase("HEAD") || method.equalsIgnoreCase("OPTIONS")) {
            return "answered by the JAX-RS runtime for every resource";
        }
        if (status == 405) {
            return "a method the path does not have, refused by the JAX-RS runtime";
        }
        return null;
    }

    /** Undertow's own 503 page while a server stops and the application no longer answers (graceful shutdown). */
    static boolean stoppingServersPage(int status, HttpHeaders headers) {
        return status == 503 && headers.firstValue("Content-Type").orElse("").startsWith("text/html");
    }

    /**
     * The validator checks a body only against a schema the document gives; a body where the document describes
     * none (an operation returning a bare {@code Response}) would pass unchecked. It is drift too.
     */
    private static ValidationReport bodyIsDescribed(Response response, ApiOperation operation) {
        if (response.getResponseBody().map(body -> !body.hasBody()).orElse(true)) {
            return ValidationReport.empty();
        }
        ApiResponses responses = operation.getOperation().getResponses();
        ApiResponse documented = responses == null ? null
                : responses.getOrDefault(String.valueOf(response.getStatus()), responses.get("default"));
        if (documented == null || (documented.getContent() != null && !documented.getContent().isEmpty())) {
            return ValidationReport.empty();
        }
        return ValidationReport.singleton(ValidationReport.Message.create("workgate.response.body.undescribed",
                "The answer " + response.getStatus() + " has a body, but the document describes none").build());
    }

    private static OpenApiInteractionValidator validator(String baseUrl) {
        OpenApiInteractionValidator current = validator;
        if (current == null) {
            synchronized (ResponseContract.class) {
                if (validator == null) {
                    String document = fetch(baseUrl + "/openapi?format=JSON");
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(withoutBrokenExternalDocs(document))
                            .withBasePathOverride("/")
                            .withCustomResponseValidation(ResponseContract::bodyIsDescribed)
                            .build();
                }
                current = validator;
            }
        }
        return current;
    }

    /**
     * The validator's parser refuses a document whose root {@code externalDocs} has no url, although that says
     * nothing about answers; {@code OpenApiLintIT} fails on it instead, so here it is dropped.
     */
    private static String withoutBrokenExternalDocs(String document) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode root =
                    (com.fasterxml.jackson.databind.node.ObjectNode) WorkgateClient.JSON.readTree(document);
            if (root.has("externalDocs") && !root.path("externalDocs").has("url")) {
                root.remove("externalDocs");
                return WorkgateClient.JSON.writeValueAsString(root);
            }
            return document;
        } catch (IOException e) {
            throw new IllegalStateException("the served OpenAPI document is not JSON", e);
        }
    }

    private static String fetch(String url) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("no OpenAPI document at " + url + ": " + response.statusCode());
            }
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "openapi-validated-against.json"), response.body());
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("no OpenAPI document at " + url + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One line for the end of a run: how many answers were validated, how many were outside any operation. */
    public static String summary() {
        return "OpenAPI response validation: " + VALIDATED.get() + " responses validated against the served document, "
                + DRIFT.get() + " not as documented" + (REPORT_ONLY ? " (listed in target/openapi-drift.txt)" : "")
                + ", " + OUTSIDE.get() + " answers of the container outside any operation not validated";
    }

    public static int validated() {
        return VALIDATED.get();
    }

    static void append(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
