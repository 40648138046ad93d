package com.workgate.events.access.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.events.access.entity.AccessCard;
import com.workgate.events.ingest.control.EventFields;
import com.workgate.events.ingest.control.InvalidEvent;

/**
 * One card of an access-credentials update, type-checked field by field: {@code cardNumber} a non-blank string,
 * {@code facilityCode} and {@code credentialType} strings, {@code active} true or false (absent means true),
 * {@code scanData} an array of strings, stored as its JSON text. Each within its column.
 */
record Credential(String cardNumber, String facilityCode, String credentialType, boolean active, String scanData) {

    static Credential read(JsonNode credential, int index) throws InvalidEvent {
        if (!credential.isObject()) {
            throw new InvalidEvent("credentials[" + index + "]", "must be an object");
        }
        String cardNumber = EventFields.requiredText(credential, "cardNumber", AccessCard.CARD_NUMBER_LENGTH);
        String facilityCode = EventFields.optionalText(credential, "facilityCode", AccessCard.FACILITY_CODE_LENGTH);
        String credentialType = EventFields.optionalText(credential, "credentialType", AccessCard.CREDENTIAL_TYPE_LENGTH);
        Boolean active = EventFields.optionalBoolean(credential, "active");
        return new Credential(cardNumber, facilityCode, credentialType, active == null || active, scanData(credential));
    }

    private static String scanData(JsonNode credential) throws InvalidEvent {
        JsonNode scan = credential.get("scanData");
        if (scan == null || scan.isNull()) {
            return null;
        }
        if (!scan.isArray()) {
            throw new InvalidEvent("scanData", "must be an array of strings");
        }
        for (JsonNode item : scan) {
            if (!item.isTextual()) {
                throw new InvalidEvent("scanData", "must be an array of strings");
            }
        }
        String text = scan.toString();
        if (text.length() > AccessCard.SCAN_DATA_LENGTH) {
            throw new InvalidEvent("scanData", "is longer than " + AccessCard.SCAN_DATA_LENGTH + " characters as JSON");
        }
        return text;
    }
}
