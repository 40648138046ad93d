package com.workgate.timeclock.profile.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.auth.user.entity.User;
import com.workgate.timeclock.common.control.JsonInput;

/**
 * A change of the signed-in person's profile, read and type-checked: a full name, a phone, a default project
 * (0 clears it). Null is "not changed"; {@code projectId} is null when not given.
 */
public record ProfileChange(String name, String phone, Long projectId) {

    /** The original's limit of the full name; first and last name then each fit their column. */
    static final int FULL_NAME_LENGTH = 255;

    /** Reads a request body (JSON or form) with the original's messages, failing on the first bad field. */
    public static ProfileChange read(JsonNode json) {
        JsonNode body = JsonInput.requireObject(json);
        String name = null;
        if (body.has("name")) {
            name = JsonInput.string(body, "name", "First And Last Name", FULL_NAME_LENGTH);
            if (name == null || name.isBlank()) {
                throw JsonInput.invalid("name", "First And Last Name cannot be blank.");
            }
        }
        String phone = body.has("phone") ? JsonInput.string(body, "phone", "Phone", User.PHONE_LENGTH) : null;
        Long projectId = null;
        if (body.has("projectId")) {
            projectId = JsonInput.integer(body, "projectId", "Project ID");
            if (projectId == null || projectId < 0) {
                throw JsonInput.invalid("projectId", "Project ID must be no less than 0.");
            }
        }
        return new ProfileChange(name, phone, projectId);
    }
}
