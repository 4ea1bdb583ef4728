package dev.shipshape.generator.validate;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Port;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Rule;
import dev.shipshape.generator.syntax.Names;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Container ports: numbers in range, IANA names, no duplicates. */
final class PortCheck implements Check {

  static final Rule RANGE = Rule.error("PORT-RANGE", "a port number lies outside 1-65535");
  static final Rule NAME = Rule.error("PORT-NAME", "a port name is not an IANA service name");
  static final Rule DUPLICATE = Rule.error("PORT-DUPLICATE", "a port name or number is declared twice");

  @Override
  public List<Rule> rules() {
    return List.of(RANGE, NAME, DUPLICATE);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    for (App app : stack.apps()) {
      Set<String> names = new HashSet<>();
      Set<String> numbers = new HashSet<>();
      for (Port port : app.ports()) {
        Where where = Where.app(stack, app, "ports/" + port.name());
        if (port.number() < 1 || port.number() > 65535) {
          findings.report(RANGE, where, "port " + port.number() + " is outside 1-65535",
              "use the port the container listens on, between 1 and 65535");
        }
        if (!Names.isIanaServiceName(port.name())) {
          findings.report(NAME, where, "port name '" + port.name()
                  + "' is not an IANA service name",
              "use at most 15 lowercase letters, digits and '-', with at least one letter, e.g. 'http'");
        }
        if (!names.add(port.name())) {
          findings.report(DUPLICATE, where, "port name '" + port.name() + "' is declared twice",
              "name each port after its protocol, e.g. .port(\"http\", 8080).port(\"metrics\", 9090)");
        }
        if (!numbers.add(port.number() + "/" + port.protocol())) {
          findings.report(DUPLICATE, where, "port " + port.number() + "/" + port.protocol()
              + " is declared twice", "declare each container port once");
        }
      }
    }
  }
}
