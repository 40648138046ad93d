package com.workgate.auth.user.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** People are matched by email without regard to case: the key that lookups and the unique index compare. */
class EmailKeyTest {

    @Test
    void theKeyIgnoresCaseAndTheEmailKeepsItsSpelling() {
        User user = new User(null, Instant.EPOCH);
        user.setEmail("Ada.Lovelace@Example.COM");
        assertEquals("Ada.Lovelace@Example.COM", user.getEmail());
        assertEquals(User.emailKey("ada.lovelace@example.com"), User.emailKey(user.getEmail()));
        assertEquals("ada.lovelace@example.com", User.emailKey("ADA.LOVELACE@EXAMPLE.COM"));
    }

    @Test
    void theKeyDoesNotDependOnTheServersLocale() {
        assertEquals("ismail@example.com", User.emailKey("ISMAIL@EXAMPLE.COM"), "no Turkish dotless i");
    }

    @Test
    void aDeletedPersonFreesTheKey() {
        User user = new User(null, Instant.EPOCH);
        user.setEmail("a@b.c");
        user.markDeleted(Instant.EPOCH);
        assertNull(user.getEmail());
        assertNull(User.emailKey(user.getEmail()));
    }
}
