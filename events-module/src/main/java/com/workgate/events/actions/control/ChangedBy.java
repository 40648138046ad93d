package com.workgate.events.actions.control;

import com.workgate.auth.caller.control.Caller;

/** Who or what made a change, as the user actions log names it: a user id, an API key id, or "system". */
public final class ChangedBy {

    public static final String SYSTEM = "system";

    private ChangedBy() {
    }

    public static String of(Caller caller) {
        if (caller == null) {
            return SYSTEM;
        }
        return caller.userId() != null ? String.valueOf(caller.userId()) : caller.apiKeyId();
    }
}
