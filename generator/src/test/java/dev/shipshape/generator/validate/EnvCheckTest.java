package dev.shipshape.generator.validate;

import static dev.shipshape.generator.validate.Fixtures.app;
import static dev.shipshape.generator.validate.Fixtures.assertIds;
import static dev.shipshape.generator.validate.Fixtures.only;
import static dev.shipshape.generator.validate.Fixtures.stack;
import static dev.shipshape.generator.validate.Fixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shipshape.dsl.ConfigMapRef;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.SourceLocation;
import dev.shipshape.generator.diagnostics.Diagnostic;
import dev.shipshape.generator.diagnostics.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Environment variables: no credentials in plain text, valid names and references. */
class EnvCheckTest {

  @Test
  void literalPasswordIsAnErrorPointingAtSecretRef() {
    Diagnostic d = only(validate(stack(app("api").env("DB_PASSWORD", "root123"))), "ENV-LITERAL-SECRET");
    assertEquals(Severity.ERROR, d.severity());
    assertEquals("shop/api/env/DB_PASSWORD", d.path());
    assertEquals("'DB_PASSWORD' looks like a credential but its value is written into the manifest in "
        + "plain text", d.message());
    assertTrue(d.hint().contains("SecretRef"), d.hint());
    assertEquals("keep it in a Secret and reference it: "
        + ".env(\"DB_PASSWORD\", SecretRef.of(\"<secret-name>\", \"<key>\"))", d.hint());
  }

  @ParameterizedTest(name = "{0} looks like a secret")
  @ValueSource(strings = {"DB_PASSWORD", "db_password", "PASSWORD", "API_KEY", "APIKEY", "GITHUB_TOKEN",
      "JWT_SECRET", "AWS_SECRET_ACCESS_KEY", "PRIVATE_KEY", "SERVICE_CREDENTIALS", "smtp.passwd"})
  void secretLookingNamesWithLiteralsAreReported(String name) {
    assertIds(validate(stack(app("api").env(name, "s3cr3t"))), "ENV-LITERAL-SECRET");
  }

  @ParameterizedTest(name = "{0} does not look like a secret")
  @ValueSource(strings = {"LOG_LEVEL", "KEYCLOAK_URL", "MONKEY_MODE", "TOKENIZER", "SECRETARY_EMAIL"})
  void ordinaryNamesWithLiteralsAreFine(String name) {
    assertIds(validate(stack(app("api").env(name, "value"))));
  }

  @Test
  void secretsFromSecretRefsAndEmptyLiteralsAreFine() {
    assertIds(validate(stack(app("api")
        .env("DB_PASSWORD", SecretRef.of("db-credentials", "password"))
        .env("API_TOKEN", "")
        .env("FEATURES", ConfigMapRef.of("web-config", "features.json")))));
  }

  @Test
  void invalidReferencesAreReportedByPart() {
    Diagnostic name = only(validate(stack(app("api").env("DB_PASSWORD", SecretRef.of("DB_Creds", "password")))),
        "ENV-REFERENCE");
    assertEquals("Secret name 'DB_Creds' is not a valid object name", name.message());
    Diagnostic key = only(validate(stack(app("api").env("FEATURES", ConfigMapRef.of("web-config", "a/b")))),
        "ENV-REFERENCE");
    assertEquals("ConfigMap key 'a/b' is not a valid key", key.message());
  }

  @Test
  void duplicateAndInvalidNames() {
    Diagnostic duplicate = only(validate(stack(app("api").env("LOG_LEVEL", "info").env("LOG_LEVEL", "debug"))),
        "ENV-DUPLICATE");
    assertEquals("'LOG_LEVEL' is set more than once; only the last value would count", duplicate.message());
    Diagnostic invalid = only(validate(stack(app("api").env("1ST", "x"))), "ENV-NAME");
    assertEquals("'1ST' is not a valid variable name", invalid.message());
  }

  @Test
  void findingsPointAtTheLineOfTheEnvCall() {
    int line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
    Diagnostic d = only(validate(stack(app("api").env("DB_PASSWORD", "root123"))), "ENV-LITERAL-SECRET");
    assertEquals(Optional.of(new SourceLocation("EnvCheckTest.java", line)), d.source());
  }

  @Test
  void secretDetectionIgnoresCase() {
    assertTrue(EnvCheck.looksSecret("db_password"));
    assertTrue(EnvCheck.looksSecret("Stripe-Api-Key"));
    assertFalse(EnvCheck.looksSecret("passwordless_login_enabled"));
  }
}
