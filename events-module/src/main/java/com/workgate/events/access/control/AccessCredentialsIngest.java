package com.workgate.events.access.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.auth.organization.control.Organizations;
import com.workgate.auth.user.control.People;
import com.workgate.auth.user.control.Person;
import com.workgate.events.access.control.CredentialUpdate.CardResult;
import com.workgate.events.access.entity.AccessCard;
import com.workgate.events.ingest.control.EventBatch;
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

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    People people;

    @Inject
    Organizations organizations;

    @Inject
    Clock clock;

    @Transactional
    public List<CredentialUpdate> apply(long organizationId, EventBatch batch) {
        List<JsonNode> updates = batch.events();
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

    private CredentialUpdate applyOne(long organizationId, JsonNode json, int index, Map<String, Long> byEmail) {
        String updateId = CardClaims.echoedUpdateId(json);
        CardClaims.Update update;
        try {
            update = CardClaims.read(json, index);
        } catch (InvalidEvent invalid) {
            return CardClaims.unreadable(updateId, invalid);
        }
        Long userId = byEmail.get(update.username());
        if (userId == null) {
            return CardClaims.userNotFound(updateId, update.username());
        }

        Map<String, AccessCard> current = new HashMap<>();
        em.createQuery("select c from AccessCard c where c.organizationId = :org and c.userId = :user", AccessCard.class)
                .setParameter("org", organizationId).setParameter("user", userId)
                .getResultList().forEach(card -> current.put(card.getCardNumber(), card));

        List<CardResult> results = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        int failed = 0;
        for (int c = 0; c < update.credentials().size(); c++) {
            JsonNode credential = update.credentials().get(c);
            Credential read;
            try {
                read = Credential.read(credential, c);
            } catch (InvalidEvent invalid) {
                results.add(CardClaims.unreadable(credential, invalid));
                failed++;
                continue;
            }
            AccessCard card = current.get(read.cardNumber());
            if (card == null) {
                AccessCard held = holder(organizationId, read.cardNumber());
                switch (CardClaims.claim(held == null ? null : held.getUserId(), userId)) {
                    case OWN -> card = held;
                    case NEW -> card = new AccessCard(organizationId, userId, read.cardNumber());
                    case HELD_BY_ANOTHER -> {
                        results.add(CardClaims.heldByAnother(read));
                        failed++;
                        continue;
                    }
                }
            }
            card.update(read.facilityCode(), read.credentialType(), read.active(), read.scanData(), clock.instant());
            if (!em.contains(card)) {
                em.persist(card);
            }
            kept.add(read.cardNumber());
            results.add(CardClaims.stored(read));
        }
        CardClaims.Outcome outcome = CardClaims.outcome(failed, update.credentials().size());
        CardClaims.removed(current.keySet(), kept, outcome).forEach(number -> em.remove(current.get(number)));
        return new CredentialUpdate(updateId, outcome.result(), outcome.message(), results);
    }

    private AccessCard holder(long organizationId, String cardNumber) {
        em.flush();
        return em.createQuery("select c from AccessCard c where c.organizationId = :org and c.cardNumber = :number",
                        AccessCard.class)
                .setParameter("org", organizationId).setParameter("number", cardNumber)
                .getResultStream().findFirst().orElse(null);
    }
}
