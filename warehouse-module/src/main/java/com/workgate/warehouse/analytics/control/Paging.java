package com.workgate.warehouse.analytics.control;

import com.workgate.auth.platform.control.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Optional keyset paging: {@code limit} rows after the row the opaque {@code cursor} names. Without a limit the
 * whole result streams. The cursor is the sort key of the last row sent, so pages neither repeat nor skip.
 */
public record Paging(Integer limit, String after) {

    public static final int MAX_LIMIT = 10_000;

    public static Paging parse(String limit, String cursor) {
        Integer size = null;
        if (limit != null && !limit.isBlank()) {
            try {
                size = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                size = -1;
            }
            if (size < 1 || size > MAX_LIMIT) {
                throw ApiException.badRequest("limit", "must be a whole number from 1 to " + MAX_LIMIT);
            }
        }
        String after = null;
        if (cursor != null && !cursor.isBlank()) {
            if (size == null) {
                throw ApiException.badRequest("cursor", "goes with limit");
            }
            try {
                after = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("cursor", "is not a cursor this server gave out");
            }
        }
        return new Paging(size, after);
    }

    public boolean paged() {
        return limit != null;
    }

    public static String cursorFor(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor's key as numbers ({@code 12:40} → [12, 40]); 400 when it is not of that shape. */
    public long[] afterNumbers(int count) {
        if (after == null) {
            return null;
        }
        String[] parts = after.split(":");
        if (parts.length != count) {
            throw ApiException.badRequest("cursor", "is not a cursor of this endpoint");
        }
        long[] numbers = new long[count];
        try {
            for (int i = 0; i < count; i++) {
                numbers[i] = Long.parseLong(parts[i]);
            }
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("cursor", "is not a cursor of this endpoint");
        }
        return numbers;
    }
}
