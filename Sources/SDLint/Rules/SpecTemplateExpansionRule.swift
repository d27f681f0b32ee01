import SDCore
import SDYAML
import SDRender

/// `spec/template-expansion`: templates that use each other so often that the rules would not fit in memory.
package struct SpecTemplateExpansionRule: SpecReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .specTemplateExpansion,
    summary: "Templates expand one relabel list past 10 000 rules, or the spec past 200 000.",
    rationale: """
      Templates that each use the next one twice double at every level, so a small spec can stand for billions of \
      rules; expansion stops at the bound with one error that names the chain, as the YAML layer does for aliases.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      templates:
        t0: [{use: t1}, {use: t1}]
        t1: [{use: t2}, {use: t2}]
        t2: [{use: t3}, {use: t3}]
        t3: [{use: t4}, {use: t4}]
        t4: [{use: t5}, {use: t5}]
        t5: [{use: t6}, {use: t6}]
        t6: [{use: t7}, {use: t7}]
        t7: [{use: t8}, {use: t8}]
        t8: [{use: t9}, {use: t9}]
        t9: [{use: t10}, {use: t10}]
        t10: [{use: t11}, {use: t11}]
        t11: [{use: t12}, {use: t12}]
        t12: [{use: t13}, {use: t13}]
        t13: [{use: t14}, {use: t14}]
        t14: [{target_label: a, replacement: b}]
      jobs:
        node:
          project: ml-platform-a
          zones: [us-east1-b]
          relabel_configs: [{use: ↓t0}]
      """),
    .clean(
      """
      templates:
        t0: [{use: t1}, {use: t1}]
        t1: [{target_label: a, replacement: b}]
      jobs:
        node:
          project: ml-platform-a
          zones: [us-east1-b]
          relabel_configs: [{use: t0}]
      """),
  ]
}
