package dev.shipshape.generator.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Patch text in JSON or YAML: read exactly, or refused with its line where YAML 1.1 would change a value. */
class PatchTextTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void jsonAndYamlReadTheSame() throws Exception {
    assertEquals(JSON.readTree("{\"spec\": {\"minReadySeconds\": 10, \"paused\": null}}"),
        PatchText.document("spec:\n  minReadySeconds: 10\n  paused: ~\n"));
    assertEquals(JSON.readTree("{\"spec\": {\"minReadySeconds\": 10}}"), PatchText.document("{spec: {minReadySeconds: 10}}"));
    assertEquals(JSON.readTree("{\"a\": \"1:30\", \"b\": \"yes\", \"c\": \"010\"}"),
        PatchText.document("{\"a\":\t\"1:30\", \"b\": \"yes\", \"c\": \"010\"}"));
    assertEquals(JSON.readTree("{\"b\": \"yes\", \"c\": \"010\"}"), PatchText.document("b: \"yes\"\nc: !!str 010\n"));
  }

  @Test
  void operationsKnowTheirLine() throws Exception {
    List<PatchOperation> operations = PatchText.operations("""
        - op: test
          path: /spec/replicas
          value: 2
        - op: add
          path: /spec/minReadySeconds
          value: 10
        """);
    assertEquals("operation 2 (line 4 of the patch text)", operations.get(1).origin());
    assertEquals("add /spec/minReadySeconds", operations.get(1).describe());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a: yes", "a: off", "a: 010", "a: 1:30", "a: 1_000", "x: &v 1\na: *v", "a: !custom 1", "a: !!int 1", "a: .inf"})
  void yaml11PitfallsAreRefusedWithTheirLine(String text) {
    PatchFailure failure = assertThrows(PatchFailure.class, () -> PatchText.document("b: 1\n" + text));
    assertEquals(PatchRules.INVALID, failure.rule());
    assertTrue(failure.getMessage().matches("(?s)line [23][:,] .*"), failure.getMessage());
  }

  @Test
  void yamlMeansWhatItMeansInAUserObject() throws Exception {
    // The rules are UserYaml's: a hexadecimal integer is a number, as in an object the user adds.
    assertEquals(JSON.readTree("{\"a\": 31, \"b\": 1.5}"), PatchText.document("a: 0x1F\nb: 1.50\n"));
  }

  @Test
  void duplicateKeysAreRefused() {
    PatchFailure failure = assertThrows(PatchFailure.class, () -> PatchText.document("a: 1\na: 2\n"));
    assertTrue(failure.getMessage().startsWith("line 2, column "), failure.getMessage());
    assertTrue(failure.getMessage().contains("the key 'a' appears twice"), failure.getMessage());
  }

  @Test
  void syntaxErrorsNameTheirLine() {
    PatchFailure failure = assertThrows(PatchFailure.class, () -> PatchText.document("spec:\n  a: [1,\n"));
    assertTrue(failure.getMessage().startsWith("line 3, column 1 of the patch text: "), failure.getMessage());
  }

  @Test
  void aSecondDocumentIsRefused() {
    PatchFailure failure = assertThrows(PatchFailure.class, () -> PatchText.document("a: 1\n---\nb: 2\n"));
    assertTrue(failure.getMessage().contains("more than one document"), failure.getMessage());
  }

  @Test
  void emptyTextIsNoPatch() {
    assertEquals("the patch text is empty",
        assertThrows(PatchFailure.class, () -> PatchText.document("# nothing but a comment\n")).getMessage());
  }

  @Test
  void aJsonPatchIsAList() {
    assertEquals("the patch text is not a list of operations",
        assertThrows(PatchFailure.class, () -> PatchText.operations("op: add")).getMessage());
  }

  @Test
  void anOperationNeedsItsMembers() {
    assertEquals("operation 1 (line 1 of the patch text) (add /a) has no 'value'",
        assertThrows(PatchFailure.class, () -> PatchText.operations("- {op: add, path: /a}")).getMessage());
    assertEquals("operation 1 (line 1 of the patch text) has op \"merge\", which RFC 6902 does not define",
        assertThrows(PatchFailure.class, () -> PatchText.operations("- {op: merge, path: /a}")).getMessage());
    assertEquals("operation 1 (line 1 of the patch text) (copy) has no 'from'",
        assertThrows(PatchFailure.class, () -> PatchText.operations("- {op: copy, path: /a}")).getMessage());
    assertEquals("'spec' is not a JSON Pointer: it must start with '/'",
        assertThrows(PatchFailure.class, () -> PatchText.operations("- {op: remove, path: spec}")).getMessage());
  }
}
