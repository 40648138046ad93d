package com.workgate.auth.user.entity;

import com.workgate.auth.organization.entity.Organization;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * A person in an organization's directory. The numeric id is also the TimeClock API identifier.
 * Deleting keeps the row (history points at it) but frees the email for reuse.
 */
@Entity
@Table(name = "app_user")
@EntityListeners(PersonWrites.class)
public class User {

    /** Column sizes (V1_1), shared by the input checks. */
    public static final int EMAIL_LENGTH = 254;
    public static final int NAME_LENGTH = 100;
    public static final int PHONE_LENGTH = 45;
    public static final int PRIMARY_LOCATION_ID_LENGTH = 100;
    public static final int PRIMARY_GROUP_ID_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Column(length = EMAIL_LENGTH)
    private String email;

    /** {@link #emailKey(String)} of the email: what lookups compare, unique per organization (V1_9). */
    @Column(name = "email_key", length = EMAIL_LENGTH)
    private String emailKey;

    @Column(name = "first_name", nullable = false, length = NAME_LENGTH)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = NAME_LENGTH)
    private String lastName;

    @Column(name = "user_name", length = NAME_LENGTH)
    private String userName;

    @Column(length = PHONE_LENGTH)
    private String phone;

    @Convert(converter = UserStatusConverter.class)
    @Column(nullable = false)
    private UserStatus status;

    @Column(name = "primary_location_id", length = PRIMARY_LOCATION_ID_LENGTH)
    private String primaryLocationId;

    @Column(name = "primary_group_id", length = PRIMARY_GROUP_ID_LENGTH)
    private String primaryGroupId;

    @Convert(converter = WeeklyPlanConverter.class)
    @Column(name = "weekly_plan", nullable = false)
    private WeeklyPlan weeklyPlan;

    @Column(name = "pin_hash")
    private String pinHash;

    @Column(name = "timeclock_key")
    private String encryptedTimeClockKey;

    @Column(name = "deleted_email")
    private String deletedEmail;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected User() {
    }

    public User(Organization organization, Instant createdAt) {
        this.organization = organization;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.status = UserStatus.ACTIVE;
        this.weeklyPlan = WeeklyPlan.DEFAULT;
    }

    public void markDeleted(Instant at) {
        this.deletedEmail = email;
        this.email = null;
        this.emailKey = null;
        this.deletedAt = at;
        this.updatedAt = at;
        this.encryptedTimeClockKey = null;
        this.pinHash = null;
    }

    public boolean isActive() {
        return deletedAt == null && status == UserStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
        this.emailKey = emailKey(email);
    }

    /** An email as people are matched by it: without regard to case (issue #13). */
    public static String emailKey(String email) {
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public UserStatus getStatus() {
        return status;
    }

    public void setStatus(UserStatus status) {
        this.status = status;
    }

    public String getPrimaryLocationId() {
        return primaryLocationId;
    }

    public void setPrimaryLocationId(String primaryLocationId) {
        this.primaryLocationId = primaryLocationId;
    }

    public String getPrimaryGroupId() {
        return primaryGroupId;
    }

    public void setPrimaryGroupId(String primaryGroupId) {
        this.primaryGroupId = primaryGroupId;
    }

    public WeeklyPlan getWeeklyPlan() {
        return weeklyPlan;
    }

    public void setWeeklyPlan(WeeklyPlan weeklyPlan) {
        this.weeklyPlan = weeklyPlan;
    }

    public String getPinHash() {
        return pinHash;
    }

    public void setPinHash(String pinHash) {
        this.pinHash = pinHash;
    }

    public String getEncryptedTimeClockKey() {
        return encryptedTimeClockKey;
    }

    public void setEncryptedTimeClockKey(String encryptedTimeClockKey) {
        this.encryptedTimeClockKey = encryptedTimeClockKey;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void touch(Instant at) {
        this.updatedAt = at;
    }
}
