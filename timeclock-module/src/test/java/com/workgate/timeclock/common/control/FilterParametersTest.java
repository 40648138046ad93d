package com.workgate.timeclock.common.control;

import static com.workgate.timeclock.common.control.FilterOperator.EQ;
import static com.workgate.timeclock.common.control.FilterOperator.GT;
import static com.workgate.timeclock.common.control.FilterOperator.GTE;
import static com.workgate.timeclock.common.control.FilterOperator.IN;
import static com.workgate.timeclock.common.control.FilterOperator.LIKE;
import static com.workgate.timeclock.common.control.FilterOperator.LT;
import static com.workgate.timeclock.common.control.FilterOperator.LTE;
import static com.workgate.timeclock.common.control.FilterOperator.NEQ;
import static com.workgate.timeclock.common.control.FilterOperator.NIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.workgate.auth.platform.control.ApiException.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FilterParametersTest {

    private static final Set<String> ATTRIBUTES = Set.of("id", "clockIn", "clockOut", "createdAt", "updatedAt", "note");

    /** Query parameters in request order: key, value, key, value … (a key may repeat). */
    private static Map<String, List<String>> query(String... keysAndValues) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            parameters.computeIfAbsent(keysAndValues[i], k -> new java.util.ArrayList<>()).add(keysAndValues[i + 1]);
        }
        return parameters;
    }

    private static List<Filter> parse(String... keysAndValues) {
        return FilterParameters.parse(query(keysAndValues), ATTRIBUTES);
    }

    private static FieldError failure(String... keysAndValues) {
        return assertThrows(FieldValidationException.class, () -> parse(keysAndValues)).error();
    }

    private static FieldError filterError(String message) {
        return new FieldError("filter", message);
    }

    @Test
    void noFilterParametersNoFilters() {
        assertEquals(List.of(), parse("page", "2", "sort", "-id", "filtered", "x"));
    }

    @Test
    void aPlainValueIsEquality() {
        assertEquals(List.of(Filter.of("note", EQ, "home office")), parse("filter[note]", "home office"));
    }

    @Test
    void eachComparisonOperatorIsRecognised() {
        assertEquals(List.of(
                        Filter.of("id", EQ, "1"), Filter.of("note", NEQ, "x"), Filter.of("clockIn", LT, "100"),
                        Filter.of("clockOut", GT, "200"), Filter.of("createdAt", LTE, "300"),
                        Filter.of("updatedAt", GTE, "400"), Filter.of("note", LIKE, "meet")),
                parse("filter[id][eq]", "1", "filter[note][neq]", "x", "filter[clockIn][lt]", "100",
                        "filter[clockOut][gt]", "200", "filter[createdAt][lte]", "300",
                        "filter[updatedAt][gte]", "400", "filter[note][like]", "meet"));
    }

    @Test
    void twoOperatorsOnOneAttributeMakeARange() {
        assertEquals(List.of(Filter.of("clockIn", GTE, "100"), Filter.of("clockIn", LT, "200")),
                parse("filter[clockIn][gte]", "100", "filter[clockIn][lt]", "200"));
    }

    @Test
    void inAndNinTakeACommaList() {
        assertEquals(List.of(Filter.of("id", IN, "1", "2", "3"), Filter.of("note", NIN, "a", "b")),
                parse("filter[id][in]", "1,2, 3", "filter[note][nin]", "a,b"));
    }

    @Test
    void inTakesRepeatedArrayParametersVerbatim() {
        assertEquals(List.of(Filter.of("id", IN, "1", "2", "3,4")),
                parse("filter[id][in][]", "1", "filter[id][in][]", "2", "filter[id][in][]", "3,4"));
    }

    @Test
    void indexedArrayParametersFormOneList() {
        assertEquals(List.of(Filter.of("id", NIN, "5", "6")),
                parse("filter[id][nin][0]", "5", "filter[id][nin][1]", "6"));
    }

    @Test
    void anArrayWithoutOperatorIsIn() {
        assertEquals(List.of(Filter.of("id", IN, "1", "2")), parse("filter[id][]", "1", "filter[id][]", "2"));
    }

    @Test
    void aRepeatedSingleValueKeepsTheLastAsPhpDoes() {
        assertEquals(List.of(Filter.of("id", GT, "9")), parse("filter[id][gt]", "1", "filter[id][gt]", "9"));
    }

    @Test
    void andIsFlattenedIntoTheList() {
        assertEquals(List.of(Filter.of("id", GT, "1"), Filter.of("note", EQ, "x")),
                parse("filter[and][0][id][gt]", "1", "filter[and][1][note]", "x"));
    }

    @Test
    void unknownAttributeIsRejectedWithYiisMessage() {
        assertEquals(filterError("Unknown filter attribute \"x\""), failure("filter[x]", "1"));
        assertEquals(filterError("Unknown filter attribute \"userId\""), failure("filter[userId][in]", "1,2"));
    }

    @Test
    void unknownAttributeIsReportedBeforeAnUnknownOperator() {
        assertEquals(filterError("Unknown filter attribute \"x\""), failure("filter[x][between]", "1"));
    }

    @Test
    void attributeNamesAreCaseSensitive() {
        assertEquals(filterError("Unknown filter attribute \"clockin\""), failure("filter[clockin]", "1"));
    }

    @Test
    void unknownOperatorIsRejected() {
        assertEquals(filterError("Condition for \"id\" should be either a value or valid operator specification."),
                failure("filter[id][between]", "1"));
        assertEquals(filterError("Condition for \"id\" should be either a value or valid operator specification."),
                failure("filter[id][GT]", "1"));
    }

    @Test
    void anArrayForASingleValuedOperatorIsRejected() {
        assertEquals(filterError("Condition for \"id\" should be either a value or valid operator specification."),
                failure("filter[id][gt][]", "1"));
    }

    @Test
    void tooDeepAConditionIsRejected() {
        assertEquals(filterError("Condition for \"id\" should be either a value or valid operator specification."),
                failure("filter[id][in][0][x]", "1"));
    }

    @Test
    void anOperatorInPlaceOfAnAttributeIsRejected() {
        assertEquals(filterError("Operator \"gt\" must be used with a search attribute."), failure("filter[gt]", "1"));
    }

    @Test
    void orAndNotAreNotSupported() {
        assertEquals(filterError("Operator \"or\" is not supported."), failure("filter[or][0][id]", "1"));
        assertEquals(filterError("Operator \"not\" is not supported."), failure("filter[not][id]", "1"));
    }

    @Test
    void andNeedsAnIndexedList() {
        assertEquals(filterError("Operator \"and\" requires multiple operands."), failure("filter[and]", "1"));
        assertEquals(filterError("Operator \"and\" requires multiple operands."), failure("filter[and][id]", "1"));
    }

    @Test
    void malformedKeysAreRejected() {
        FieldError invalid = filterError("The format of Filter is invalid.");
        assertEquals(invalid, failure("filter", "id"));
        assertEquals(invalid, failure("filter[id", "1"));
        assertEquals(invalid, failure("filter[id]x", "1"));
        assertEquals(invalid, failure("filter[a[b]]", "1"));
        assertEquals(invalid, failure("filter[and][0]", "1"));
    }

    @Test
    void theFirstBadParameterIsTheOneReported() {
        assertEquals(filterError("Unknown filter attribute \"a\""),
                failure("filter[id]", "1", "filter[a]", "1", "filter[b]", "1"));
    }
}
