package com.workgate.auth.user.entity;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A person's default plan for each weekday, Monday first. */
public record WeeklyPlan(PlanKind[] days) {

    public static final WeeklyPlan DEFAULT = parse("ooooo" + "aa");
    private static final String[] WIRE_DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    public WeeklyPlan {
        if (days.length != 7) {
            throw new IllegalArgumentException("a weekly plan has 7 days");
        }
        days = days.clone();
    }

    @Override
    public PlanKind[] days() {
        return days.clone();
    }

    public PlanKind on(DayOfWeek day) {
        return days[day.getValue() - 1];
    }

    /** Stored form: seven letters, Monday first, e.g. {@code ororoaa}. */
    public static WeeklyPlan parse(String letters) {
        if (letters.length() != 7) {
            throw new IllegalArgumentException("a weekly plan has 7 letters");
        }
        PlanKind[] days = new PlanKind[7];
        for (int i = 0; i < 7; i++) {
            days[i] = PlanKind.fromLetter(String.valueOf(letters.charAt(i)));
        }
        return new WeeklyPlan(days);
    }

    public String letters() {
        StringBuilder text = new StringBuilder(7);
        for (PlanKind day : days) {
            text.append(day.letter());
        }
        return text.toString();
    }

    /**
     * From the API's map ({@code {"mon": "o", ...}}); days left out keep their value in {@code base}.
     * @throws IllegalArgumentException naming the offending day
     */
    public static WeeklyPlan fromWire(Map<String, String> wire, WeeklyPlan base) {
        PlanKind[] days = base.days.clone();
        for (Map.Entry<String, String> entry : wire.entrySet()) {
            int index = Arrays.asList(WIRE_DAYS).indexOf(entry.getKey().toLowerCase(Locale.ROOT));
            if (index < 0) {
                throw new IllegalArgumentException("weeklyPlan." + entry.getKey() + ": unknown day, expected one of mon..sun");
            }
            try {
                days[index] = PlanKind.fromLetter(entry.getValue());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("weeklyPlan." + entry.getKey() + ": " + e.getMessage());
            }
        }
        return new WeeklyPlan(days);
    }

    public Map<String, String> toWire() {
        Map<String, String> wire = new LinkedHashMap<>();
        for (int i = 0; i < 7; i++) {
            wire.put(WIRE_DAYS[i], String.valueOf(days[i].letter()));
        }
        return wire;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WeeklyPlan plan && Arrays.equals(days, plan.days);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(days);
    }

    @Override
    public String toString() {
        return letters();
    }
}
