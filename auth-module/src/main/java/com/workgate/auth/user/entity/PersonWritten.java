package com.workgate.auth.user.entity;

/** A person of the organization was created, changed or deleted (fired as a CDI event while it is flushed). */
public record PersonWritten(long organizationId) {
}
