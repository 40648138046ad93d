package com.workgate.timeclock.common.control;

import java.util.Arrays;
import java.util.Optional;

/** The comparison operators a list filter may use, under the keywords of Yii's {@code DataFilter}. */
public enum FilterOperator {
    EQ("eq", false),
    NEQ("neq", false),
    LT("lt", false),
    GT("gt", false),
    LTE("lte", false),
    GTE("gte", false),
    IN("in", true),
    NIN("nin", true),
    /** Substring match, as Yii builds it: {@code attr LIKE '%value%'} with the value's wildcards escaped. */
    LIKE("like", false);

    private final String keyword;
    private final boolean multiValued;

    FilterOperator(String keyword, boolean multiValued) {
        this.keyword = keyword;
        this.multiValued = multiValued;
    }

    public String keyword() {
        return keyword;
    }

    public boolean isMultiValued() {
        return multiValued;
    }

    public static Optional<FilterOperator> fromKeyword(String keyword) {
        return Arrays.stream(values()).filter(op -> op.keyword.equals(keyword)).findFirst();
    }
}
