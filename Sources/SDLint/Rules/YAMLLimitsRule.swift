import SDCore
import SDYAML

/// `yaml/limits`: nesting or alias expansion beyond what any real configuration needs.
package struct YAMLLimitsRule: ReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .yamlLimits,
    summary: "The document nests too deeply or expands through aliases to an enormous size.",
    rationale: """
      A few lines of nested aliases can stand for billions of nodes (an alias bomb); Prometheus refuses \
      such documents as excessive aliasing. sdgen stops at 256 levels of nesting and at a million expanded \
      nodes so that linting stays fast and bounded on any input.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      a: &a [x, x, x, x, x, x, x, x, x, x]
      b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
      c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
      d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
      e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
      f: ↓&f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
      """),
    .clean(
      """
      x: &shared
        - source_labels: [__meta_gce_instance_name]
          target_label: instance
      """),
  ]
}
