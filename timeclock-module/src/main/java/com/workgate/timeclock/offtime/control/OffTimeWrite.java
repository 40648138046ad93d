package com.workgate.timeclock.offtime.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.timeclock.common.control.Change;
import com.workgate.timeclock.common.control.JsonInput;
import com.workgate.timeclock.offtime.entity.OffTime;
import java.time.LocalDate;

/**
 * A write of an off-time, read and type-checked: its days ({@code YYYY-MM-DD}, both included), a note, a type
 * (0 short, 1 vacation). A new off-time needs both days; a change keeps what it leaves out.
 */
public record OffTimeWrite(Change<LocalDate> startAt, Change<LocalDate> endAt, Change<String> note, Change<Integer> type) {

    /** A new off-time's body (JSON or form): the days are required, the type is short unless said. */
    public static OffTimeWrite readNew(JsonNode body) {
        return read(body, true);
    }

    /** A change's body: each field left out keeps its value. */
    public static OffTimeWrite readChange(JsonNode body) {
        return read(body, false);
    }

    /** The original's order: both days, then whether they are blank, then note and type. */
    private static OffTimeWrite read(JsonNode json, boolean creating) {
        JsonNode body = JsonInput.requireObject(json);
        Change<LocalDate> start = body.has("startAt") || creating ? Change.to(JsonInput.date(body, "startAt", "Start At"))
                : Change.keep();
        Change<LocalDate> end = body.has("endAt") || creating ? Change.to(JsonInput.date(body, "endAt", "End At"))
                : Change.keep();
        if (start.given() && start.value() == null) {
            throw JsonInput.invalid("startAt", "Start At cannot be blank.");
        }
        if (end.given() && end.value() == null) {
            throw JsonInput.invalid("endAt", "End At cannot be blank.");
        }
        Change<String> note = body.has("note") ? Change.to(JsonInput.string(body, "note", "Note", OffTime.NOTE_LENGTH))
                : Change.keep();
        Change<Integer> type = Change.keep();
        if (body.has("type")) {
            Long given = JsonInput.integer(body, "type", "Type");
            if (given == null || (given != OffTime.SHORT && given != OffTime.VACATION)) {
                throw JsonInput.invalid("type", "Type is invalid.");
            }
            type = Change.to(given.intValue());
        }
        return new OffTimeWrite(start, end, note, type);
    }
}
