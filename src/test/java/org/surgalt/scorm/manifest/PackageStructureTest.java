package org.surgalt.scorm.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.surgalt.scorm.manifest.PackageStructure.Node;
import org.surgalt.scorm.manifest.PackageStructure.Sco;
import org.surgalt.scorm.manifest.PackageStructure.Standard;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the player gets from real packages (the Golf Examples and the edge cases of
 * src/test/resources/packages/scorm, licences in its SOURCES.md) and from small hand-written
 * manifests: the SCOs it launches, the table of contents, and the sequencing definition it hands
 * to scorm-again.
 */
class PackageStructureTest {

    private static final Path SCORM = Path.of("src/test/resources/packages/scorm");
    private static final String ITEM = "<item identifier=\"a\" identifierref=\"r\"><title>A</title></item>";
    private static final String RESOURCE = "<resources><resource identifier=\"r\" href=\"a.html\"/></resources>";

    @Test
    void aScorm12PackageHasItsScoAndNoSequencing() throws Exception {
        PackageStructure p = golf("RuntimeBasicCalls_SCORM12.zip");

        assertEquals(Standard.SCORM_1_2, p.standard());
        assertEquals("Golf Explained - Run-time Basic Calls", p.title());
        assertEquals(List.of(new Sco("item_1", "Golf Explained", "shared/launchpage.html", true, null, null, null,
                null, null, null)), p.scos());
        assertEquals("golf_sample_default_org", p.root().id());
        assertEquals(List.of("item_1"), p.root().children().stream().map(Node::id).toList());
        assertTrue(p.root().children().get(0).launchable());
        assertNull(p.sequencing());
    }

    @Test
    void scorm12LaunchDataIsRead() throws Exception {
        List<Sco> scos = edge("scorm12_PrerequisitesTest_SCORM12.zip").scos();

        assertEquals(List.of("module1.html", "module2.html", "module3.html", "module4.html"),
                scos.stream().map(Sco::href).toList());
        assertEquals(80.0, scos.get(0).masteryScore());
        assertEquals("02:30:00", scos.get(0).maxTimeAllowed());
        assertEquals("custom_data_for_module2", scos.get(1).dataFromLms());
        assertEquals("exit,message", scos.get(2).timeLimitAction());
        assertEquals(90.0, scos.get(3).masteryScore());
        assertNull(scos.get(1).masteryScore());
        assertEquals("RANDOM", edge("scorm12_ContentPackagingWithMetadata_SCORM12.zip").scos().get(0).dataFromLms());
    }

    @Test
    void simpleRemediationKeepsItsFlowOnlyCourseAndItsRemediationLoop() throws Exception {
        PackageStructure p = golf("SequencingSimpleRemediation_SCORM20043rdEdition.zip");
        Map<String, Object> root = tree(p);

        assertEquals(Standard.SCORM_2004, p.standard());
        assertEquals("golf_sample_default_org", root.get("id"));
        assertEquals(false, controls(root).get("choice"));
        assertEquals(true, controls(root).get("flow"));

        Map<String, Object> wrapper = activity(root, "content_wrapper");
        assertEquals(false, wrapper.get("isVisible"));
        assertEquals(false, controls(wrapper).get("choiceExit"));
        List<Map<String, Object>> post = rules(wrapper, "postConditionRules");
        assertEquals("retry", post.get(0).get("action"));
        assertEquals("any", post.get(0).get("conditionCombination"));
        assertEquals(List.of(Map.of("condition", "satisfied", "operator", "not"),
                Map.of("condition", "objectiveStatusKnown", "operator", "not")), post.get(0).get("conditions"));
        assertEquals("exitAll", post.get(1).get("action"));

        // From the collection content_seq_rules, through IDRef.
        Map<String, Object> playing = activity(root, "playing_item");
        assertEquals("skip", rules(playing, "preConditionRules").get(0).get("action"));
        assertEquals(false, controls(playing).get("rollupObjectiveSatisfied"));
        assertEquals(0.0, controls(playing).get("objectiveMeasureWeight"));
        assertEquals(Map.of("completionSetByContent", true, "objectiveSetByContent", true),
                playing.get("deliveryControls"));
        Map<String, Object> map = mapInfo(playing, "primaryObjective", 0);
        assertEquals("com.scorm.golfsamples.sequencing.simpleremediation.20043rd.playing_satisfied",
                map.get("targetObjectiveID"));
        assertEquals(true, map.get("readSatisfiedStatus"));
        assertEquals(false, map.get("writeSatisfiedStatus"));
        assertEquals(false, map.get("readCompletionStatus"), "imsss:mapInfo shares no completion");

        Map<String, Object> quiz = activity(root, "test_1");
        assertEquals(true, mapInfo(quiz, "primaryObjective", 0).get("writeSatisfiedStatus"));
        assertEquals(true, mapInfo(quiz, "primaryObjective", 0).get("writeNormalizedMeasure"));
        assertEquals(1.0, controls(quiz).get("objectiveMeasureWeight"));
        assertEquals(Map.of("requiredForCompleted", "ifNotSkipped"), quiz.get("rollupConsiderations"));

        // test_4's own sequencingRules replace the collection's, as SCORM says.
        Map<String, Object> last = activity(root, "test_4");
        assertEquals("exitParent", rules(last, "postConditionRules").get(0).get("action"));
        assertNull(map(last.get("sequencingRules")).get("preConditionRules"));
        assertEquals(true, controls(last).get("rollupObjectiveSatisfied"), "the rest still comes from the collection");
    }

