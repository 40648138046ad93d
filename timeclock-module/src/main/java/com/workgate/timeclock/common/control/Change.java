package com.workgate.timeclock.common.control;

/** One field of a write: given (its value may be null, which clears it), or left out (the stored value stays). */
public record Change<T>(boolean given, T value) {

    public static <T> Change<T> keep() {
        return new Change<>(false, null);
    }

    public static <T> Change<T> to(T value) {
        return new Change<>(true, value);
    }

    public T or(T current) {
        return given ? value : current;
    }
}
