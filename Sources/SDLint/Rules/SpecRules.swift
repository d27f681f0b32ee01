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
}
