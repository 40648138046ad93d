package com.workgate.timeclock.session.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.workgate.timeclock.common.control.Change;
import com.workgate.auth.platform.control.ApiException.FieldError;
import com.workgate.timeclock.common.control.FieldValidationException;
import com.workgate.timeclock.common.control.FormFields;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A session write read from a request body, with the original's messages, and what it keeps, clears and defaults. */
class SessionWriteTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static SessionWrite read(String json) {
        try {
            return SessionWrite.read(JSON.readTree(json.replace('\'', '"')));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static FieldError refused(String json) {
        return assertThrows(FieldValidationException.class, () -> read(json)).error();
    }

    @Nested
    class Reading {

        @Test
        void anEmptyBodySaysNothing() {
            assertEquals(SessionWrite.nothing(), read("{}"));
            assertEquals(SessionWrite.nothing(), SessionWrite.read(null), "no body at all");
        }

        @Test
        void everyFieldGiven() {
            assertEquals(new SessionWrite(100L, Change.to(200L), Change.to("Café"), Change.to(3L), true),
                    read("{'clockIn': 100, 'clockOut': '200', 'note': 'Café', 'projectId': 3, 'defaultProject': '1'}"));
        }

        @Test
        void aNullClearsAFieldThatMayBeEmpty() {
            assertEquals(new SessionWrite(null, Change.to(null), Change.to(null), Change.to(null), null),
                    read("{'clockOut': null, 'note': null, 'projectId': ''}"));
        }

        @Test
        void aFormBodyReadsLikeJson() {
            JsonNode form = FormFields.toJson("clockIn=100&clockOut=&note=Caf%C3%A9", StandardCharsets.UTF_8);
            assertEquals(new SessionWrite(100L, Change.to(null), Change.to("Café"), Change.keep(), null), SessionWrite.read(form));
        }
    }

    @Nested
    class TheOriginalsMessages {

        @Test
        void aGivenClockInCannotBeBlank() {
            assertEquals(new FieldError("clockIn", "Clock In cannot be blank."), refused("{'clockIn': null}"));
            assertEquals(new FieldError("clockIn", "Clock In cannot be blank."), refused("{'clockIn': ''}"));
        }

        @Test
        void timesAreIntegers() {
            assertEquals(new FieldError("clockIn", "Clock In must be an integer."), refused("{'clockIn': 'now'}"));
            assertEquals(new FieldError("clockIn", "Clock In must be an integer."), refused("{'clockIn': 1.5}"));
            assertEquals(new FieldError("clockOut", "Clock Out must be an integer."), refused("{'clockOut': true}"));
            assertEquals(new FieldError("clockOut", "Clock Out must be an integer."),
                    refused("{'clockOut': '1234567890123456789'}"), "more digits than a long");
        }

        @Test
        void theNoteIsAStringThatFitsItsColumn() {
            assertEquals(new FieldError("note", "Note must be a string."), refused("{'note': 5}"));
            assertEquals(new FieldError("note", "Note should contain at most 1000 characters."),
                    refused("{'note': '" + "n".repeat(1001) + "'}"));
            assertEquals(Change.to("n".repeat(1000)), read("{'note': '" + "n".repeat(1000) + "'}").note());
        }

        @Test
        void theProjectIdIsAnIntegerOfAtLeast0() {
            assertEquals(new FieldError("projectId", "Project ID must be an integer."), refused("{'projectId': 'p'}"));
            assertEquals(new FieldError("projectId", "Project ID must be no less than 0."), refused("{'projectId': -1}"));
            assertEquals(Change.to(0L), read("{'projectId': 0}").projectId(), "0: no project");
        }

        @Test
        void theDefaultProjectIs0Or1() {
            assertEquals(new FieldError("defaultProject", "Default Project must be an integer."),
                    refused("{'defaultProject': true}"));
            assertEquals(new FieldError("defaultProject", "Default Project must be either \"1\" or \"0\"."),
                    refused("{'defaultProject': 2}"));
            assertEquals(false, read("{'defaultProject': '0'}").defaultProject());
        }

        @Test
        void theFirstBadFieldInTheOriginalsOrderIsReported() {
            assertEquals("clockIn", refused("{'note': 5, 'clockIn': 'x', 'clockOut': 'y'}").field());
            assertEquals("clockOut", refused("{'note': 5, 'clockOut': 'y'}").field());
            assertEquals("note", refused("{'note': 5, 'projectId': -1}").field());
            assertEquals("defaultProject", refused("{'projectId': -1, 'defaultProject': 'x'}").field(),
                    "types first, then ranges");
            assertEquals("projectId", refused("{'projectId': -1, 'defaultProject': 7}").field());
        }
    }

    @Nested
    class WhatAWriteKeeps {

        @Test
        void aLeftOutFieldKeepsItsValueAndAGivenOneReplacesIt() {
            assertEquals(5L, Change.<Long>keep().or(5L));
            assertEquals(7L, Change.to(7L).or(5L));
            assertEquals(null, Change.<Long>to(null).or(5L));
        }

        @Test
        void theTerminalsWrites() {
            assertEquals(new SessionWrite(null, Change.to(1_700_000_000L), Change.keep(), Change.keep(), null),
                    SessionWrite.clockOutAt(1_700_000_000L));
        }
    }

    @Nested
    class TheDefaultProject {

        @Test
        void aNewSessionTakesItUnlessItSaysNot() {
            assertTrue(read("{}").takesDefaultProject(true));
            assertTrue(read("{'defaultProject': 1}").takesDefaultProject(true));
            assertFalse(read("{'defaultProject': 0}").takesDefaultProject(true));
        }

        @Test
        void aChangeTakesItOnlyWhenItAsks() {
            assertFalse(read("{}").takesDefaultProject(false));
            assertFalse(read("{'defaultProject': 0}").takesDefaultProject(false));
            assertTrue(read("{'defaultProject': 1}").takesDefaultProject(false));
        }

        @Test
        void aWriteThatNamesAProjectNeverTakesIt() {
            assertFalse(read("{'projectId': 3, 'defaultProject': 1}").takesDefaultProject(true));
            assertFalse(read("{'projectId': null}").takesDefaultProject(true), "null: no project, said so");
        }
    }
}
