package com.workgate.auth.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.platform.control.ApiException.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupHierarchyRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static GroupRelationship under(String group, String type, String parent, String parentType) {
        return new GroupRelationship(group, type, parent, parentType);
    }

    private static GroupRelationship top(String group, String type) {
        return GroupRelationship.topLevel(group, type);
    }

    private static List<FieldError> problems(GroupRelationship... relationships) {
        return GroupHierarchyRules.structureProblems(List.of(relationships));
    }

    private static ApiException refused(String json) throws Exception {
        JsonNode document = JSON.readTree(json);
        return assertThrows(ApiException.class, () -> GroupHierarchyRules.read(document));
    }

    // --- structure: what is accepted

    @Test
    void anEmptyHierarchyIsValidAndClearsTheOldOne() {
        assertTrue(problems().isEmpty());
    }

    @Test
    void aTreeOfSeveralLevelsIsAccepted() {
        assertTrue(problems(top("Company", "Company"), under("Marketing", "Division", "Company", "Company"),
                under("Channel Marketing", "Department", "Marketing", "Division"),
                under("Sales", "Division", "Company", "Company"), under("Field Sales", "Department", "Sales", "Division"))
                .isEmpty());
    }

    @Test
    void identicalEntriesCountOnce() {
        assertTrue(problems(under("A", "team", "B", "dept"), under("A", "team", "B", "dept")).isEmpty());
        assertTrue(problems(top("A", "team"), top("A", "team")).isEmpty());
        assertTrue(problems(under("A", "team", "B", "dept"), under("A", "Team", "B", "DEPT")).isEmpty(),
                "types ignore case");
    }

    @Test
    void theSameNameOfTwoTypesIsTwoGroups() {
        assertTrue(problems(under("Sales", "team", "Sales", "department"), top("Sales", "department")).isEmpty(),
                "team Sales under department Sales is not a circle");
        assertTrue(problems(under("Sales", "team", "X", "department"), under("Sales", "department", "Y", "division"))
                .isEmpty(), "two groups named Sales, one parent each");
    }

    @Test
    void namesAreExactSoDifferentCaseIsAnotherGroup() {
        assertTrue(problems(under("a", "team", "A", "team"), top("A", "team")).isEmpty());
    }

    @Test
    void aParentNeedNotBeListed() {
        assertTrue(problems(under("A", "team", "Unlisted", "dept")).isEmpty());
    }

    // --- two parents

    @Test
    void aGroupWithTwoParentsIsRefusedNamingBothEntries() {
        List<FieldError> found = problems(top("X", "dept"), under("A", "team", "X", "dept"), top("Y", "dept"),
                under("A", "team", "Y", "dept"));
        assertEquals(1, found.size(), found.toString());
        assertEquals("groupRelationships[1,3]", found.get(0).field());
        assertTrue(found.get(0).message().contains("team \"A\" has more than one parent"), found.toString());
        assertTrue(found.get(0).message().contains("dept \"X\"") && found.get(0).message().contains("dept \"Y\""));
    }

    @Test
    void aParentAndTopLevelForTheSameGroupIsTwoParents() {
        List<FieldError> found = problems(under("A", "team", "X", "dept"), top("A", "team"));
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().contains("none (top-level)"), found.toString());
    }

    @Test
    void parentsDifferingOnlyByTypeAreTwoParents() {
        assertEquals(1, problems(under("A", "team", "X", "dept"), under("A", "team", "X", "division")).size());
    }

    @Test
    void threeParentsAreOneProblemNamingThreeEntries() {
        List<FieldError> found = problems(under("A", "t", "X", "d"), under("A", "t", "Y", "d"), under("A", "t", "Z", "d"));
        assertEquals(1, found.size());
        assertEquals("groupRelationships[0,1,2]", found.get(0).field());
    }

    @Test
    void everyGroupWithTwoParentsIsNamed() {
        assertEquals(2, problems(under("A", "t", "X", "d"), under("A", "t", "Y", "d"), under("B", "t", "X", "d"),
                under("B", "t", "Y", "d")).size());
    }

    // --- circles

    @Test
    void aGroupItsOwnParentIsACircleOfOne() {
        List<FieldError> found = problems(under("A", "team", "A", "team"));
        assertEquals(1, found.size());
        assertEquals("groupRelationships[0]", found.get(0).field());
        assertEquals("circular reference: team \"A\" → team \"A\"", found.get(0).message());
    }

    @Test
    void aGroupItsOwnParentIgnoringTypeCase() {
        assertEquals(1, problems(under("A", "Team", "A", "TEAM")).size());
    }

    @Test
    void twoGroupsParentsOfEachOtherAreACircleOfTwo() {
        List<FieldError> found = problems(top("Root", "org"), under("A", "team", "B", "team"),
                under("B", "team", "A", "team"));
        assertEquals(1, found.size(), found.toString());
        assertEquals("groupRelationships[1,2]", found.get(0).field());
        assertTrue(found.get(0).message().startsWith("circular reference: "), found.toString());
    }

    @Test
    void aLongCircleIsFoundOnceAndNamesAllItsEntries() {
        List<FieldError> found = problems(under("A", "t", "B", "t"), under("B", "t", "C", "t"), under("C", "t", "D", "t"),
                under("D", "t", "E", "t"), under("E", "t", "A", "t"));
        assertEquals(1, found.size(), found.toString());
        assertEquals("groupRelationships[0,1,2,3,4]", found.get(0).field());
    }

    @Test
    void aBranchLeadingIntoACircleIsNotPartOfIt() {
        List<FieldError> found = problems(under("Leaf", "t", "A", "t"), under("A", "t", "B", "t"),
                under("B", "t", "A", "t"), under("Other", "t", "Leaf", "t"));
        assertEquals(1, found.size(), found.toString());
        assertEquals("groupRelationships[1,2]", found.get(0).field());
    }

    @Test
    void twoSeparateCirclesAreBothNamed() {
        assertEquals(2, problems(under("A", "t", "B", "t"), under("B", "t", "A", "t"), under("C", "t", "C", "t")).size());
    }

    @Test
    void aLongChainWithoutACircleIsAccepted() {
        GroupRelationship[] chain = new GroupRelationship[1000];
        chain[0] = top("g0", "t");
        for (int i = 1; i < chain.length; i++) {
            chain[i] = under("g" + i, "t", "g" + (i - 1), "t");
        }
        assertTrue(problems(chain).isEmpty());
    }

    // --- the document

    @Test
    void readAddsUnlistedParentsAsTopLevelGroupsAndDropsRepeats() throws Exception {
        List<GroupRelationship> read = GroupHierarchyRules.read(JSON.readTree("""
                {"groupRelationships": [
                  {"group": "Channel Marketing", "groupType": "Department", "parent": "Marketing", "parentType": "Division"},
                  {"group": "Channel Marketing", "groupType": "Department", "parent": "Marketing", "parentType": "Division"},
                  {"group": "Brand", "groupType": "Department", "parent": "Marketing", "parentType": "Division"}]}"""));
        assertEquals(List.of(under("Channel Marketing", "Department", "Marketing", "Division"),
                under("Brand", "Department", "Marketing", "Division"), top("Marketing", "Division")), read);
    }

    @Test
    void parentAndParentTypeMayBeLeftOutForATopLevelGroup() throws Exception {
        assertEquals(List.of(top("A", "t")), GroupHierarchyRules.read(JSON.readTree(
                "{\"groupRelationships\": [{\"group\": \"A\", \"groupType\": \"t\"}]}")));
    }

    @Test
    void parentWithoutParentTypeAndTheReverseAreRefusedNamingTheEntries() throws Exception {
        ApiException refused = refused("""
                {"groupRelationships": [
                  {"group": "A", "groupType": "t", "parent": null, "parentType": null},
                  {"group": "B", "groupType": "t", "parent": "A", "parentType": null},
                  {"group": "C", "groupType": "t", "parent": null, "parentType": "t"}]}""");
        assertEquals(400, refused.status());
        assertEquals(List.of("groupRelationships[1]", "groupRelationships[2]"),
                refused.fieldErrors().stream().map(FieldError::field).toList());
        assertTrue(refused.getMessage().contains("parent is given without parentType"), refused.getMessage());
        assertTrue(refused.getMessage().contains("parentType is given without parent"), refused.getMessage());
    }

    @Test
    void groupAndGroupTypeAreRequiredStrings() throws Exception {
        ApiException refused = refused("""
                {"groupRelationships": [{"groupType": "t"}, {"group": "A"}, {"group": 5, "groupType": "t"},
                  {"group": " ", "groupType": "t"}, "A", {"group": "A", "groupType": "t", "parent": 1, "parentType": "t"}]}""");
        List<String> messages = refused.fieldErrors().stream().map(e -> e.field() + " " + e.message()).toList();
        assertEquals(List.of("groupRelationships[0] group is required", "groupRelationships[1] groupType is required",
                "groupRelationships[2] group must be a string", "groupRelationships[3] group must not be blank",
                "groupRelationships[4] must be an object", "groupRelationships[5] parent must be a string or null"),
                messages);
    }

    @Test
    void namesLongerThanTheColumnAreRefused() throws Exception {
        String long101 = "x".repeat(101);
        ApiException refused = refused("{\"groupRelationships\": [{\"group\": \"" + long101 + "\", \"groupType\": \"t\"}]}");
        assertTrue(refused.getMessage().contains("group is longer than 100 characters"), refused.getMessage());
        assertEquals(List.of(top("x".repeat(100), "t")), GroupHierarchyRules.read(JSON.readTree(
                "{\"groupRelationships\": [{\"group\": \"" + "x".repeat(100) + "\", \"groupType\": \"t\"}]}")));
    }

    @Test
    void theDocumentMustHoldAnArrayOfAtMostTheLimit() throws Exception {
        assertEquals("groupRelationships: is required", refused("{}").getMessage());
        assertEquals("groupRelationships: must be an array", refused("{\"groupRelationships\": {}}").getMessage());
        assertEquals("body: must be a JSON object", refused("[]").getMessage());
        ObjectNode document = JSON.createObjectNode();
        ArrayNode entries = document.putArray("groupRelationships");
        for (int i = 0; i <= GroupHierarchyRules.MAX_ENTRIES; i++) {
            entries.addObject().put("group", "g" + i).put("groupType", "t");
        }
        ApiException tooMany = assertThrows(ApiException.class, () -> GroupHierarchyRules.read(document));
        assertTrue(tooMany.getMessage().contains("at most " + GroupHierarchyRules.MAX_ENTRIES), tooMany.getMessage());
        entries.remove(0);
        assertEquals(GroupHierarchyRules.MAX_ENTRIES, GroupHierarchyRules.read(document).size());
    }

    @Test
    void structureIsCheckedOnlyOnceEveryEntryReads() throws Exception {
        ApiException refused = refused("""
                {"groupRelationships": [{"group": "A", "groupType": "t", "parent": "A", "parentType": "t"}, {"group": 1}]}""");
        assertEquals(List.of("groupRelationships[1]", "groupRelationships[1]"),
                refused.fieldErrors().stream().map(FieldError::field).toList());
    }

    @Test
    void theMessageNamesTheOffendingEntriesAndSaysNothingChanged() throws Exception {
        ApiException refused = refused("""
                {"groupRelationships": [{"group": "A", "groupType": "t", "parent": "B", "parentType": "t"},
                                        {"group": "B", "groupType": "t", "parent": "A", "parentType": "t"}]}""");
        assertTrue(refused.getMessage().startsWith("The group hierarchy is refused, nothing was changed: "
                + "groupRelationships[0,1]: circular reference: t \"A\" → t \"B\" → t \"A\""), refused.getMessage());
    }

    @Test
    void manyProblemsAreNamedUpToALimitAndCounted() throws Exception {
        ObjectNode document = JSON.createObjectNode();
        ArrayNode entries = document.putArray("groupRelationships");
        for (int i = 0; i < 30; i++) {
            entries.addObject().put("group", "g" + i).put("groupType", "t").put("parent", "g" + i).put("parentType", "t");
        }
        ApiException refused = assertThrows(ApiException.class, () -> GroupHierarchyRules.read(document));
        assertEquals(GroupHierarchyRules.MAX_REPORTED, refused.fieldErrors().size());
        assertTrue(refused.getMessage().endsWith("; and 10 more"), refused.getMessage());
    }
}
