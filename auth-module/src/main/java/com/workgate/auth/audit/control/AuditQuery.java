package com.workgate.auth.audit.control;

import com.workgate.auth.platform.control.WholeNumbers;
import com.workgate.auth.audit.entity.AuditKind;
import java.time.Instant;

/**
 * A page of the audit trail: an organization's entries (or, null, all), newest first, before an entry id, in
 * {@code [from, to)}, of one kind, by one actor (a key id, or a user id given as digits).
 */
public record AuditQuery(Long organizationId, Long before, Instant from, Instant to, AuditKind kind, String actor,
                         int limit) {

    Long actorUserId() {
        return WholeNumbers.id(actor).orElse(null);
    }
}
