package com.workgate.auth.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * {@code POST /v1/directory/user-attributes}: the directory's attributes of people, one result per entry. The
 * stored entries are written in one transaction, retried when a concurrent request wrote the same attribute first.
 */
@ApplicationScoped
public class UserAttributes {

    private static final int ATTEMPTS = 3;

    public record Answer(Instant timestamp, List<AttributeResult> results) {
    }

    @Inject
    UserAttributeWriter writer;

    @Inject
    Clock clock;

    public Answer ingest(long organizationId, UserAttributeDocument.Read read) {
        for (int attempt = 1; ; attempt++) {
            try {
                return new Answer(clock.instant(), writer.write(organizationId, read));
            } catch (RuntimeException conflict) {
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }
}
