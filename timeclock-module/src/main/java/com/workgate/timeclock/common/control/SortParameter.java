package com.workgate.timeclock.common.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code sort} parameter: a comma list of attribute names, {@code -name} for descending.
 * Names the resource does not sort on are ignored; a repeated name keeps its first occurrence;
 * when nothing usable remains, the resource's default order applies (as in Yii's {@code Sort}).
 */
public final class SortParameter {

    private SortParameter() {
    }

    /** {@code raw} is {@code null} when the parameter is absent. */
    public static List<Order> parse(String raw, Set<String> sortable, List<Order> defaultOrder) {
        if (raw == null) {
            return List.copyOf(defaultOrder);
        }
        List<Order> orders = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String part : raw.split(",")) {
            String name = part.trim();
            boolean descending = name.startsWith("-");
            if (descending) {
                name = name.substring(1);
            }
            if (sortable.contains(name) && seen.add(name)) {
                orders.add(new Order(name, !descending));
            }
        }
        return orders.isEmpty() ? List.copyOf(defaultOrder) : List.copyOf(orders);
    }
}
