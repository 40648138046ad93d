package com.workgate.timeclock.common.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.workgate.auth.platform.control.ApiException.FieldError;
import com.workgate.timeclock.common.control.JpqlList.Field;
import com.workgate.timeclock.common.control.JpqlList.Type;
import org.junit.jupiter.api.Test;

class JpqlListTest {

    @Test
    void likeIsForTextOnly() {
        assertDoesNotThrow(() -> JpqlList.requireSupported(new Field("note", Type.TEXT), Filter.of("note", FilterOperator.LIKE, "1")));
        for (Type type : new Type[]{Type.NUMBER, Type.INTEGER, Type.DATE}) {
            FieldValidationException refused = assertThrows(FieldValidationException.class,
                    () -> JpqlList.requireSupported(new Field("id", type), Filter.of("id", FilterOperator.LIKE, "1")));
            assertEquals(new FieldError("filter", "\"id\" does not support operator \"like\"."), refused.error());
        }
    }

    @Test
    void theOtherOperatorsFitEveryType() {
        for (Type type : Type.values()) {
            for (FilterOperator operator : FilterOperator.values()) {
                if (operator != FilterOperator.LIKE) {
                    assertDoesNotThrow(() -> JpqlList.requireSupported(new Field("a", type), Filter.of("a", operator, "1")));
                }
            }
        }
    }
}
