import SDCore
import SDYAML
import SDRender

/// `spec/invalid-value`: a spec value has the wrong shape: a mapping where a list is expected, a parameter of the wrong kind, ….
package struct SpecInvalidValueRule: SpecReportedRule {
  package init() {}

  package let info = RuleInfo(
    id: .specInvalidValue,
    summary: "A spec value has the wrong shape: a mapping where a list is expected, a parameter of the wrong kind, ….",
    rationale: """
      sdgen cannot render a value of the wrong shape into something Prometheus reads the way the spec means it, \
      so rendering stops and points at the value.
      """,
    defaultSeverity: .error)

  package let examples: [RuleExample] = [
    .flagged(
      """
      jobs:
        node:
          project: ml-platform-a
          zones: ↓{east: us-east1-b}
      """),
    .clean(
      """
      jobs:
        node:
          project: ml-platform-a
          zones: [us-east1-b]
      """),
  ]
}
