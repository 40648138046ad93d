package com.workgate.events.access.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.auth.organization.control.Organizations;
import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.user.control.People;
import com.workgate.auth.user.control.Person;
import com.workgate.events.access.control.CredentialUpdate.CardResult;
import com.workgate.events.access.entity.AccessCard;
import com.workgate.events.ingest.control.EventDocument;
import com.workgate.events.ingest.control.EventFields;
import com.workgate.events.ingest.control.InvalidEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /v1/access-credentials}: each update replaces one person's set of cards. A card held by someone
 * else, or malformed, fails alone (CARD_UPDATE_FAILED for it, PARTIAL_UPDATE for the update); the good ones are
 * stored, and cards the update does not list are removed only when none failed. Card numbers are unique in the
 * organization, so submissions of one organization take turns on its row: a card claimed in parallel is then held
 * by someone else for the later one, and fails alone.
 */
@ApplicationScoped
public class AccessCredentialsIngest {

    static final String OK = "OK";
    static final String PARTIAL_UPDATE = "PARTIAL_UPDATE";
    static final String USER_NOT_FOUND = "USER_NOT_FOUND";
    static final String CARD_UPDATE_FAILED = "CARD_UPDATE_FAILED";

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    People people;

    @Inject
    Organizations organizations;

    @Inject
    Clock clock;

    @Transactional
    public List<CredentialUpdate> apply(long organizationId, JsonNode root) {
        JsonNode updates = EventDocument.requireEvents(root, "data");
        organizations.lock(organizationId);
        Set<String> emails = new HashSet<>();
        for (int i = 0; i < updates.size(); i++) {
            try {
                String username = EventFields.optionalText(updates.get(i), "username", Person.EMAIL_LENGTH);
                if (username != null) {
                    emails.add(username);
                }
            } catch (InvalidEvent notAnEmail) {
                // answered when the update is read; only good emails go into the look-up
            }
        }
        Map<String, Long> byEmail = people.idsByEmail(organizationId, emails);
        List<CredentialUpdate> answers = new ArrayList<>();
        for (int i = 0; i < updates.size(); i++) {
            answers.add(applyOne(organizationId, updates.get(i), i, byEmail));
        }
        em.flush();
        return answers;
    }

    private CredentialUpdate applyOne(long organizationId, JsonNode update, int index, Map<String, Long> byEmail) {
        String updateId = update.path("updateId").isValueNode() ? update.get("updateId").asText() : null;
        List<JsonNode> credentials = new ArrayList<>();
        Long userId;
        try {
            if (!update.isObject()) {
                throw new InvalidEvent("data[" + index + "]", "must be an object");
            }
            EventFields.requiredText(update, "updateId", 200);
            String username = EventFields.requiredText(update, "username", Person.EMAIL_LENGTH);
            JsonNode list = update.get("credentials");
            if (list == null || !list.isArray()) {
                throw new InvalidEvent("credentials", "must be an array");
            }
            if (list.size() > EventDocument.MAX_EVENTS) {
                throw new InvalidEvent("credentials", "at most " + EventDocument.MAX_EVENTS + " cards per person");
            }
            list.forEach(credentials::add);
            userId = byEmail.get(username);
            if (userId == null) {
                return new CredentialUpdate(updateId, USER_NOT_FOUND, "User not found: " + username, List.of());
            }
        } catch (InvalidEvent invalid) {
            return new CredentialUpdate(updateId, CARD_UPDATE_FAILED, invalid.getMessage(), List.of());
        }

        Map<String, AccessCard> current = new HashMap<>();
        em.createQuery("select c from AccessCard c where c.organizationId = :org and c.userId = :user", AccessCard.class)
                .setParameter("org", organizationId).setParameter("user", userId)
                .getResultList().forEach(card -> current.put(card.getCardNumber(), card));

        List<CardResult> results = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        int failed = 0;
        for (int c = 0; c < credentials.size(); c++) {
            JsonNode credential = credentials.get(c);
            Credential read;
            try {
                read = Credential.read(credential, c);
            } catch (InvalidEvent invalid) {
                results.add(new CardResult(text(credential, "cardNumber"), text(credential, "facilityCode"),
                        CARD_UPDATE_FAILED, invalid.getMessage()));
                failed++;
                continue;
            }
            String cardNumber = read.cardNumber();
            String facilityCode = read.facilityCode();
            AccessCard card = current.get(cardNumber);
            if (card == null) {
                AccessCard elsewhere = holder(organizationId, cardNumber);
                if (elsewhere != null && elsewhere.getUserId() == userId) {
                    card = elsewhere;
                } else if (elsewhere != null) {
                    results.add(new CardResult(cardNumber, facilityCode, CARD_UPDATE_FAILED,
                            "cardNumber: card " + cardNumber + " is held by another person"));
                    failed++;
                    continue;
                } else {
                    card = new AccessCard(organizationId, userId, cardNumber);
                }
            }
            card.update(facilityCode, read.credentialType(), read.active(), read.scanData(), clock.instant());
            if (!em.contains(card)) {
                em.persist(card);
            }
            kept.add(cardNumber);
            results.add(new CardResult(cardNumber, facilityCode, OK, "Card stored"));
        }
        // A failed card may have been meant to keep one of those not listed: only a wholly good update removes.
        if (failed == 0) {
            current.forEach((number, card) -> {
                if (!kept.contains(number)) {
                    em.remove(card);
                }
            });
        }
        String result = failed == 0 ? OK : failed == credentials.size() ? CARD_UPDATE_FAILED : PARTIAL_UPDATE;
        String message = failed == 0 ? "Cards replaced" : failed + " of " + credentials.size() + " cards could not be stored";
        return new CredentialUpdate(updateId, result, message, results);
    }

    private AccessCard holder(long organizationId, String cardNumber) {
        em.flush();
        return em.createQuery("select c from AccessCard c where c.organizationId = :org and c.cardNumber = :number",
                        AccessCard.class)
                .setParameter("org", organizationId).setParameter("number", cardNumber)
                .getResultStream().findFirst().orElse(null);
    }

    /** The field when it is a string, for echoing a refused card back; anything else is not a card number. */
    private static String text(JsonNode node, String field) {
        return node.path(field).isTextual() ? node.get(field).textValue() : null;
    }
}
