/// Rule ids of the problems sdgen reports in a spec (`sdgen.yml`) and its templates.
package enum SpecRuleID {
  /// A key the spec format does not know, with the valid keys and a suggestion.
  package static let unknownKey = "spec/unknown-key"
  /// A value of the wrong shape or kind (a list where a string is expected, …).
  package static let invalidValue = "spec/invalid-value"
  /// A required key is missing (a GCE job without a project, a list-form job without job_name).
  package static let missingKey = "spec/missing-key"
  /// Two keys that cannot be used together.
  package static let conflictingKeys = "spec/conflicting-keys"
  /// A `use:` naming a template that neither the spec nor sdgen ships.
  package static let unknownTemplate = "spec/unknown-template"
  /// A template used without a value for a parameter that has no default.
  package static let missingParameter = "spec/missing-parameter"
  /// A `with:` argument or `{{name}}` reference the template does not declare.
  package static let unknownParameter = "spec/unknown-parameter"
  /// A zone that is not a current Compute Engine zone.
  package static let unknownZone = "spec/unknown-zone"
  /// A region that is not a current Compute Engine region.
  package static let unknownRegion = "spec/unknown-region"
  /// Templates that use each other in a loop.
  package static let templateCycle = "spec/template-cycle"
  /// Templates that use each other so many times that the relabel rules would not fit in memory.
  package static let templateExpansion = "spec/template-expansion"
  /// A Prometheus section of the spec that `--base` does not use (the base file's sections are kept).
  package static let ignoredSection = "spec/ignored-section"
  /// Two jobs with the same name, in the spec or between the spec and the `--base` file.
  package static let duplicateJob = "spec/duplicate-job"
  /// A template the spec defines and nothing uses.
  package static let unusedTemplate = "spec/unused-template"
  /// A template parameter that the template's rules never reference.
  package static let unusedParameter = "spec/unused-parameter"
  /// A job setting a key to the value `defaults` already gives it.
  package static let redundantOverride = "spec/redundant-override"
  /// A zone listed in a job that also lists the zone's region.
  package static let zoneInRegion = "spec/zone-in-region"
  /// A project that is not among the `known_projects` of `.sdgen.yml`.
  package static let unknownProject = "spec/unknown-project"
}
