package com.workgate.timeclock.session.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.timeclock.common.control.Change;
import com.workgate.timeclock.common.control.JsonInput;
import com.workgate.timeclock.session.entity.WorkSession;

/**
 * A write of a work session, as a client or the terminal asks for it, read and type-checked: each field left out
 * keeps its value ({@code clockIn}: now, for a new session), a field given may clear it. {@code defaultProject}
 * (when said) decides whether a write that names no project takes the person's default one.
 */
public record SessionWrite(Long clockIn, Change<Long> clockOut, Change<String> note, Change<Long> projectId,
                           Boolean defaultProject) {

    /** Nothing said: a new session starts now, with the default project. */
    public static SessionWrite nothing() {
        return new SessionWrite(null, Change.keep(), Change.keep(), Change.keep(), null);
    }

    /** Only the end of a session. */
    public static SessionWrite clockOutAt(long epochSecond) {
        return new SessionWrite(null, Change.to(epochSecond), Change.keep(), Change.keep(), null);
    }

    /**
     * Reads a request body (JSON or form), failing on the first bad field in the order clockIn, clockOut, note,
     * projectId, defaultProject, with the original's messages.
     */
    public static SessionWrite read(JsonNode json) {
        JsonNode body = JsonInput.requireObject(json);
        Long clockIn = null;
        if (body.has("clockIn")) {
            clockIn = JsonInput.integer(body, "clockIn", "Clock In");
            if (clockIn == null) {
                throw JsonInput.invalid("clockIn", "Clock In cannot be blank.");
            }
        }
        Change<Long> clockOut = body.has("clockOut") ? Change.to(JsonInput.integer(body, "clockOut", "Clock Out")) : Change.keep();
        Change<String> note = body.has("note") ? Change.to(JsonInput.string(body, "note", "Note", WorkSession.NOTE_LENGTH))
                : Change.keep();
        Change<Long> projectId = body.has("projectId") ? Change.to(JsonInput.integer(body, "projectId", "Project ID"))
                : Change.keep();
        Long useDefault = JsonInput.integer(body, "defaultProject", "Default Project");
        if (projectId.value() != null && projectId.value() < 0) {
            throw JsonInput.invalid("projectId", "Project ID must be no less than 0.");
        }
        if (useDefault != null && useDefault != 0 && useDefault != 1) {
            throw JsonInput.invalid("defaultProject", "Default Project must be either \"1\" or \"0\".");
        }
        return new SessionWrite(clockIn, clockOut, note, projectId, useDefault == null ? null : useDefault == 1);
    }

    /** Whether the write takes the person's default project: it names none, and asks for it (a new session: unless it says not to). */
    boolean takesDefaultProject(boolean creating) {
        return !projectId.given() && (defaultProject == null ? creating : defaultProject);
    }
}
