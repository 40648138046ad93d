package com.workgate.timeclock.offtime.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Time off asked for by a person: whole days, short (0) or vacation (1), pending (0), approved (1) or denied (2). */
@Entity
@Table(name = "off_time")
public class OffTime {

    /** Column size (V3_1), shared by the input check. */
    public static final int NOTE_LENGTH = 1000;

    public static final int SHORT = 0;
    public static final int VACATION = 1;
    public static final int PENDING = 0;
    public static final int APPROVED = 1;
    public static final int DENIED = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timeclock_seq")
    @SequenceGenerator(name = "timeclock_seq", sequenceName = "timeclock_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "start_at", nullable = false)
    private LocalDate startAt;

    @Column(name = "end_at", nullable = false)
    private LocalDate endAt;

    @Column(length = NOTE_LENGTH)
    private String note;

    @Column(name = "off_type", nullable = false)
    private int type;

    @Column(nullable = false)
    private int approved;

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    @Column(name = "updated_at", nullable = false)
    private long updatedAt;

    protected OffTime() {
    }

    public OffTime(long organizationId, long userId, long now) {
        this.organizationId = organizationId;
        this.userId = userId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A change of dates on a vacation sends it back for approval, as the original's web UI does. */
    public void change(LocalDate startAt, LocalDate endAt, String note, int type, long now) {
        boolean datesChanged = this.startAt != null && (!startAt.equals(this.startAt) || !endAt.equals(this.endAt));
        if (datesChanged && type == VACATION) {
            this.approved = PENDING;
        }
        this.startAt = startAt;
        this.endAt = endAt;
        this.note = note;
        this.type = type;
        this.updatedAt = now;
    }

    public void decide(int approved, long now) {
        this.approved = approved;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public long getUserId() {
        return userId;
    }

    public LocalDate getStartAt() {
        return startAt;
    }

    public LocalDate getEndAt() {
        return endAt;
    }

    public String getNote() {
        return note;
    }

    public int getType() {
        return type;
    }

    public int getApproved() {
        return approved;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public long getUpdatedAt() {
        return updatedAt;
    }
}
