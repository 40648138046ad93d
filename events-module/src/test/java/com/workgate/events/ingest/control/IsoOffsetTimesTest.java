package com.workgate.events.ingest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoOffsetTimesTest {

    private static Instant jdk(String text) {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23T08:59:12Z", "2026-11-23T08:59:12.250+01:00", "2024-02-29T23:59:59.999999999-11:30",
            "1970-01-01T00:00:00.1Z", "2026-12-31T00:00:00-00:00", "2026-06-30T12:00:00+18:00", "0000-01-01T00:00:00Z"})
    void theCommonFormIsReadDirectlyAsTheJdkReadsIt(String text) {
        Instant read = IsoOffsetTimes.readCommonForm(text);
        assertNotNull(read, text);
        assertEquals(jdk(text), read, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23T08:59Z", "2026-11-23t08:59:12z", "2026-11-23T08:59:12+01:00:30",
            "+12026-11-23T08:59:12Z", "2026-11-23T08:59:12+01", "2026-11-23T08:59:12.Z"})
    void otherFormsTheJdkAcceptsAreLeftToItWithItsAnswer(String text) {
        assertNull(IsoOffsetTimes.readCommonForm(text), text);
        assertEquals(jdk(text), IsoOffsetTimes.parse(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29T10:00:00Z", "2026-04-31T10:00:00Z", "2026-13-01T10:00:00Z", "2026-11-23T24:00:00Z",
            "2026-11-23T08:60:00Z", "2026-11-23T08:59:60Z", "2026-11-23T08:59:12+19:00", "2026-11-23T08:59:12+01:60",
            "2026-11-23T08:59:12.1234567890Z", "2026-11-23T08:59:12", "2026-11-23 08:59:12Z",
            "２026-11-23T08:59:12Z", "2026-11-23T08:59:12Z ", " 2026-11-23T08:59:12Z", "2026-11-23T08:59:1-Z"})
    void whatTheJdkRefusesIsRefused(String text) {
        assertThrows(DateTimeParseException.class, () -> jdk(text), "the JDK refuses " + text);
        assertThrows(DateTimeParseException.class, () -> IsoOffsetTimes.parse(text), text);
    }

    @Test
    void everyTextGetsTheJdksAnswer() {
        Random random = new Random(20261201);
        String alphabet = "0123456789-+:.TZtz 5";
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder(randomTime(random));
            for (int edits = random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(3)) {
                    case 0 -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> text.deleteCharAt(at);
                    default -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            texts.add(text.toString());
        }
        int readDirectly = 0;
        for (String text : texts) {
            Instant expected;
            try {
                expected = jdk(text);
            } catch (DateTimeException refused) {
                assertNull(IsoOffsetTimes.readCommonForm(text), text);
                assertThrows(DateTimeParseException.class, () -> IsoOffsetTimes.parse(text), text);
                continue;
            }
            if (IsoOffsetTimes.readCommonForm(text) != null) {
                readDirectly++;
            }
            assertEquals(expected, IsoOffsetTimes.parse(text), text);
        }
        assertTrue(readDirectly > texts.size() / 4, "the common form is read directly: " + readDirectly);
    }

    private static String randomTime(Random random) {
        String fraction = switch (random.nextInt(4)) {
            case 0 -> "";
            case 1 -> "." + String.format("%03d", random.nextInt(1000));
            case 2 -> "." + String.format("%09d", random.nextInt(1_000_000_000));
            default -> "." + random.nextInt(10);
        };
        String offset = random.nextBoolean() ? "Z"
                : String.format("%s%02d:%02d", random.nextBoolean() ? "+" : "-", random.nextInt(20), random.nextInt(62));
        return String.format("%04d-%02d-%02dT%02d:%02d:%02d%s%s", 1900 + random.nextInt(200), 1 + random.nextInt(13),
                1 + random.nextInt(31), random.nextInt(25), random.nextInt(61), random.nextInt(61), fraction, offset);
    }
}
