package com.workgate.timeclock.offtime.boundary;

import com.workgate.timeclock.offtime.entity.OffTime;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An off-time as the TimeClock API shows it. */
public record OffTimeView(long id, long userId, LocalDate startAt, LocalDate endAt, @Schema(nullable = true) String note, int type, int approved,
                          long createdAt, long updatedAt) {

    public static OffTimeView of(OffTime offTime) {
        return new OffTimeView(offTime.getId(), offTime.getUserId(), offTime.getStartAt(), offTime.getEndAt(),
                offTime.getNote(), offTime.getType(), offTime.getApproved(), offTime.getCreatedAt(), offTime.getUpdatedAt());
    }
}
