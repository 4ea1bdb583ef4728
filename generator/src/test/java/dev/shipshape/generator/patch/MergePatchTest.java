package dev.shipshape.generator.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 7386 (obsoleted by RFC 7396 with the same algorithm), Appendix A: every example. */
class MergePatchTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource(delimiter = '|', textBlock = """
      {"a":"b"}                     | {"a":"c"}                      | {"a":"c"}
      {"a":"b"}                     | {"b":"c"}                      | {"a":"b","b":"c"}
      {"a":"b"}                     | {"a":null}                     | {}
      {"a":"b","b":"c"}             | {"a":null}                     | {"b":"c"}
      {"a":["b"]}                   | {"a":"c"}                      | {"a":"c"}
      {"a":"c"}                     | {"a":["b"]}                    | {"a":["b"]}
      {"a":{"b":"c"}}               | {"a":{"b":"d","c":null}}       | {"a":{"b":"d"}}
      {"a":[{"b":"c"}]}             | {"a":[1]}                      | {"a":[1]}
      ["a","b"]                     | ["c","d"]                      | ["c","d"]
      {"a":"b"}                     | ["c"]                          | ["c"]
      {"a":"foo"}                   | null                           | null
      {"a":"foo"}                   | "bar"                          | "bar"
      {"e":null}                    | {"a":1}                        | {"e":null,"a":1}
      [1,2]                         | {"a":"b","c":null}             | {"a":"b"}
      {}                            | {"a":{"bb":{"ccc":null}}}      | {"a":{"bb":{}}}
      """)
  void appendixA(String target, String patch, String expected) throws Exception {
    JsonNode document = JSON.readTree(target);
    assertEquals(JSON.readTree(expected), MergePatch.apply(document, JSON.readTree(patch)));
  }

  @Test
  void changesListWhatIsSetAndRemoved() throws Exception {
    assertEquals(List.of("sets /spec/minReadySeconds", "removes /spec/paused", "sets /metadata/labels/a~1b"),
        MergePatch.changes(JSON.readTree("{\"spec\": {\"minReadySeconds\": 10, \"paused\": null},"
            + " \"metadata\": {\"labels\": {\"a/b\": \"c\"}}}")));
  }
}
