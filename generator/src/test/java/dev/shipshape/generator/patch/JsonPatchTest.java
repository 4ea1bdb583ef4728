package dev.shipshape.generator.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** RFC 6902 Appendix A, example by example, plus the messages of a path that misses. */
class JsonPatchTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  private static JsonNode apply(String document, String patch) throws Exception {
    JsonNode result = json(document);
    for (PatchOperation operation : PatchText.operations(patch)) {
      result = JsonPatch.apply(result, operation);
    }
    return result;
  }

  private static void assertPatched(String document, String patch, String expected) throws Exception {
    assertEquals(json(expected), apply(document, patch));
  }

  private static PatchFailure failure(String document, String patch) {
    return assertThrows(PatchFailure.class, () -> apply(document, patch));
  }

  @Test
  void a1AddingAnObjectMember() throws Exception {
    assertPatched("{\"foo\": \"bar\"}", "[{\"op\": \"add\", \"path\": \"/baz\", \"value\": \"qux\"}]",
        "{\"baz\": \"qux\", \"foo\": \"bar\"}");
  }

  @Test
  void a2AddingAnArrayElement() throws Exception {
    assertPatched("{\"foo\": [\"bar\", \"baz\"]}", "[{\"op\": \"add\", \"path\": \"/foo/1\", \"value\": \"qux\"}]",
        "{\"foo\": [\"bar\", \"qux\", \"baz\"]}");
  }

  @Test
  void a3RemovingAnObjectMember() throws Exception {
    assertPatched("{\"baz\": \"qux\", \"foo\": \"bar\"}", "[{\"op\": \"remove\", \"path\": \"/baz\"}]",
        "{\"foo\": \"bar\"}");
  }

  @Test
  void a4RemovingAnArrayElement() throws Exception {
    assertPatched("{\"foo\": [\"bar\", \"qux\", \"baz\"]}", "[{\"op\": \"remove\", \"path\": \"/foo/1\"}]",
        "{\"foo\": [\"bar\", \"baz\"]}");
  }

  @Test
  void a5ReplacingAValue() throws Exception {
    assertPatched("{\"baz\": \"qux\", \"foo\": \"bar\"}", "[{\"op\": \"replace\", \"path\": \"/baz\", \"value\": \"boo\"}]",
        "{\"baz\": \"boo\", \"foo\": \"bar\"}");
  }

  @Test
  void a6MovingAValue() throws Exception {
    assertPatched("{\"foo\": {\"bar\": \"baz\", \"waldo\": \"fred\"}, \"qux\": {\"corge\": \"grault\"}}",
        "[{\"op\": \"move\", \"from\": \"/foo/waldo\", \"path\": \"/qux/thud\"}]",
        "{\"foo\": {\"bar\": \"baz\"}, \"qux\": {\"corge\": \"grault\", \"thud\": \"fred\"}}");
  }

  @Test
  void a7MovingAnArrayElement() throws Exception {
    assertPatched("{\"foo\": [\"all\", \"grass\", \"cows\", \"eat\"]}",
        "[{\"op\": \"move\", \"from\": \"/foo/1\", \"path\": \"/foo/3\"}]",
        "{\"foo\": [\"all\", \"cows\", \"eat\", \"grass\"]}");
  }

  @Test
  void a8TestingAValueSucceeds() throws Exception {
    assertPatched("{\"baz\": \"qux\", \"foo\": [\"a\", 2, \"c\"]}",
        "[{\"op\": \"test\", \"path\": \"/baz\", \"value\": \"qux\"}, {\"op\": \"test\", \"path\": \"/foo/1\", \"value\": 2}]",
        "{\"baz\": \"qux\", \"foo\": [\"a\", 2, \"c\"]}");
  }

  @Test
  void a9TestingAValueFailsWithExpectedAndActual() {
    PatchFailure failure = failure("{\"baz\": \"qux\"}", "[{\"op\": \"test\", \"path\": \"/baz\", \"value\": \"bar\"}]");
    assertEquals(PatchRules.TEST, failure.rule());
    assertEquals("operation 1 (line 1 of the patch text) (test /baz) expected \"bar\" but the object has \"qux\"",
        failure.getMessage());
  }

  @Test
  void a10AddingANestedMemberObject() throws Exception {
    assertPatched("{\"foo\": \"bar\"}", "[{\"op\": \"add\", \"path\": \"/child\", \"value\": {\"grandchild\": {}}}]",
        "{\"foo\": \"bar\", \"child\": {\"grandchild\": {}}}");
  }

  @Test
  void a11IgnoringUnrecognizedElements() throws Exception {
    assertPatched("{\"foo\": \"bar\"}", "[{\"op\": \"add\", \"path\": \"/baz\", \"value\": \"qux\", \"xyz\": 123}]",
        "{\"foo\": \"bar\", \"baz\": \"qux\"}");
  }

  @Test
  void a12AddingToANonexistentTargetNamesWhatExists() {
    PatchFailure failure = failure("{\"foo\": \"bar\"}", "[{\"op\": \"add\", \"path\": \"/baz/bat\", \"value\": \"qux\"}]");
    assertEquals(PatchRules.PATH, failure.rule());
    assertEquals("operation 1 (line 1 of the patch text) (add /baz/bat): the object has no member 'baz';"
        + " its members are: foo", failure.getMessage());
  }

  @Test
  void a13AnOperationWithTwoOpsIsInvalid() {
    PatchFailure failure = failure("{\"foo\": \"bar\"}",
        "[{\"op\": \"add\", \"path\": \"/baz\", \"value\": \"qux\", \"op\": \"remove\"}]");
    assertEquals(PatchRules.INVALID, failure.rule());
  }

  @Test
  void a14EscapesAreUndoneInOrder() throws Exception {
    assertPatched("{\"/\": 9, \"~1\": 10}", "[{\"op\": \"test\", \"path\": \"/~01\", \"value\": 10}]",
        "{\"/\": 9, \"~1\": 10}");
  }

  @Test
  void a15AStringIsNotANumber() {
    assertEquals(PatchRules.TEST, failure("{\"/\": 9, \"~1\": 10}",
        "[{\"op\": \"test\", \"path\": \"/~01\", \"value\": \"10\"}]").rule());
  }

  @Test
  void a16AddingAnArrayValue() throws Exception {
    assertPatched("{\"foo\": [\"bar\"]}", "[{\"op\": \"add\", \"path\": \"/foo/-\", \"value\": [\"abc\", \"def\"]}]",
        "{\"foo\": [\"bar\", [\"abc\", \"def\"]]}");
  }

  @Test
  void numbersAreEqualByValueInTests() throws Exception {
    assertPatched("{\"a\": 1.0}", "[{\"op\": \"test\", \"path\": \"/a\", \"value\": 1}]", "{\"a\": 1.0}");
  }

  @Test
  void copyAndSlashEscapes() throws Exception {
    assertPatched("{\"metadata\": {\"labels\": {\"app.kubernetes.io/name\": \"web\"}}}",
        "[{\"op\": \"copy\", \"from\": \"/metadata/labels/app.kubernetes.io~1name\", \"path\": \"/metadata/labels/team\"}]",
        "{\"metadata\": {\"labels\": {\"app.kubernetes.io/name\": \"web\", \"team\": \"web\"}}}");
  }

  @Test
  void aMissingMemberNamesTheDeepestPartThatExists() {
    PatchFailure failure = failure("{\"spec\": {\"template\": {\"spec\": {\"containers\": [], \"hostname\": \"a\"}}}}",
        "- {op: remove, path: /spec/template/spec/nodeSelector/disk}");
    assertEquals("operation 1 (line 1 of the patch text) (remove /spec/template/spec/nodeSelector/disk):"
        + " /spec/template/spec has no member 'nodeSelector'; its members are: containers, hostname", failure.getMessage());
  }

  @Test
  void anIndexPastTheEndNamesTheListsLength() {
    PatchFailure failure = failure("{\"containers\": [{\"name\": \"web\"}]}", "- {op: replace, path: /containers/3/name, value: x}");
    assertEquals("operation 1 (line 1 of the patch text) (replace /containers/3/name): /containers is a list of"
        + " 1 item, so '3' names no item of it (its indexes are 0 to 0)", failure.getMessage());
  }

  @Test
  void anInsertPastTheEndSaysWhereItemsCanGo() {
    PatchFailure failure = failure("{\"a\": [1]}", "- {op: add, path: /a/2, value: 3}");
    assertEquals("operation 1 (line 1 of the patch text) (add /a/2): /a is a list of 1 item, so '2' names no item"
        + " of it (an item can be inserted at 0 to 1, or appended with '-')", failure.getMessage());
  }

  @Test
  void aScalarHasNoMembers() {
    PatchFailure failure = failure("{\"spec\": {\"replicas\": 2}}", "- {op: add, path: /spec/replicas/x, value: 1}");
    assertEquals("operation 1 (line 1 of the patch text) (add /spec/replicas/x): /spec/replicas is a number,"
        + " which has no member 'x'", failure.getMessage());
  }

  @Test
  void movingAValueIntoItselfIsRefused() {
    assertEquals(PatchRules.INVALID, failure("{\"a\": {\"b\": 1}}", "- {op: move, from: /a, path: /a/c}").rule());
  }

  @Test
  void removingTheMissingFromOfAMoveNamesIt() {
    PatchFailure failure = failure("{\"a\": 1}", "- {op: move, from: /b, path: /c}");
    assertEquals(PatchRules.PATH, failure.rule());
    assertEquals("operation 1 (line 1 of the patch text) (move /b to /c): the object has no member 'b';"
        + " its members are: a", failure.getMessage());
  }

  @Test
  void leadingZerosAreNoIndex() {
    assertEquals(PatchRules.PATH, failure("{\"a\": [1, 2]}", "- {op: remove, path: /a/01}").rule());
  }

  @Test
  void aBrokenEscapeIsInvalid() {
    assertEquals(PatchRules.INVALID, failure("{\"a\": 1}", "- {op: remove, path: /a~2}").rule());
  }
}
