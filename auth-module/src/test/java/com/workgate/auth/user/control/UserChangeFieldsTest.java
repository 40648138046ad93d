package com.workgate.auth.user.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.workgate.auth.user.entity.UserStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit trail names the fields a change gave, never their values. */
class UserChangeFieldsTest {

    @Test
    void namesOnlyTheGivenFields() {
        UserData change = new UserData(null, null, "Lovelace", null, "+48 600 000 000", UserStatus.INACTIVE, null, null,
                Map.of("mon", "o"));
        assertEquals("lastName, phone, status, weeklyPlan", UserDirectory.givenFields(change));
    }

    @Test
    void anEmptyChangeSaysSo() {
        assertEquals("none", UserDirectory.givenFields(new UserData(null, null, null, null, null, null, null, null, null)));
    }
}
