package com.workgate.timeclock.common.control;

import java.util.List;
import java.util.Set;

/** What one list resource allows: the attributes it filters and sorts on, and its sort when the client gives none. */
public record ListDefinition(Set<String> filterAttributes, Set<String> sortAttributes, List<Order> defaultOrder) {

    public ListDefinition {
        filterAttributes = Set.copyOf(filterAttributes);
        sortAttributes = Set.copyOf(sortAttributes);
        defaultOrder = List.copyOf(defaultOrder);
    }

    /** The usual case in the TimeClock API: the same attributes filter and sort. */
    public static ListDefinition of(Set<String> attributes, Order... defaultOrder) {
        return new ListDefinition(attributes, attributes, List.of(defaultOrder));
    }
}
