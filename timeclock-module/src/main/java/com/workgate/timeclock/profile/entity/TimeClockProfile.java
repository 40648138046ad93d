package com.workgate.timeclock.profile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What the TimeClock API keeps about a person beyond the directory: their default project. */
@Entity
@Table(name = "timeclock_profile")
public class TimeClockProfile {

    @Id
    @Column(name = "user_id")
    private long userId;

    @Column(name = "default_project_id")
    private Long defaultProjectId;

    protected TimeClockProfile() {
    }

    public TimeClockProfile(long userId) {
        this.userId = userId;
    }

    public Long getDefaultProjectId() {
        return defaultProjectId;
    }

    public void setDefaultProjectId(Long defaultProjectId) {
        this.defaultProjectId = defaultProjectId;
    }
}