    @Test
    void simpleRemediationHasItsTableOfContentsAndLaunchParameters() throws Exception {
        PackageStructure p = golf("SequencingSimpleRemediation_SCORM20043rdEdition.zip");

        Node wrapper = p.root().children().get(0);
        assertFalse(wrapper.visible());
        assertFalse(wrapper.launchable());
        assertEquals(8, wrapper.children().size());
        assertEquals(List.of("Playing the Game", "Etiquette", "Handicapping", "Having Fun", "Playing Quiz",
                "Etiquette Quiz", "Handicapping Quiz", "Having Fun Quiz"), p.scos().stream().map(Sco::title).toList());
        assertEquals("shared/launchpage.html?content=playing", p.scos().get(0).href());
        assertEquals("shared/launchpage.html?content=assessment1", p.scos().get(4).href());
    }

    @Test
    void postTestRollup4thEditionMapsCompletionThroughGlobalObjectives() throws Exception {
        PackageStructure p = golf("SequencingPostTestRollup4thEd_SCORM20044thEdition.zip");
        Map<String, Object> root = tree(p);

        assertEquals(true, controls(root).get("choice"));
        assertEquals(true, controls(root).get("flow"));

        Map<String, Object> etiquette = activity(root, "etuqiette_item");
        Map<String, Object> disabled = rules(etiquette, "preConditionRules").get(0);
        assertEquals("disabled", disabled.get("action"));
        assertEquals(Map.of("condition", "completed", "operator", "not", "referencedObjective",
                "previous_sco_completed"), list(disabled.get("conditions")).get(0));
        Map<String, Object> own = mapInfo(etiquette, "primaryObjective", 0);
        assertEquals("com.scorm.golfsamples.sequencing.forcedsequential.ettiquette_completed",
                own.get("targetObjectiveID"));
        assertEquals(true, own.get("writeCompletionStatus"));
        assertEquals(false, own.get("readSatisfiedStatus"), "adlseq:mapInfo shares no satisfaction");
        Map<String, Object> previous = map(list(etiquette.get("objectives")).get(0));
        assertEquals("previous_sco_completed", previous.get("objectiveID"));
        Map<String, Object> previousMap = map(list(previous.get("mapInfo")).get(0));
        assertEquals("com.scorm.golfsamples.sequencing.forcedsequential.playing_completed",
                previousMap.get("targetObjectiveID"));
        assertEquals(true, previousMap.get("readCompletionStatus"));
        assertEquals(false, previousMap.get("writeCompletionStatus"));
        assertEquals(Map.of("progressWeight", 0.3), etiquette.get("completionThreshold"));
        assertEquals(List.of(Map.of("targetID", "com.scorm.golfsamples.sequencing.forcedsequential.notesStorage",
                "readSharedData", true, "writeSharedData", true)), etiquette.get("sharedDataMaps"));

        Map<String, Object> quiz = activity(root, "assessment_item");
        assertEquals(List.of("hiddenFromChoice", "hiddenFromChoice"),
                rules(quiz, "preConditionRules").stream().map(r -> r.get("action")).toList());
        assertEquals(true, controls(quiz).get("rollupObjectiveSatisfied"));
        assertNull(quiz.get("primaryObjective"), "an unnamed primary objective is left to scorm-again's default");
        assertEquals(false, controls(activity(root, "playing_item")).get("rollupProgressCompletion"));

        assertEquals(5, p.scos().size());
        assertNull(p.scos().get(1).completionThreshold(), "a progress weight alone sets no threshold");
    }

