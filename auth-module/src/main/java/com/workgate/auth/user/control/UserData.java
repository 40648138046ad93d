package com.workgate.auth.user.control;

import com.workgate.auth.user.entity.UserStatus;
import java.util.Map;

/** The writable fields of a user; {@code null} means "not given". */
public record UserData(String email, String firstName, String lastName, String userName, String phone,
                       UserStatus status, String primaryLocationId, String primaryGroupId,
                       Map<String, String> weeklyPlan) {
}
