package com.workgate.timeclock.session.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A clocked work session in unix seconds; {@code clockOut} is null while it runs. */
@Entity
@Table(name = "work_session")
public class WorkSession {

    /** Column size (V3_1), shared by the input check. */
    public static final int NOTE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timeclock_seq")
    @SequenceGenerator(name = "timeclock_seq", sequenceName = "timeclock_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "clock_in", nullable = false)
    private long clockIn;

    @Column(name = "clock_out")
    private Long clockOut;

    @Column(length = NOTE_LENGTH)
    private String note;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    @Column(name = "updated_at", nullable = false)
    private long updatedAt;

    protected WorkSession() {
    }

    public WorkSession(long organizationId, long userId, long now) {
        this.organizationId = organizationId;
        this.userId = userId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void change(long clockIn, Long clockOut, String note, Long projectId, long now) {
        this.clockIn = clockIn;
        this.clockOut = clockOut;
        this.note = note;
        this.projectId = projectId;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public long getClockIn() {
        return clockIn;
    }

    public Long getClockOut() {
        return clockOut;
    }

    public String getNote() {
        return note;
    }

    public Long getProjectId() {
        return projectId;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public long getUpdatedAt() {
        return updatedAt;
    }
}
