package dev.shipshape.generator.hatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shipshape.generator.yaml.CanonicalYaml;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserYamlTest {

  @Test
  void readsSeveralDocumentsSkippingEmptyOnesWithTheirLines() {
    UserYaml.Read read = UserYaml.read("---\nkind: A\n---\n---\n# nothing\n---\nkind: B\n");
    assertTrue(read.problem().isEmpty(), read.problem().toString());
    assertEquals(List.of("A", "B"), read.documents().stream().map(d -> d.object().path("kind").asText()).toList());
    assertEquals(List.of(2, 7), read.documents().stream().map(UserYaml.Document::line).toList());
  }

  @Test
  void quotedStringsStayStringsAndAreWrittenQuoted() {
    UserYaml.Read read = UserYaml.read(
        "data:\n  a: \"no\"\n  b: '0755'\n  c: \"1:30\"\n  d: \"~\"\n  e: !!str 017\n  f: |\n    yes\n");
    assertTrue(read.problem().isEmpty(), read.problem().toString());
    assertEquals("data:\n  a: \"no\"\n  b: \"0755\"\n  c: \"1:30\"\n  d: \"~\"\n  e: \"017\"\n  f: |\n    yes\n",
        CanonicalYaml.write(read.documents().get(0).object()));
  }

  @Test
  void keepsWhatEveryReaderAgreesOn() {
    UserYaml.Read read = UserYaml.read("a: true\nb: ~\nc: 42\nd: 0x1F\ne: 1.50\nf: -3\ng: 2024-01-01\nh: 1.27.3\n");
    assertTrue(read.problem().isEmpty(), read.problem().toString());
    assertEquals("a: true\nb: null\nc: 42\nd: 31\ne: 1.5\nf: -3\ng: \"2024-01-01\"\nh: \"1.27.3\"\n",
        CanonicalYaml.write(read.documents().get(0).object()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "No", "on", "OFF", "y", "n"})
  void refusesYaml11Booleans(String plain) {
    UserYaml.Problem problem = UserYaml.read("kind: A\nflag: " + plain + "\n").problem().orElseThrow();
    assertEquals(2, problem.line());
    assertEquals(7, problem.column());
    assertTrue(problem.message().contains("boolean to YAML 1.1"), problem.message());
    assertTrue(problem.hint().contains("\"" + plain + "\""), problem.hint());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0755", "0o17", "0b101", "1_000", "1:30", "190:20:30", "1e3", ".inf", ".nan", "-012"})
  void refusesNumbersReadersDisagreeOn(String plain) {
    UserYaml.Problem problem = UserYaml.read("mode: " + plain + "\n").problem().orElseThrow();
    assertEquals(1, problem.line());
    assertTrue(problem.message().contains("'" + plain + "' is read as a number by some"), problem.message());
  }

  @Test
  void refusesADuplicateKeyAtItsLine() {
    UserYaml.Problem problem = UserYaml.read("metadata:\n  name: a\n  name: b\n").problem().orElseThrow();
    assertEquals(3, problem.line());
    assertTrue(problem.message().contains("'name' appears twice"), problem.message());
  }

  @Test
  void resolvesAnchorsAndAliasesAsCopies() {
    UserYaml.Read read = UserYaml.read("a: &limits {cpu: 100m}\nb: *limits\n");
    assertTrue(read.problem().isEmpty(), read.problem().toString());
    assertEquals("a:\n  cpu: 100m\nb:\n  cpu: 100m\n", CanonicalYaml.write(read.documents().get(0).object()));
  }

  @Test
  void refusesMergeKeysAndUnknownTags() {
    assertTrue(UserYaml.read("a: &x {k: 1}\nb:\n  <<: *x\n").problem().orElseThrow().message()
        .contains("merge keys"));
    UserYaml.Problem tag = UserYaml.read("a: !Ref other\n").problem().orElseThrow();
    assertTrue(tag.message().contains("tag 'Ref'"), tag.message());
  }

  @Test
  void reportsMalformedYamlWithItsLineAndKeepsTheDocumentsBefore() {
    UserYaml.Read read = UserYaml.read("kind: A\n---\nkind: B\nmetadata:\n  name: [unclosed\n");
    assertEquals(1, read.documents().size());
    UserYaml.Problem problem = read.problem().orElseThrow();
    assertTrue(problem.message().startsWith("the YAML is malformed: while parsing a flow sequence: expected ',' or ']'"),
        problem.message());
    assertTrue(problem.line() >= 5, "line " + problem.line());
  }

  @Test
  void explainsATabUsedForIndentation() {
    UserYaml.Problem problem = UserYaml.read("kind: A\n\tname: x\n").problem().orElseThrow();
    assertEquals(2, problem.line());
    assertTrue(problem.message().contains("Do not use \\t(TAB) for indentation"), problem.message());
  }

  @Test
  void refusesADocumentThatIsNotAnObject() {
    UserYaml.Problem problem = UserYaml.read("- a\n- b\n").problem().orElseThrow();
    assertTrue(problem.message().contains("a list, not a Kubernetes object"), problem.message());
  }
}
