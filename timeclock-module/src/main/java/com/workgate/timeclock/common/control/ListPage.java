package com.workgate.timeclock.common.control;

import java.util.List;

/** One page of a list and how many items the whole list has. */
public record ListPage<T>(long totalCount, List<T> items) {
}
