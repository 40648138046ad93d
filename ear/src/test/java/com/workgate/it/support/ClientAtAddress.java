package com.workgate.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 from a chosen local address, such as {@code 127.0.0.2} (every 127.x address is the loopback on Linux),
 * so the server sees a client at another address. {@code java.net.http.HttpClient} cannot bind a local address,
 * hence a plain socket: one request per connection ({@code Connection: close}).
 */
public final class ClientAtAddress {

    private final InetAddress localAddress;
    private final URI base;

    private ClientAtAddress(InetAddress localAddress, URI base) {
        this.localAddress = localAddress;
        this.base = base;
    }

    /** A client of the local server at {@code workgate.base-url} whose connections come from {@code address}. */
    public static ClientAtAddress of(String address) {
        try {
            return new ClientAtAddress(InetAddress.getByName(address),
                    URI.create(System.getProperty("workgate.base-url", "http://127.0.0.1:8080")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code POST /v1/auth} with an HMAC made with {@code secret} at the given time. */
    public Answer authenticate(String apiKey, String secret, long timestamp) {
        String hash = WorkgateClient.hmacSha256Hex(secret, apiKey + timestamp);
        return send("POST", "/v1/auth", WorkgateClient.json(Map.of("apiKey", apiKey, "timestamp", timestamp, "hash", hash)),
                Map.of());
    }

    /** {@code POST /v1/auth/token} with client credentials in the body. */
    public Answer clientCredentials(String clientId, String clientSecret) {
        return send("POST", "/v1/auth/token",
                WorkgateClient.json(Map.of("grant_type", "client_credentials", "client_id", clientId,
                        "client_secret", clientSecret)), Map.of());
    }

    /** A GET with HTTP Basic credentials. */
    public Answer getWithBasic(String path, String id, String secret) {
        String credentials = Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send("GET", path, null, Map.of("Authorization", "Basic " + credentials));
    }

    public Answer send(String method, String path, String body, Map<String, String> headers) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder()
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                .append("Connection: close\r\n")
                .append("Content-Length: ").append(content.length).append("\r\n");
        if (body != null && headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            head.append("Content-Type: application/json\r\n");
        }
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            Answer answer = parse(socket.getInputStream().readAllBytes());
            ResponseContract.check(base.toString(), method, path, answer.status(), answer.headers(), answer.text());
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " from " + localAddress + " failed: " + e, e);
        }
    }

    private static Answer parse(byte[] response) throws IOException {
        int headEnd = indexOf(response, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (headEnd < 0) {
            throw new IOException("no complete HTTP head in " + response.length + " bytes");
        }
        String[] lines = new String(response, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim(), name -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        byte[] body = Arrays.copyOfRange(response, headEnd + 4, response.length);
        if (headers.getOrDefault("Transfer-Encoding", List.of()).stream().anyMatch("chunked"::equalsIgnoreCase)) {
            body = dechunk(body);
        }
        String text = new String(body, StandardCharsets.UTF_8);
        return new Answer(status, HttpHeaders.of(headers, (name, value) -> true), text, json(text));
    }

    private static byte[] dechunk(byte[] chunked) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOf(Arrays.copyOfRange(chunked, at, chunked.length),
                    "\r\n".getBytes(StandardCharsets.ISO_8859_1));
            if (lineEnd < 0) {
                throw new IOException("truncated chunked body");
            }
            String sizeLine = new String(chunked, at, lineEnd, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            at += lineEnd + 2;
            if (size == 0) {
                return body.toByteArray();
            }
            body.write(chunked, at, size);
            at += size + 2;
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static JsonNode json(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return WorkgateClient.JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }
}
