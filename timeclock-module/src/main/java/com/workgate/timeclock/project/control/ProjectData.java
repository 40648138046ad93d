package com.workgate.timeclock.project.control;

import java.util.List;

/** The writable fields of a project (admin API); null means "keep". */
public record ProjectData(String name, String color, List<Long> assigneeIds, String status) {
}
