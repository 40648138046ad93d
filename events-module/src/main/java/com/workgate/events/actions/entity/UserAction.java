package com.workgate.events.actions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One line of the user actions log: a change of a person's plan or booking, or a visit for them. */
@Entity
@Table(name = "user_action")
public class UserAction {

    /** Column sizes (V2_1): the log's texts are composed from input, so longer ones are cut to fit. */
    public static final int ACTION_LENGTH = 40;
    public static final int DESCRIPTION_LENGTH = 500;
    public static final int CHANGED_BY_LENGTH = 100;
    public static final int REASON_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 100)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "event_time", nullable = false)
    private Instant eventTime;

    @Column(name = "on_day")
    private LocalDate day;

    @Column(nullable = false, length = ACTION_LENGTH)
    private String action;

    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "changed_by", nullable = false, length = CHANGED_BY_LENGTH)
    private String changedBy;

    @Column(length = REASON_LENGTH)
    private String reason;

    protected UserAction() {
    }

    public UserAction(long organizationId, long userId, Instant eventTime, LocalDate day, String action,
                      String description, String changedBy, String reason) {
        this.organizationId = organizationId;
        this.userId = userId;
        this.eventTime = eventTime;
        this.day = day;
        this.action = action;
        this.description = cut(description, DESCRIPTION_LENGTH);
        this.changedBy = cut(changedBy, CHANGED_BY_LENGTH);
        this.reason = cut(reason, REASON_LENGTH);
    }

    /** The text, or its start with "…" where it would not fit its column. */
    static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "\u2026";
    }

    public long getUserId() {
        return userId;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getAction() {
        return action;
    }

    public String getDescription() {
        return description;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getReason() {
        return reason;
    }

    public Instant getEventTime() {
        return eventTime;
    }
}
