package com.workgate.warehouse.analytics.control;

import com.workgate.auth.platform.control.WholeNumbers;
import com.workgate.auth.platform.control.ApiException;
import java.util.ArrayList;
import java.util.List;

/** A comma list parameter ({@code userIds=1,2,3}), bounded in length. */
public final class IdList {

    public static final int MAX_IDS = 1000;

    private IdList() {
    }

    public static List<String> texts(String raw, String parameter) {
        List<String> ids = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return ids;
        }
        for (String part : raw.split(",")) {
            if (!part.isBlank()) {
                ids.add(part.trim());
            }
        }
        if (ids.size() > MAX_IDS) {
            throw ApiException.badRequest(parameter, "names " + ids.size() + " ids; at most " + MAX_IDS + " are accepted");
        }
        return ids;
    }

    /** What an id that is no number stands for: nobody (user ids are positive). */
    static final long NO_SUCH_ID = -1;

    /**
     * User ids: ours are numbers, but ids are strings on the wire (Calven's are not numbers at all), so an id that is
     * no number names nobody instead of being refused; the filter then matches none of its rows.
     */
    public static List<Long> numbers(String raw, String parameter) {
        List<Long> numbers = new ArrayList<>();
        for (String text : texts(raw, parameter)) {
            numbers.add(WholeNumbers.id(text).orElse(NO_SUCH_ID));
        }
        return numbers;
    }

    /** {@code ?, ?, ?} for an IN list. */
    static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
