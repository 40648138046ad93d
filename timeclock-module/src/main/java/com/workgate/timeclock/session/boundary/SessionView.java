package com.workgate.timeclock.session.boundary;

import com.workgate.timeclock.project.entity.Project;
import com.workgate.timeclock.session.entity.WorkSession;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session as the TimeClock API shows it, with its project's id, name and color. */
public record SessionView(long id, long userId, long clockIn, @Schema(nullable = true) Long clockOut,
                          @Schema(nullable = true) String note, @Schema(nullable = true) ProjectView project,
                          long createdAt, long updatedAt) {

    public record ProjectView(long id, String name, String color) {
    }

    static SessionView of(WorkSession session, Map<Long, Project> projects) {
        Project project = session.getProjectId() == null ? null : projects.get(session.getProjectId());
        return new SessionView(session.getId(), session.getUserId(), session.getClockIn(), session.getClockOut(),
                session.getNote(), project == null ? null : new ProjectView(project.getId(), project.getName(), project.getColor()),
                session.getCreatedAt(), session.getUpdatedAt());
    }
}
