package com.workgate.timeclock.project.control;

import com.workgate.auth.platform.control.ApiException.FieldError;
import java.util.Optional;

/**
 * A {@code projectId} chosen by the user (on a session or as the profile's default) must name an existing project
 * that lists the user as an assignee. {@code null} and 0 mean "no project" and always pass; a negative id is
 * not this rule's business (it fails the integer-min check before, {@code Project Id must be no less than 0.}).
 */
public final class ProjectRule {

    public static final String FIELD = "projectId";
    public static final String NOT_FOUND = "Can not find project of given ID.";
    public static final String NOT_ASSIGNED = "You are not assigned to selected project.";

    private ProjectRule() {
    }

    /** Whether a lookup is needed at all: only for an id above 0. */
    public static boolean appliesTo(Long projectId) {
        return projectId != null && projectId > 0;
    }

    /**
     * @param exists          whether a project with that id exists
     * @param userIsAssignee  whether that project lists the user; ignored when it does not exist
     */
    public static Optional<FieldError> check(Long projectId, boolean exists, boolean userIsAssignee) {
        if (!appliesTo(projectId)) {
            return Optional.empty();
        }
        if (!exists) {
            return Optional.of(new FieldError(FIELD, NOT_FOUND));
        }
        if (!userIsAssignee) {
            return Optional.of(new FieldError(FIELD, NOT_ASSIGNED));
        }
        return Optional.empty();
    }
}
