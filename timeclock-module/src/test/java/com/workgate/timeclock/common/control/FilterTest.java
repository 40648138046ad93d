package com.workgate.timeclock.common.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FilterTest {

    @Test
    void likePatternEscapesWildcardsAndTheEscapeCharacter() {
        assertEquals("%abc%", Filter.of("note", FilterOperator.LIKE, "abc").likePattern());
        assertEquals("%50\\% off\\_x\\\\y%", Filter.of("note", FilterOperator.LIKE, "50% off_x\\y").likePattern());
    }

    @Test
    void singleValuedOperatorsTakeExactlyOneValue() {
        assertThrows(IllegalArgumentException.class, () -> Filter.of("id", FilterOperator.EQ, "1", "2"));
        assertThrows(IllegalArgumentException.class, () -> Filter.of("id", FilterOperator.GT));
    }

    @Test
    void inTakesOneOrMoreValues() {
        assertEquals(List.of("1", "2"), Filter.of("id", FilterOperator.IN, "1", "2").values());
        assertThrows(IllegalArgumentException.class, () -> Filter.of("id", FilterOperator.NIN));
    }

    @Test
    void operatorsAreFoundByTheirYiiKeyword() {
        assertEquals(Optional.of(FilterOperator.NEQ), FilterOperator.fromKeyword("neq"));
        assertEquals(Optional.of(FilterOperator.LTE), FilterOperator.fromKeyword("lte"));
        assertEquals(Optional.empty(), FilterOperator.fromKeyword("NEQ"));
        assertEquals(Optional.empty(), FilterOperator.fromKeyword("and"));
    }
}
