package dev.shipshape.generator.validate;

import dev.shipshape.dsl.Environment;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Diagnostic;
import dev.shipshape.generator.diagnostics.Diagnostics;
import dev.shipshape.generator.diagnostics.Rule;
import dev.shipshape.generator.hatch.HatchRules;
import dev.shipshape.generator.patch.PatchRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks a whole stack before anything is rendered and reports every problem at once.
 *
 * <pre>{@code
 * Diagnostics found = new Validator().validate(stack);
 * System.out.print(found.report());
 * }</pre>
 *
 * <p>Stateless and safe to share between threads.
 */
public final class Validator {

  private final List<Check> checks;
  private final List<Rule> catalogue;

  /** A validator with every built-in rule. */
  public Validator() {
    List<Check> domainChecks = List.of(new NameCheck(), new ImageCheck(), new PortCheck(),
        new ServiceCheck(), new ExternalNameCheck(), new ResourceCheck(), new EnvCheck(),
        new ProbeCheck(), new ReplicaCheck(), new PracticeScopeCheck(), new MetadataCheck(),
        new StatefulSetCheck(), new VolumeCheck(), new ClaimCheck(), new StorageClassCheck(),
        new SnapshotCheck(), new IngressCheck(), new TlsCheck(), new TrafficCheck(),
        new EnvironmentCheck(), new ProductionCheck(), new BackupScheduleCheck(),
        new BackupLocationCheck(), new BackupHookCheck(), new MeshCheck(), new HelmChartCheck(), new PeerCheck(),
        new PatchCheck());
    // The rules of the transforms (the escape hatches) can be named in suppressions too.
    List<Rule> suppressionTargets = Stream.of(domainChecks.stream().flatMap(c -> c.rules().stream()),
        HatchRules.all().stream(), PatchRules.all().stream()).flatMap(rules -> rules).toList();
    Set<String> domainRuleIds = suppressionTargets.stream().map(Rule::id).collect(Collectors.toUnmodifiableSet());
    Set<String> mandatoryRuleIds = suppressionTargets.stream().filter(rule -> !rule.suppressible()).map(Rule::id)
        .collect(Collectors.toUnmodifiableSet());
    List<Check> all = new ArrayList<>(domainChecks);
    all.add(new SuppressionCheck(domainRuleIds, mandatoryRuleIds));
    this.checks = List.copyOf(all);
    this.catalogue = checks.stream().flatMap(c -> c.rules().stream()).toList();
    Set<String> ids = new HashSet<>();
    catalogue.stream().filter(rule -> !ids.add(rule.id())).findFirst().ifPresent(rule -> {
      throw new IllegalStateException("two rules share the id " + rule.id());
    });
  }

  /** Every rule this validator knows, in the order the checks run. */
  public List<Rule> rules() {
    return catalogue;
  }

  /**
   * All findings for {@code stack} and every environment it declares, suppressed ones left out.
   * See {@link #validate(Stack, Collection)}.
   */
  public Diagnostics validate(Stack stack) {
    return validate(stack, stack.environments());
  }

  /**
   * All findings for {@code stack} as declared (it is the base every environment starts from) and
   * for each of {@code environments} as deployed. A finding of an environment that the declared
   * stack has too is reported once; others carry the environment in their path
   * ({@code shop@prod/api/replicas}).
   */
  public Diagnostics validate(Stack stack, Collection<Environment> environments) {
    List<Diagnostic> base = findingsOf(stack);
    List<Diagnostic> all = new ArrayList<>(base);
    for (Environment environment : environments) {
      for (Diagnostic finding : findingsOf(stack.forEnvironment(environment))) {
        if (!base.contains(finding)) {
          all.add(inEnvironment(stack, environment, finding));
        }
      }
    }
    return new Diagnostics(all);
  }

  private List<Diagnostic> findingsOf(Stack stack) {
    Findings findings = new Findings(stack);
    checks.forEach(check -> check.check(stack, findings));
    return findings.all();
  }

  private static Diagnostic inEnvironment(Stack stack, Environment environment, Diagnostic finding) {
    String path = finding.path().startsWith(stack.name() + "/")
        ? stack.name() + "@" + environment.name() + finding.path().substring(stack.name().length())
        : finding.path();
    return new Diagnostic(finding.rule(), path, finding.message(), finding.hint(), finding.source());
  }
}
