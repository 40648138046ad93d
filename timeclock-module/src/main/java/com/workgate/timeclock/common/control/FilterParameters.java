package com.workgate.timeclock.common.control;

import com.workgate.auth.platform.control.ApiException.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code filter[...]} query parameters, read the way Yii's {@code DataFilter} reads the PHP array they form:
 * <ul>
 * <li>{@code filter[a]=v} is {@code a eq v}; {@code filter[a][op]=v} applies {@code op};</li>
 * <li>{@code in}/{@code nin} take a comma list ({@code filter[a][in]=1,2}, items trimmed) or an array
 * ({@code filter[a][in][]=1&filter[a][in][]=2}, or PHP's indexed {@code [0]}, {@code [1]}), kept verbatim;
 * {@code filter[a][]=v} (an array without an operator) is {@code in}, as Yii's hash condition makes it;</li>
 * <li>a single-valued operator given several times keeps the last value, as PHP does with a repeated key;</li>
 * <li>all conditions hold together. {@code filter[and][0][a]=v&filter[and][1][b]=w} is therefore accepted and
 * flattened. {@code or} and {@code not} are refused: the result is a flat list the JPA layer ANDs, and no
 * TimeClock client is known to need them.</li>
 * </ul>
 * The first problem found ends parsing with a {@link FieldValidationException} on the field {@code filter},
 * worded as Yii words it.
 */
final class FilterParameters {

    static final String NAME = "filter";
    static final String INVALID_FORMAT = "The format of Filter is invalid.";

    private static final String AND = "and";
    private static final Set<String> UNSUPPORTED_CONTROLS = Set.of("or", "not");

    private FilterParameters() {
    }

    static List<Filter> parse(Map<String, List<String>> queryParameters, Set<String> attributes) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> parameter : queryParameters.entrySet()) {
            String key = parameter.getKey();
            List<String> values = parameter.getValue();
            if (!isFilterKey(key) || values == null || values.isEmpty()) {
                continue;
            }
            Condition condition = condition(pathOf(key), attributes);
            Group group = groups.computeIfAbsent(condition.groupKey(),
                    k -> new Group(condition.attribute(), condition.operator()));
            group.add(condition, values);
        }
        return groups.values().stream().map(Group::toFilter).toList();
    }

    private static boolean isFilterKey(String key) {
        return key.equals(NAME) || key.startsWith(NAME + "[");
    }

    /** {@code filter[a][b][]} → {@code [a, b, ""]}. */
    private static List<String> pathOf(String key) {
        List<String> path = new ArrayList<>();
        int at = NAME.length();
        while (at < key.length()) {
            int close = key.indexOf(']', at);
            if (key.charAt(at) != '[' || close < 0) {
                throw invalid(INVALID_FORMAT);
            }
            String segment = key.substring(at + 1, close);
            if (segment.indexOf('[') >= 0) {
                throw invalid(INVALID_FORMAT);
            }
            path.add(segment);
            at = close + 1;
        }
        if (path.isEmpty()) {
            throw invalid(INVALID_FORMAT);
        }
        return path;
    }

    private static Condition condition(List<String> path, Set<String> attributes) {
        int at = 0;
        while (at < path.size() && path.get(at).equals(AND)) {
            if (at + 1 >= path.size() || !isArrayIndex(path.get(at + 1))) {
                throw invalid("Operator \"" + AND + "\" requires multiple operands.");
            }
            at += 2;
        }
        if (at >= path.size()) {
            throw invalid(INVALID_FORMAT);
        }
        String attribute = path.get(at);
        if (UNSUPPORTED_CONTROLS.contains(attribute)) {
            throw invalid("Operator \"" + attribute + "\" is not supported.");
        }
        if (FilterOperator.fromKeyword(attribute).isPresent()) {
            throw invalid("Operator \"" + attribute + "\" must be used with a search attribute.");
        }
        if (!attributes.contains(attribute)) {
            throw invalid("Unknown filter attribute \"" + attribute + "\"");
        }
        List<String> rest = path.subList(at + 1, path.size());
        String attributePath = String.join("][", path.subList(0, at + 1));
        if (rest.isEmpty()) {
            return new Condition(attribute, FilterOperator.EQ, false, attributePath);
        }
        if (rest.size() == 1 && isArrayIndex(rest.get(0))) {
            return new Condition(attribute, FilterOperator.IN, true, attributePath);
        }
        FilterOperator operator = FilterOperator.fromKeyword(rest.get(0))
                .orElseThrow(() -> badCondition(attribute));
        String operatorPath = attributePath + "][" + rest.get(0);
        if (rest.size() == 1) {
            return new Condition(attribute, operator, false, operatorPath);
        }
        if (rest.size() == 2 && isArrayIndex(rest.get(1)) && operator.isMultiValued()) {
            return new Condition(attribute, operator, true, operatorPath);
        }
        throw badCondition(attribute);
    }

    /** {@code []} or PHP's explicit {@code [0]}, {@code [1]} … */
    private static boolean isArrayIndex(String segment) {
        return segment.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static FieldValidationException badCondition(String attribute) {
        return invalid("Condition for \"" + attribute + "\" should be either a value or valid operator specification.");
    }

    private static FieldValidationException invalid(String message) {
        return new FieldValidationException(new FieldError(NAME, message));
    }

    /**
     * @param path the key without its trailing array index: keys that differ only in that index ({@code [0]},
     *             {@code [1]}, {@code []}) form one PHP array, so one condition
     */
    private record Condition(String attribute, FilterOperator operator, boolean array, String path) {

        String groupKey() {
            return path + "|" + operator.keyword();
        }
    }

    private static final class Group {
        private final String attribute;
        private final FilterOperator operator;
        private final List<String> values = new ArrayList<>();

        Group(String attribute, FilterOperator operator) {
            this.attribute = attribute;
            this.operator = operator;
        }

        void add(Condition condition, List<String> raw) {
            if (!operator.isMultiValued()) {
                // Only a scalar key reaches here, and keys are unique, so this runs once per group.
                values.add(raw.get(raw.size() - 1));
            } else if (condition.array()) {
                values.addAll(raw);
            } else {
                for (String list : raw) {
                    for (String item : list.split(",", -1)) {
                        values.add(item.trim());
                    }
                }
            }
        }

        Filter toFilter() {
            return new Filter(attribute, operator, values);
        }
    }
}
