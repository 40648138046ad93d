package com.workgate.events.access.control;

import java.util.List;

/** The answer for one person's card update, and for each of their cards. */
public record CredentialUpdate(String updateId, String result, String message, List<CardResult> results) {

    public record CardResult(String cardNumber, String facilityCode, String result, String message) {
    }
}
