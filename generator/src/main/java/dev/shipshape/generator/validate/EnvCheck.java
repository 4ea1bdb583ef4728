package dev.shipshape.generator.validate;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.ConfigMapRef;
import dev.shipshape.dsl.EnvValue;
import dev.shipshape.dsl.EnvVar;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Rule;
import dev.shipshape.generator.syntax.Names;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Environment variables: valid unique names, valid references, and no secrets in plain text. */
final class EnvCheck implements Check {

  static final Rule NAME = Rule.error("ENV-NAME", "an environment variable name is invalid");
  static final Rule DUPLICATE = Rule.error("ENV-DUPLICATE", "an environment variable is set twice");
  static final Rule LITERAL_SECRET =
      Rule.error("ENV-LITERAL-SECRET", "a secret-looking variable has a literal value");
  static final Rule REFERENCE = Rule.error("ENV-REFERENCE", "a Secret or ConfigMap reference is invalid");

  private static final Pattern SECRET_WORDS = Pattern.compile(
      "(^|[_.-])(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|KEY|PRIVATE_?KEY|CREDENTIALS?)($|[_.-])");

  @Override
  public List<Rule> rules() {
    return List.of(NAME, DUPLICATE, LITERAL_SECRET, REFERENCE);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    for (App app : stack.apps()) {
      Set<String> seen = new HashSet<>();
      for (EnvVar variable : app.env()) {
        Where where = Where.app(stack, app, "env/" + variable.name()).at(variable.source());
        if (!Names.isEnvVarName(variable.name())) {
          findings.report(NAME, where, "'" + variable.name() + "' is not a valid variable name",
              "use letters, digits, '_', '-' and '.', not starting with a digit, e.g. 'LOG_LEVEL'");
        }
        if (!seen.add(variable.name())) {
          findings.report(DUPLICATE, where, "'" + variable.name()
              + "' is set more than once; only the last value would count", "set each variable once");
        }
        checkValue(variable, where, findings);
      }
    }
  }

  private static void checkValue(EnvVar variable, Where where, Findings findings) {
    EnvValue value = variable.value();
    if (value instanceof EnvValue.Literal literal && looksSecret(variable.name())
        && !literal.value().isEmpty()) {
      findings.report(LITERAL_SECRET, where, "'" + variable.name()
              + "' looks like a credential but its value is written into the manifest in plain text",
          "keep it in a Secret and reference it: .env(\"" + variable.name()
              + "\", SecretRef.of(\"<secret-name>\", \"<key>\"))");
    } else if (value instanceof SecretRef ref) {
      checkReference("Secret", ref.name(), ref.key(), where, findings);
    } else if (value instanceof ConfigMapRef ref) {
      checkReference("ConfigMap", ref.name(), ref.key(), where, findings);
    }
  }

  private static void checkReference(String kind, String name, String key, Where where, Findings findings) {
    if (!Names.isDns1123Subdomain(name)) {
      findings.report(REFERENCE, where, kind + " name '" + name + "' is not a valid object name",
          "use lowercase letters, digits, '-' and '.', e.g. 'db-credentials'");
    }
    if (!Names.isConfigKey(key)) {
      findings.report(REFERENCE, where, kind + " key '" + key + "' is not a valid key",
          "use letters, digits, '-', '_' and '.', e.g. 'password'");
    }
  }

  static boolean looksSecret(String name) {
    return SECRET_WORDS.matcher(name.toUpperCase(Locale.ROOT)).find();
  }
}
