package com.workgate.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The rows of a warehouse read, parsed one at a time from the response body as they arrive, so a read of any size
 * runs in constant memory. When the server pages ({@code limit} given), the next page named by the
 * {@code Link: <...>; rel="next"} header is fetched when the current one is used up.
 *
 * <p>Holds an open HTTP response: use it in try-with-resources, or consume it to the end (which closes it).
 * Not thread-safe.
 *
 * @param <T> the row type
 */
public final class RowStream<T> implements Iterator<T>, AutoCloseable {

    private static final Pattern NEXT = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?next\"?");

    private final Function<URI, Response> openPage;
    private final ObjectReader reader;
    private Response response;
    private JsonParser parser;
    private URI pageUri;
    private T next;
    private boolean finished;
    private int pages;

    RowStream(URI first, Function<URI, Response> openPage, Class<T> type) {
        this.openPage = openPage;
        this.reader = Json.MAPPER.readerFor(type);
        open(first);
    }

    /** @return how many pages have been opened so far (1 for an unpaged read) */
    public int pages() {
        return pages;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            advance();
        }
        return next != null;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T row = next;
        next = null;
        return row;
    }

    /** @return the remaining rows as a sequential stream; closing the stream closes this */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }

    /** Closes the open response, if any; the remaining rows are not read. */
    @Override
    public void close() {
        finished = true;
        next = null;
        closePage();
    }

    private void open(URI uri) {
        pageUri = uri;
        response = openPage.apply(uri);
        pages++;
        try {
            InputStream body = response.readEntity(InputStream.class);
            parser = Json.MAPPER.createParser(body);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new WorkgateTransportException("GET " + uri + ": the answer is not a JSON array", null, 1);
            }
        } catch (IOException e) {
            closePage();
            throw new WorkgateTransportException("GET " + uri + ": cannot read the answer", e, 1);
        } catch (RuntimeException e) {
            closePage();
            throw e;
        }
    }

    private void advance() {
        try {
            while (true) {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.START_OBJECT) {
                    next = reader.readValue(parser);
                    return;
                }
                if (token != JsonToken.END_ARRAY) {
                    throw new WorkgateTransportException("GET " + pageUri + ": unexpected " + token + " in the rows", null, 1);
                }
                URI nextPage = nextPage();
                closePage();
                if (nextPage == null) {
                    finished = true;
                    return;
                }
                open(nextPage);
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("GET " + pageUri + ": the answer broke off", e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private URI nextPage() {
        for (Object link : response.getHeaders().getOrDefault("Link", List.of())) {
            Matcher matcher = NEXT.matcher(String.valueOf(link));
            if (matcher.find()) {
                return pageUri.resolve(matcher.group(1));
            }
        }
        return null;
    }

    private void closePage() {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // the response is closed next anyway
            }
            parser = null;
        }
        if (response != null) {
            response.close();
            response = null;
        }
    }
}
