package com.workgate.auth.platform.boundary;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * RESTEasy parses {@code Content-Type}, {@code Accept} and {@code Accept-Language} before any JAX-RS filter or
 * exception mapper runs, and answers a value it cannot parse ({@code Content-Type: garbage}) with the servlet
 * container's HTML 400 page. This servlet filter (registered in the WAR's {@code web.xml}) turns such an error, and
 * any other 4xx sent before JAX-RS runs, into the API family's JSON (by {@link ResourceRoots}, nothing has matched yet): 415 when the {@code Content-Type} is what
 * fails, else the status sent.
 */
public class UnparseableHeaderFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse httpResponse) {
            chain.doFilter(request, new JsonErrors(http, httpResponse));
        } else {
            chain.doFilter(request, response);
        }
    }

    private static final class JsonErrors extends HttpServletResponseWrapper {
        private final HttpServletRequest request;

        JsonErrors(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String reason) throws IOException {
            if (status < 400 || status > 499 || isCommitted()) {
                super.sendError(status, reason);
                return;
            }
            String contentType = request.getContentType();
            int answered = status == 400 && contentType != null && !parses(contentType) ? 415 : status;
            String message = switch (answered) {
                case 415 -> "The Content-Type header cannot be parsed; send application/json";
                case 400 -> "A request header (Accept, Accept-Language or Content-Language) cannot be parsed";
                default -> "The request was refused (HTTP " + answered + ")";
            };
            String path = request.getRequestURI().substring(request.getContextPath().length());
            Response answer = ResourceRoots.DEPLOYED.familyOf(path).answer(answered, message);
            resetBuffer();
            setStatus(answer.getStatus());
            setContentType(answer.getMediaType().toString());
            answer.getStringHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                    values.forEach(value -> setHeader(name, value));
                }
            });
            byte[] bytes = JacksonConfiguration.MAPPER.writeValueAsBytes(answer.getEntity());
            setContentLength(bytes.length);
            getOutputStream().write(bytes);
            flushBuffer();
        }

        private static boolean parses(String contentType) {
            try {
                MediaType.valueOf(contentType);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
