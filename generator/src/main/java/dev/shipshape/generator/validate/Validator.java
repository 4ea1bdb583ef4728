package dev.shipshape.generator.validate;

import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Diagnostics;
import dev.shipshape.generator.diagnostics.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
        new SnapshotCheck(), new IngressCheck(), new TlsCheck(), new TrafficCheck(), new MeshCheck());
    Set<String> domainRuleIds = domainChecks.stream().flatMap(c -> c.rules().stream())
        .map(Rule::id).collect(Collectors.toUnmodifiableSet());
    Set<String> mandatoryRuleIds = domainChecks.stream().flatMap(c -> c.rules().stream())
        .filter(rule -> !rule.suppressible()).map(Rule::id).collect(Collectors.toUnmodifiableSet());
    List<Check> all = new ArrayList<>(domainChecks);
    all.add(new SuppressionCheck(domainRuleIds, mandatoryRuleIds));
    this.checks = List.copyOf(all);
    this.catalogue = checks.stream().flatMap(c -> c.rules().stream()).toList();
  }

  /** Every rule this validator knows, in the order the checks run. */
  public List<Rule> rules() {
    return catalogue;
  }

  /** All findings for {@code stack}, suppressed ones left out. */
  public Diagnostics validate(Stack stack) {
    Findings findings = new Findings(stack);
    checks.forEach(check -> check.check(stack, findings));
    return new Diagnostics(findings.all());
  }
}
