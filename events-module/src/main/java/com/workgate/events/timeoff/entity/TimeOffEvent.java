package com.workgate.events.timeoff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Leave scheduled or cancelled by an HR system, kept for audit and idempotency. */
@Entity
@Table(name = "timeoff_event")
public class TimeOffEvent {

    /** Column sizes (V2_1), shared by the input checks. */
    public static final int EVENT_ID_LENGTH = 200;
    public static final int EVENT_TYPE_LENGTH = 16;
    public static final int TIME_OFF_TYPE_LENGTH = 16;


    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 100)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "event_id", nullable = false, length = EVENT_ID_LENGTH)
    private String eventId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "event_type", nullable = false, length = EVENT_TYPE_LENGTH)
    private String eventType;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "time_off_type", length = TIME_OFF_TYPE_LENGTH)
    private String timeOffType;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected TimeOffEvent() {
    }

    public TimeOffEvent(long organizationId, String eventId, long userId, String eventType, LocalDate startDate,
                        LocalDate endDate, String timeOffType, Instant receivedAt) {
        this.organizationId = organizationId;
        this.eventId = eventId;
        this.userId = userId;
        this.eventType = eventType;
        this.startDate = startDate;
        this.endDate = endDate;
        this.timeOffType = timeOffType;
        this.receivedAt = receivedAt;
    }
}
