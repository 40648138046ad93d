package com.workgate.auth.directory.control;

/**
 * The answer for one entry of a user-attributes POST, coded like the event endpoints' results: 0 stored,
 * 1 no current person of the organization has that userName, 3 invalid entry.
 */
public record AttributeResult(String userName, int resultCode, String message) {

    public static final int STORED = 0;
    public static final int USER_NOT_FOUND = 1;
    public static final int INVALID = 3;

    static AttributeResult stored(String userName) {
        return new AttributeResult(userName, STORED, "Attributes stored");
    }

    static AttributeResult userNotFound(String userName) {
        return new AttributeResult(userName, USER_NOT_FOUND, "User not found");
    }

    static AttributeResult invalid(String userName, String message) {
        return new AttributeResult(userName, INVALID, message);
    }
}
