package com.workgate.events.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.workgate.events.access.control.CardClaims.Claim;
import com.workgate.events.access.control.CardClaims.Outcome;
import com.workgate.events.access.control.CredentialUpdate.CardResult;
import com.workgate.events.ingest.control.InvalidEvent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CardClaimsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long BOB = 7;
    private static final long ANN = 8;

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** Bob's update with one card, plus or overriding {@code more} (JSON members, single quotes). */
    private static JsonNode update(String more) {
        return json("{'updateId': 'u1', 'username': 'bob@example.com', 'credentials': [{'cardNumber': 'C1'}]"
                + (more.isEmpty() ? "" : ", " + more) + "}");
    }

    private static String unreadable(JsonNode update) {
        return assertThrows(InvalidEvent.class, () -> CardClaims.read(update, 3)).getMessage();
    }

    @Nested
    class ReadingAnUpdate {

        @Test
        void aGoodUpdateNamesItsPersonAndCards() throws InvalidEvent {
            CardClaims.Update read = CardClaims.read(update(""), 0);
            assertEquals("bob@example.com", read.username());
            assertEquals(List.of(json("{'cardNumber': 'C1'}")), read.credentials());
        }

        @Test
        void anEmptyCardListIsAnUpdate() throws InvalidEvent {
            assertEquals(List.of(), CardClaims.read(update("'credentials': []"), 0).credentials());
        }

        @Test
        void anEntryThatIsNoObjectIsNamedByItsPlaceInTheList() {
            assertEquals("data[3]: must be an object", unreadable(json("'u1'")));
            assertEquals("data[3]: must be an object", unreadable(json("[]")));
        }

        @Test
        void theUpdateIdIsARequiredString() {
            assertEquals("updateId: is required", unreadable(update("'updateId': null")));
            assertEquals("updateId: is required", unreadable(update("'updateId': ' '")));
            assertEquals("updateId: must be a string", unreadable(update("'updateId': 5")));
            assertEquals("updateId: is longer than 200 characters", unreadable(update("'updateId': '" + "u".repeat(201) + "'")));
        }

        @Test
        void theUsernameIsARequiredStringThatFitsTheEmailColumn() {
            assertEquals("username: is required", unreadable(update("'username': null")));
            assertEquals("username: must be a string", unreadable(update("'username': {}")));
            assertEquals("username: is longer than 254 characters", unreadable(update("'username': '" + "b".repeat(255) + "'")));
        }

        @Test
        void theCardsAreAnArrayOfAtMost100() throws InvalidEvent {
            assertEquals("credentials: must be an array", unreadable(update("'credentials': null")));
            assertEquals("credentials: must be an array", unreadable(json("{'updateId': 'u1', 'username': 'b'}")));
            assertEquals("credentials: must be an array", unreadable(update("'credentials': {'cardNumber': 'C1'}")));
            String hundred = "{},".repeat(99) + "{}";
            assertEquals(100, CardClaims.read(update("'credentials': [" + hundred + "]"), 0).credentials().size());
            assertEquals("credentials: at most 100 cards per person", unreadable(update("'credentials': [" + hundred + ", {}]")));
        }

        @Test
        void theUpdateIdIsEchoedAsTextWhateverItsScalarType() {
            assertEquals("u1", CardClaims.echoedUpdateId(update("")));
            assertEquals("5", CardClaims.echoedUpdateId(update("'updateId': 5")));
            assertEquals("true", CardClaims.echoedUpdateId(update("'updateId': true")));
            assertEquals("null", CardClaims.echoedUpdateId(update("'updateId': null")), "a JSON null is a value node");
            assertNull(CardClaims.echoedUpdateId(update("'updateId': ['u1']")));
            assertNull(CardClaims.echoedUpdateId(json("{}")));
            assertNull(CardClaims.echoedUpdateId(json("'u1'")));
        }

        @Test
        void anUnreadableUpdateFailsWholeAndAnUnknownPersonIsNamed() {
            assertEquals(new CredentialUpdate("u1", "CARD_UPDATE_FAILED", "username: is required", List.of()),
                    CardClaims.unreadable("u1", new InvalidEvent("username", "is required")));
            assertEquals(new CredentialUpdate("u1", "USER_NOT_FOUND", "User not found: ann@example.com", List.of()),
                    CardClaims.userNotFound("u1", "ann@example.com"));
        }
    }

    @Nested
    class ClaimingACard {

        @Test
        void aCardNobodyHoldsBecomesThePersons() {
            assertEquals(Claim.NEW, CardClaims.claim(null, BOB));
        }

        @Test
        void aCardThePersonHoldsIsTheirsToUpdate() {
            assertEquals(Claim.OWN, CardClaims.claim(BOB, BOB));
            assertEquals(Claim.OWN, CardClaims.claim(Long.valueOf(100_000), 100_000), "compared as numbers, not boxes");
        }

        @Test
        void aCardSomeoneElseHoldsFails() {
            assertEquals(Claim.HELD_BY_ANOTHER, CardClaims.claim(ANN, BOB));
        }

        @Test
        void theAnswersOfACard() {
            Credential card = new Credential("C1", "F7", null, true, null);
            assertEquals(new CardResult("C1", "F7", "OK", "Card stored"), CardClaims.stored(card));
            assertEquals(new CardResult("C1", "F7", "CARD_UPDATE_FAILED", "cardNumber: card C1 is held by another person"),
                    CardClaims.heldByAnother(card));
        }

        @Test
        void anUnreadableCardEchoesItsStringFieldsOnly() {
            InvalidEvent problem = new InvalidEvent("active", "must be true or false");
            assertEquals(new CardResult("C1", "F7", "CARD_UPDATE_FAILED", "active: must be true or false"),
                    CardClaims.unreadable(json("{'cardNumber': 'C1', 'facilityCode': 'F7', 'active': 'no'}"), problem));
            assertEquals(new CardResult(null, null, "CARD_UPDATE_FAILED", "active: must be true or false"),
                    CardClaims.unreadable(json("{'cardNumber': 1, 'facilityCode': ['F7']}"), problem));
            assertEquals(new CardResult(null, null, "CARD_UPDATE_FAILED", "active: must be true or false"),
                    CardClaims.unreadable(json("'C1'"), problem));
        }
    }

    @Nested
    class TheUpdatesAnswer {

        @Test
        void allCardsStoredReplacesTheSet() {
            assertEquals(new Outcome("OK", "Cards replaced", true), CardClaims.outcome(0, 3));
        }

        @Test
        void anEmptyListReplacesTheSetWithNothing() {
            assertEquals(new Outcome("OK", "Cards replaced", true), CardClaims.outcome(0, 0));
        }

        @Test
        void someFailedIsAPartialUpdate() {
            assertEquals(new Outcome("PARTIAL_UPDATE", "1 of 3 cards could not be stored", false), CardClaims.outcome(1, 3));
            assertEquals(new Outcome("PARTIAL_UPDATE", "2 of 3 cards could not be stored", false), CardClaims.outcome(2, 3));
        }

        @Test
        void allFailedIsAFailedUpdate() {
            assertEquals(new Outcome("CARD_UPDATE_FAILED", "1 of 1 cards could not be stored", false), CardClaims.outcome(1, 1));
            assertEquals(new Outcome("CARD_UPDATE_FAILED", "100 of 100 cards could not be stored", false),
                    CardClaims.outcome(100, 100));
        }
    }

    @Nested
    class RemovingUnlistedCards {

        private final Set<String> held = Set.of("C1", "C2", "C3");

        @Test
        void aWhollyGoodUpdateRemovesWhatItDoesNotList() {
            assertEquals(List.of("C2", "C3"), CardClaims.removed(held, Set.of("C1", "C9"), CardClaims.outcome(0, 2)));
        }

        @Test
        void anEmptyGoodUpdateRemovesEveryCard() {
            assertEquals(List.of("C1", "C2", "C3"), CardClaims.removed(held, Set.of(), CardClaims.outcome(0, 0)));
        }

        @Test
        void anUpdateListingAllKeepsAll() {
            assertEquals(List.of(), CardClaims.removed(held, held, CardClaims.outcome(0, 3)));
        }

        @Test
        void aPartialUpdateRemovesNothing() {
            assertEquals(List.of(), CardClaims.removed(held, Set.of("C1"), CardClaims.outcome(1, 2)));
        }

        @Test
        void aFailedUpdateRemovesNothing() {
            assertEquals(List.of(), CardClaims.removed(held, Set.of(), CardClaims.outcome(2, 2)));
        }

        @Test
        void aPersonWithoutCardsLosesNone() {
            assertEquals(List.of(), CardClaims.removed(Set.of(), Set.of("C1"), CardClaims.outcome(0, 1)));
        }
    }
}
