package com.workgate.auth.scim.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ScimQueryTest {

    @Test
    void readsAnEqualityFilterOnTheNamingAttribute() {
        assertEquals("Ann@Example.com", ScimQuery.parse("userName eq \"Ann@Example.com\"", null, null, "userName").equalTo());
        assertEquals("x", ScimQuery.parse("USERNAME EQ \"x\"", null, null, "userName").equalTo());
        assertEquals("x", ScimQuery.parse("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"x\"", null, null,
                "userName").equalTo());
        assertNull(ScimQuery.parse(null, null, null, "userName").equalTo());
    }

    @Test
    void refusesOtherFiltersAsInvalidFilter() {
        for (String filter : new String[]{"name.givenName eq \"A\"", "userName co \"a\"", "userName eq",
                "userName eq \"a\" or userName eq \"b\"", "userName eq 5", "((", "userName eq \"" + "x".repeat(1000) + "\""}) {
            ScimError error = assertThrows(ScimError.class, () -> ScimQuery.parse(filter, null, null, "userName"), filter);
            assertEquals(400, error.status(), filter);
            assertEquals("invalidFilter", error.scimType(), filter);
        }
    }

    @Test
    void pagesFromOneAndCapsTheCount() {
        ScimQuery query = ScimQuery.parse(null, "0", "100000", "userName");
        assertEquals(1, query.startIndex());
        assertEquals(ScimQuery.MAX_COUNT, query.count());
        assertEquals(0, ScimQuery.parse(null, "3", "-4", "userName").count());
        assertEquals(ScimQuery.DEFAULT_COUNT, ScimQuery.parse(null, null, null, "userName").count());
        assertEquals(ScimQuery.MAX_COUNT, ScimQuery.parse(null, null, "99999999999999999999", "userName").count());
        assertEquals("invalidValue", assertThrows(ScimError.class, () -> ScimQuery.parse(null, "one", null, "userName")).scimType());
    }
}
