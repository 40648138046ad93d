package com.workgate.events.access.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.auth.user.control.Person;
import com.workgate.events.access.control.CredentialUpdate.CardResult;
import com.workgate.events.ingest.control.EventDocument;
import com.workgate.events.ingest.control.EventFields;
import com.workgate.events.ingest.control.InvalidEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules of an access-credentials update, without the database: what a readable update is, who may claim a
 * card, what the update's answer says, and which of the person's cards it removes.
 */
final class CardClaims {

    static final String OK = "OK";
    static final String PARTIAL_UPDATE = "PARTIAL_UPDATE";
    static final String USER_NOT_FOUND = "USER_NOT_FOUND";
    static final String CARD_UPDATE_FAILED = "CARD_UPDATE_FAILED";

    /** The update id is echoed, not stored: no column sets its size. */
    static final int UPDATE_ID_LENGTH = 200;

    /** A readable update: whose cards, and the cards as sent (each read on its own, failing alone). */
    record Update(String username, List<JsonNode> credentials) {
    }

    /** Who may have a card number, given who holds it in the organization now. */
    enum Claim {
        /** nobody holds it: it becomes the person's */
        NEW,
        /** the person holds it already: it is updated */
        OWN,
        /** someone else holds it: this card fails */
        HELD_BY_ANOTHER
    }

    /** The update's own answer, once its cards are done. */
    record Outcome(String result, String message, boolean removesUnlisted) {
    }

    private CardClaims() {
    }

    /** The update id to echo: any JSON scalar as text, else none. */
    static String echoedUpdateId(JsonNode update) {
        return update.path("updateId").isValueNode() ? update.get("updateId").asText() : null;
    }

    /** Reads entry {@code index} of {@code data}; an {@link InvalidEvent} fails the whole update (CARD_UPDATE_FAILED). */
    static Update read(JsonNode update, int index) throws InvalidEvent {
        if (!update.isObject()) {
            throw new InvalidEvent("data[" + index + "]", "must be an object");
        }
        EventFields.requiredText(update, "updateId", UPDATE_ID_LENGTH);
        String username = EventFields.requiredText(update, "username", Person.EMAIL_LENGTH);
        JsonNode list = update.get("credentials");
        if (list == null || !list.isArray()) {
            throw new InvalidEvent("credentials", "must be an array");
        }
        if (list.size() > EventDocument.MAX_EVENTS) {
            throw new InvalidEvent("credentials", "at most " + EventDocument.MAX_EVENTS + " cards per person");
        }
        List<JsonNode> credentials = new ArrayList<>();
        list.forEach(credentials::add);
        return new Update(username, credentials);
    }

    static CredentialUpdate userNotFound(String updateId, String username) {
        return new CredentialUpdate(updateId, USER_NOT_FOUND, "User not found: " + username, List.of());
    }

    static CredentialUpdate unreadable(String updateId, InvalidEvent problem) {
        return new CredentialUpdate(updateId, CARD_UPDATE_FAILED, problem.getMessage(), List.of());
    }

    /** A card number held by {@code holder} (null: nobody), claimed for {@code userId}. */
    static Claim claim(Long holder, long userId) {
        if (holder == null) {
            return Claim.NEW;
        }
        return holder == userId ? Claim.OWN : Claim.HELD_BY_ANOTHER;
    }

    static CardResult stored(Credential card) {
        return new CardResult(card.cardNumber(), card.facilityCode(), OK, "Card stored");
    }

    static CardResult heldByAnother(Credential card) {
        return new CardResult(card.cardNumber(), card.facilityCode(), CARD_UPDATE_FAILED,
                "cardNumber: card " + card.cardNumber() + " is held by another person");
    }

    /** A card that could not be read, echoing its number and facility code where they are strings. */
    static CardResult unreadable(JsonNode credential, InvalidEvent problem) {
        return new CardResult(text(credential, "cardNumber"), text(credential, "facilityCode"), CARD_UPDATE_FAILED,
                problem.getMessage());
    }

    /**
     * All cards stored: OK, and the cards not listed go. Some failed: PARTIAL_UPDATE, or CARD_UPDATE_FAILED when
     * all did, and nothing is removed (a failed card may have been meant to keep one of those not listed).
     */
    static Outcome outcome(int failed, int cards) {
        if (failed == 0) {
            return new Outcome(OK, "Cards replaced", true);
        }
        return new Outcome(failed == cards ? CARD_UPDATE_FAILED : PARTIAL_UPDATE,
                failed + " of " + cards + " cards could not be stored", false);
    }

    /** The person's card numbers that the update removes. */
    static List<String> removed(Set<String> held, Set<String> kept, Outcome outcome) {
        return outcome.removesUnlisted() ? held.stream().filter(number -> !kept.contains(number)).sorted().toList() : List.of();
    }

    /** The field when it is a string, for echoing a refused card back; anything else is not a card number. */
    private static String text(JsonNode node, String field) {
        return node.path(field).isTextual() ? node.get(field).textValue() : null;
    }
}