    @Test
    void scorm2004AdlElementsReachTheScoAndTheActivity() throws Exception {
        PackageStructure p = edge("scorm2004_AdlAttributes_SCORM20043rdEdition.zip");
        Sco sco = p.scos().get(0);

        assertEquals(0.75, sco.completionThreshold());
        assertEquals("Launch Data", sco.dataFromLms());
        assertEquals("exit,message", sco.timeLimitAction());
        assertFalse(sco.sco(), "a resource without adlcp:scormType is an asset");
        Map<String, Object> item = activity(tree(p), "item1");
        assertEquals(List.of("exit", "continue"), item.get("hideLmsUi"));
        assertEquals(false, controls(item).get("choice"));
    }

    @Test
    void scorm2004WithoutSequencingHasNone() throws Exception {
        assertNull(edge("scorm2004_MinimalValid_SCORM20043rdEdition.zip").sequencing());
        assertEquals(Standard.SCORM_2004,
                edge("scorm2004_ContentPackagingNoSchemaVersion_SCORM20042ndEdition.zip").standard());
    }

    /**
     * ManifestParser also refuses the packages whose launch files are missing; reading the
     * manifest alone cannot see that, so those are accepted here (the upload check runs first).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "scorm12_ItemWithNonExistentResourceId_SCORM12.zip | item 'Item 1' refers to resource 'non_existent_resource'",
            "scorm12_MalformedXml_SCORM12.zip | imsmanifest.xml is not well-formed XML: line 27:",
            "scorm12_MissingLaunchUrl_SCORM12.zip | item 'Test Item' has no launch URL",
            "scorm12_MissingRequiredFields_SCORM12.zip | the organization has no title",
            "scorm2004_InvalidMissingOrgIdentifier_SCORM20043rdEdition.zip | the organization has no identifier" })
    void brokenEdgeCasesAreRefusedWithAReason(String file, String reason) {
        String refused = assertThrows(PackageRejected.class, () -> edge(file)).getMessage();

        assertTrue(refused.contains(reason), refused);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "scorm12_ComplexNestedOrganization_SCORM12.zip | 11 | content/module1.html",
            "scorm12_InvalidFileReferences_SCORM12.zip | 1 | content/nonexistent.html",
            "scorm12_LaunchUrlFromNestedItem_SCORM12.zip | 2 | content/topic1.html",
            "scorm12_MultipleItemsWithIdentifierRef_SCORM12.zip | 3 | content/item1.html" })
    void otherEdgeCasesAreRead(String file, int scos, String firstHref) throws Exception {
        PackageStructure p = edge(file);

        assertEquals(scos, p.scos().size());
        assertEquals(firstHref, p.scos().get(0).href());
    }

    @Test
    void theDefaultOrganizationIsTheOneRead() throws Exception {
        PackageStructure p = edge("scorm12_ComplexNestedOrganization_SCORM12.zip");

        assertEquals("default_org", p.root().id());
        assertFalse(p.scos().stream().anyMatch(s -> s.id().equals("alt_item_1")));
        Node module1 = p.root().children().get(0);
        assertEquals("Topic 1.1.1.2", module1.children().get(0).children().get(0).children().get(1).title());
    }

    @Test
    void xmlBaseAndParametersMakeTheLaunchPath() throws Exception {
        PackageStructure p = PackageStructure.read(manifest2004("""
                <item identifier="a" identifierref="r1" parameters="?lang=mn"><title>A</title></item>
                <item identifier="b" identifierref="r2" parameters="&amp;x=1"><title>B</title></item>
                <item identifier="c" identifierref="r2" parameters="#part2"><title>C</title></item>
                """, """
                <resources xml:base="course/">
                  <resource identifier="r1" href="one.html" xml:base="unit1/" adlcp:scormType="sco"/>
                  <resource identifier="r2" href="two.html?mode=review#top" adlcp:scormType="sco"/>
                </resources>""", ""));

        assertEquals(List.of("course/unit1/one.html?lang=mn", "course/two.html?mode=review&x=1#top",
                "course/two.html?mode=review#top"), p.scos().stream().map(Sco::href).toList());
    }

    @Test
    void collectionsLimitsObjectivesAndRollupRulesAreResolvedPerActivity() throws Exception {
        PackageStructure p = PackageStructure.read(manifest2004("""
                <item identifier="unit"><title>Unit</title>
                  <item identifier="test" identifierref="r1"><title>Test</title>
                    <imsss:sequencing IDRef="shared">
                      <imsss:objectives>
                        <imsss:primaryObjective objectiveID="pass" satisfiedByMeasure="true">
                          <imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>
                        </imsss:primaryObjective>
                      </imsss:objectives>
                    </imsss:sequencing>
                  </item>
                  <imsss:sequencing>
                    <imsss:controlMode flow="true"/>
                    <imsss:rollupRules>
                      <imsss:rollupRule childActivitySet="atLeastPercent" minimumPercent="0.5">
                        <imsss:rollupConditions><imsss:rollupCondition condition="activityProgressKnown"/>
                        </imsss:rollupConditions>
                        <imsss:rollupAction action="completed"/>
                      </imsss:rollupRule>
                    </imsss:rollupRules>
                    <imsss:randomizationControls reorderChildren="true" randomizationTiming="onEachNewAttempt"/>
                  </imsss:sequencing>
                </item>
                """, "<resources><resource identifier=\"r1\" href=\"t.html\" adlcp:scormType=\"sco\"/></resources>",
                """
                <imsss:sequencingCollection>
                  <imsss:sequencing ID="shared">
                    <imsss:limitConditions attemptLimit="2" attemptAbsoluteDurationLimit="PT1H30M"/>
                    <imsss:sequencingRules><imsss:exitConditionRule>
                      <imsss:ruleConditions><imsss:ruleCondition condition="objectiveMeasureGreaterThan"
                          measureThreshold="0.5"/></imsss:ruleConditions>
                      <imsss:ruleAction action="exit"/>
                    </imsss:exitConditionRule></imsss:sequencingRules>
                  </imsss:sequencing>
                </imsss:sequencingCollection>"""));

        Sco test = p.scos().get(0);
        assertEquals(0.8, test.scaledPassingScore());
        assertEquals("PT1H30M", test.maxTimeAllowed());
        Map<String, Object> unit = activity(tree(p), "unit");
        assertEquals(true, controls(unit).get("flow"));
        assertEquals(false, controls(tree(p)).get("flow"), "SCORM's default, not scorm-again's");
        assertEquals(true, controls(unit).get("randomizeChildren"));
        assertEquals("onEachNewAttempt", controls(unit).get("randomizationTiming"));
        Map<String, Object> rollup = map(list(map(unit.get("rollupRules")).get("rules")).get(0));
        assertEquals("atLeastPercent", rollup.get("consideration"));
        assertEquals(50.0, rollup.get("minimumPercent"));
        assertEquals("completed", rollup.get("action"));
        assertEquals(List.of(Map.of("condition", "progressKnown")), rollup.get("conditions"));
        Map<String, Object> activity = activity(tree(p), "test");
        assertEquals(2, activity.get("attemptLimit"));
        assertEquals("PT1H30M", activity.get("attemptAbsoluteDurationLimit"));
        assertEquals(Map.of("condition", "objectiveMeasureGreaterThan", "parameters", Map.of("threshold", 0.5)),
                list(rules(activity, "exitConditionRules").get(0).get("conditions")).get(0));
        assertEquals(0.8, map(activity.get("primaryObjective")).get("minNormalizedMeasure"));
    }

    @Test
    void theSequencingMapSurvivesJsonAsItIs() throws Exception {
        Map<String, Object> sequencing = golf("SequencingPostTestRollup4thEd_SCORM20044thEdition.zip").sequencing();
        ObjectMapper json = new ObjectMapper();

        assertEquals(sequencing, json.readValue(json.writeValueAsString(sequencing), Map.class));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "<imsss:sequencing IDRef=\"nowhere\"/> | its sequencing refers to collection 'nowhere'",
            "<imsss:sequencing><imsss:controlMode flow=\"yes\"/></imsss:sequencing> | controlMode flow 'yes' is not true or false",
            "<imsss:sequencing><imsss:limitConditions attemptAbsoluteDurationLimit=\"90 minutes\"/></imsss:sequencing> | is not an ISO 8601 duration",
            "<imsss:sequencing><imsss:sequencingRules><imsss:preConditionRule><imsss:ruleConditions><imsss:ruleCondition condition=\"always\"/></imsss:ruleConditions><imsss:ruleAction action=\"jump\"/></imsss:preConditionRule></imsss:sequencingRules></imsss:sequencing> | ruleAction action 'jump' is not one of" })
    void sequencingThePlayerWouldMisreadIsRefused(String sequencing, String reason) {
        String refused = reason(manifest2004(ITEM.replace("</item>", sequencing + "</item>"), RESOURCE, ""));

        assertTrue(refused.startsWith("imsmanifest.xml: item 'a': ") && refused.contains(reason), refused);
    }

    @Test
    void aManifestWithEntitiesIsRefusedWithoutFetchingThem() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE manifest [<!ENTITY x SYSTEM \"http://127.0.0.1:9/x\">]>\n"
                + new String(manifest2004(ITEM.replace("<title>A</title>", "<title>&x;</title>"), RESOURCE, ""),
                        StandardCharsets.UTF_8).replaceFirst("<\\?xml[^>]*>", "");

        assertTrue(reason(xxe.getBytes(StandardCharsets.UTF_8)).contains("DOCTYPE is disallowed"));
    }

    @Test
    void aLaunchPathOutsideThePackageIsRefused() {
        String outside = RESOURCE.replace("a.html", "../../etc/passwd");

        assertEquals("The launch file ../../etc/passwd points outside the package",
                reason(manifest2004(ITEM, outside, "")));
    }

    @Test
    void itemsNestedPast64LevelsAreRefused() {
        StringBuilder nested = new StringBuilder();
        for (int i = 0; i < 70; i++) {
            nested.append("<item identifier=\"i").append(i).append("\"><title>T</title>");
        }
        nested.append(ITEM).append("</item>".repeat(70));

        assertTrue(reason(manifest2004(nested.toString(), RESOURCE, "")).contains("nests items more than 64 levels"));
    }

    private static String reason(byte[] manifest) {
        return assertThrows(PackageRejected.class, () -> PackageStructure.read(manifest)).getMessage();
    }

    private static byte[] manifest2004(String items, String resources, String afterResources) {
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
                  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
                  <organizations default="org"><organization identifier="org"><title>Course</title>
                """ + items + "</organization></organizations>" + resources + afterResources + "</manifest>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static PackageStructure golf(String file) throws IOException, PackageRejected {
        return read(SCORM.resolve("golf-examples").resolve(file));
    }

    private static PackageStructure edge(String file) throws IOException, PackageRejected {
        return read(SCORM.resolve("edge-cases").resolve(file));
    }

    private static PackageStructure read(Path zip) throws IOException, PackageRejected {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            return PackageStructure.read(z.getInputStream(z.getEntry("imsmanifest.xml")).readAllBytes());
        }
    }

    private static Map<String, Object> tree(PackageStructure p) {
        return map(p.sequencing().get("activityTree"));
    }

    private static Map<String, Object> activity(Map<String, Object> from, String id) {
        if (id.equals(from.get("id"))) {
            return from;
        }
        for (Object child : from.get("children") == null ? List.of() : list(from.get("children"))) {
            Map<String, Object> found = activity(map(child), id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Map<String, Object> controls(Map<String, Object> activity) {
        return map(activity.get("sequencingControls"));
    }

    private static List<Map<String, Object>> rules(Map<String, Object> activity, String kind) {
        return list(map(activity.get("sequencingRules")).get(kind)).stream().map(PackageStructureTest::map).toList();
    }

    private static Map<String, Object> mapInfo(Map<String, Object> activity, String objective, int index) {
        return map(list(map(activity.get(objective)).get("mapInfo")).get(index));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return (List<Object>) o;
    }
}
