package com.workgate.auth.caller.control;

/** The credential schemes a resource can accept ({@link AcceptedCredentials}); each has one {@link CredentialScheme}. */
public enum CredentialKind {
    /** A JWT this server issued, in {@code Authorization: Bearer} (or Calven's {@code Authentication}). */
    BEARER,
    /** {@code API-Key}, {@code API-Token}, {@code API-Timestamp}: a signature per request. */
    SIGNED_HEADERS,
    /** HTTP Basic with an API key's id and secret (the {@code /basic} twins of the integration API). */
    BASIC,
    /** A person's TimeClock token {@code Bearer <userId>:<timestamp>:<sha1>}: a person, not an API key, calls. */
    TIMECLOCK;

    /** Whether the caller is a person rather than an API key: API-key roles do not apply. */
    public boolean identifiesPerson() {
        return this == TIMECLOCK;
    }
}
