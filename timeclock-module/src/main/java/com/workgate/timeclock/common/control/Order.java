package com.workgate.timeclock.common.control;

import java.util.Objects;

/** One sort key of a list: the API's attribute name and its direction. */
public record Order(String attribute, boolean ascending) {

    public Order {
        Objects.requireNonNull(attribute, "attribute");
    }

    public static Order ascending(String attribute) {
        return new Order(attribute, true);
    }

    public static Order descending(String attribute) {
        return new Order(attribute, false);
    }
}
