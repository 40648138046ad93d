package com.workgate.warehouse.analytics.control;

import java.io.IOException;
import java.util.Map;

/** Where the rows of a warehouse read go, one at a time, with the sort key that a cursor would name. */
public interface RowSink {

    /** @return false when no more rows are wanted */
    boolean accept(String key, Map<String, Object> row) throws IOException;
}
