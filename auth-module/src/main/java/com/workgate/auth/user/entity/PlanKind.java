package com.workgate.auth.user.entity;

/** A day's plan: in the office, remote, or away (the wire letters o, r, a). */
public enum PlanKind {
    OFFICE('o'), REMOTE('r'), AWAY('a');

    private final char letter;

    PlanKind(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }

    public static PlanKind fromLetter(String text) {
        if (text != null && text.length() == 1) {
            for (PlanKind kind : values()) {
                if (kind.letter == text.charAt(0)) {
                    return kind;
                }
            }
        }
        throw new IllegalArgumentException("must be one of o, r, a");
    }
}
