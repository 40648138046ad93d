package com.workgate.timeclock.project.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.auth.platform.control.ApiException.FieldError;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectRuleTest {

    private static final FieldError NOT_FOUND = new FieldError("projectId", "Can not find project of given ID.");
    private static final FieldError NOT_ASSIGNED =
            new FieldError("projectId", "You are not assigned to selected project.");

    @Test
    void noProjectAlwaysPasses() {
        assertEquals(Optional.empty(), ProjectRule.check(null, false, false));
        assertEquals(Optional.empty(), ProjectRule.check(0L, false, false));
        assertFalse(ProjectRule.appliesTo(null));
        assertFalse(ProjectRule.appliesTo(0L));
    }

    @Test
    void aNegativeIdIsLeftToTheIntegerCheck() {
        assertEquals(Optional.empty(), ProjectRule.check(-1L, false, false));
        assertFalse(ProjectRule.appliesTo(-1L));
    }

    @Test
    void aMissingProjectIsReportedBeforeAssignment() {
        assertTrue(ProjectRule.appliesTo(7L));
        assertEquals(Optional.of(NOT_FOUND), ProjectRule.check(7L, false, false));
        assertEquals(Optional.of(NOT_FOUND), ProjectRule.check(7L, false, true));
    }

    @Test
    void anExistingProjectMustListTheUser() {
        assertEquals(Optional.of(NOT_ASSIGNED), ProjectRule.check(7L, true, false));
        assertEquals(Optional.empty(), ProjectRule.check(7L, true, true));
    }
}
