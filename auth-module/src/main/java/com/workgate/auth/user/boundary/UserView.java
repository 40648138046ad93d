package com.workgate.auth.user.boundary;

import com.workgate.auth.user.entity.User;
import com.workgate.auth.user.entity.UserStatus;
import java.time.Instant;
import java.util.Map;

/** A user as the admin API shows it: never the PIN or the TimeClock key, only whether they exist. */
public record UserView(long userId, String email, String firstName, String lastName, String userName, String phone,
                       UserStatus status, String primaryLocationId, String primaryGroupId,
                       Map<String, String> weeklyPlan, boolean hasPin, boolean hasTimeClockKey,
                       Instant createdAt, Instant updatedAt) {

    public static UserView of(User user) {
        return new UserView(user.getId(), user.getEmail(), user.getFirstName(), user.getLastName(), user.getUserName(),
                user.getPhone(), user.getStatus(), user.getPrimaryLocationId(), user.getPrimaryGroupId(),
                user.getWeeklyPlan().toWire(), user.getPinHash() != null, user.getEncryptedTimeClockKey() != null,
                user.getCreatedAt(), user.getUpdatedAt());
    }
}
