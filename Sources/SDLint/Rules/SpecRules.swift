import SDCore
import SDYAML
import SDRender

/// The `spec/*` rules: what is checked in an sdgen spec itself.
package enum SpecRules {
  /// Every `spec/*` rule, in documentation order.
  package static let all: [any LintRule] = [
    SpecUnknownKeyRule(), SpecInvalidValueRule(), SpecMissingKeyRule(), SpecConflictingKeysRule(),
    SpecDuplicateJobRule(), SpecUnknownZoneRule(), SpecUnknownRegionRule(), SpecZoneInRegionRule(),
    SpecUnknownProjectRule(), SpecRedundantOverrideRule(), SpecUnknownTemplateRule(), SpecUnusedTemplateRule(),
    SpecMissingParameterRule(), SpecUnknownParameterRule(), SpecUnusedParameterRule(), SpecTemplateCycleRule(), SpecTemplateExpansionRule(),
    SpecIgnoredSectionRule(),
  ]

  /// The start of the spec the template-use examples share: a template with one string parameter and a
  /// job whose relabel list goes on with the use.
  static let keepEnvTemplateSpec = """
    templates:
      keep-env:
        parameters: {env: string}
        rules:
          - source_labels: [__meta_gce_label_env]
            regex: '{{env}}'
            action: keep
    jobs:
      node:
        project: ml-platform-a
        zones: [us-east1-b]
        relabel_configs:

    """
}
