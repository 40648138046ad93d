package com.workgate.timeclock.common.control;

import java.util.List;
import java.util.Objects;

/**
 * One condition of a list query: {@code attribute operator values}. Values stay the strings the client sent;
 * converting them to the attribute's type belongs to the layer that knows the type.
 * {@link FilterOperator#IN} and {@link FilterOperator#NIN} carry one or more values, every other operator exactly one.
 */
public record Filter(String attribute, FilterOperator operator, List<String> values) {

    public static final char LIKE_ESCAPE = '\\';

    public Filter {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(operator, "operator");
        values = List.copyOf(values);
        if (values.isEmpty() || (!operator.isMultiValued() && values.size() != 1)) {
            throw new IllegalArgumentException(operator.keyword() + " takes "
                    + (operator.isMultiValued() ? "at least one value" : "exactly one value") + ", got " + values);
        }
    }

    public static Filter of(String attribute, FilterOperator operator, String... values) {
        return new Filter(attribute, operator, List.of(values));
    }

    /** The single operand of a single-valued operator (the first one of {@code in}/{@code nin}). */
    public String value() {
        return values.get(0);
    }

    /** The pattern for {@code LIKE … ESCAPE '\'}: the value with {@code \ % _} escaped, wrapped in {@code %}. */
    public String likePattern() {
        StringBuilder pattern = new StringBuilder("%");
        for (char c : value().toCharArray()) {
            if (c == LIKE_ESCAPE || c == '%' || c == '_') {
                pattern.append(LIKE_ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
