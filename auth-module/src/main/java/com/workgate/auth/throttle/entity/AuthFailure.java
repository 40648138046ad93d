package com.workgate.auth.throttle.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Failed authentications of one subject (a key id, or a source address for unknown keys). */
@Entity
@Table(name = "auth_failure")
public class AuthFailure {

    @Id
    private String subject;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(nullable = false)
    private int failures;

    @Column(nullable = false)
    private int lockouts;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected AuthFailure() {
    }

    public AuthFailure(String subject, Instant now) {
        this.subject = subject;
        this.windowStart = now;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getWindowStart() {
        return windowStart;
    }

    public int getFailures() {
        return failures;
    }

    public int getLockouts() {
        return lockouts;
    }

    public Instant getBlockedUntil() {
        return blockedUntil;
    }

    public void restartWindow(Instant now) {
        this.windowStart = now;
        this.failures = 0;
    }

    public void countFailure() {
        this.failures++;
    }

    public void blockUntil(Instant until) {
        this.blockedUntil = until;
        this.lockouts++;
        this.failures = 0;
    }
}
