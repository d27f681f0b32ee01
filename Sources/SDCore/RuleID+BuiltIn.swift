// Every id of a rule sdgen ships, declared once; rules, the parser and decoder, suppressions,
// configuration, the rules command and the docs pages all name rules through these constants.
extension RuleID {
  /// `yaml/syntax`: The file is not valid YAML.
  public static let yamlSyntax = RuleID("yaml/syntax")
  /// `yaml/encoding`: The file is not valid UTF-8 text or contains a forbidden control character.
  public static let yamlEncoding = RuleID("yaml/encoding")
  /// `yaml/limits`: The document nests too deeply or expands through aliases to an enormous size.
  public static let yamlLimits = RuleID("yaml/limits")
  /// `yaml/duplicate-key`: A key appears more than once in the same mapping.
  public static let yamlDuplicateKey = RuleID("yaml/duplicate-key")
  /// `yaml/second-document`: The file holds more than one YAML document; Prometheus reads only the first.
  public static let yamlSecondDocument = RuleID("yaml/second-document")
  /// `yaml/tabs`: A tab character is used as whitespace outside a string.
  public static let yamlTabs = RuleID("yaml/tabs")
  /// `yaml/indentation`: A key is indented so that it lands outside the block it belongs to.
  public static let yamlIndentation = RuleID("yaml/indentation")
  /// `yaml/indentation-style`: Sibling blocks are indented by different amounts (opt-in).
  public static let yamlIndentationStyle = RuleID("yaml/indentation-style")
  /// `schema/unknown-key`: A key is not one Prometheus knows in this block.
  public static let schemaUnknownKey = RuleID("schema/unknown-key")
  /// `schema/misplaced-key`: A key belongs to another block than the one it is written in.
  public static let schemaMisplacedKey = RuleID("schema/misplaced-key")
  /// `schema/version`: A key needs a newer Prometheus than the targeted version.
  public static let schemaVersion = RuleID("schema/version")
  /// `schema/type`: A value has the wrong type or syntax for its key.
  public static let schemaType = RuleID("schema/type")
  /// `schema/required`: A required value (job_name, a GCE project or zone, a Kubernetes role, …) is missing or empty.
  public static let schemaRequired = RuleID("schema/required")
  /// `schema/conflicting-keys`: Two settings exclude each other (bearer_token and bearer_token_file, basic_auth and oauth2, …).
  public static let schemaConflictingKeys = RuleID("schema/conflicting-keys")
  /// `schema/duplicate-job`: A job name is used by more than one scrape config.
  public static let schemaDuplicateJob = RuleID("schema/duplicate-job")
  /// `schema/timeout-above-interval`: A scrape timeout is longer than the scrape interval it applies to.
  public static let schemaTimeoutAboveInterval = RuleID("schema/timeout-above-interval")
  /// `schema/null-value`: A key with no value silently zeroes a setting whose default is not zero.
  public static let schemaNullValue = RuleID("schema/null-value")
  /// `schema/top-level`: The document is a list or a scalar instead of a mapping of sections.
  public static let schemaTopLevel = RuleID("schema/top-level")
  /// `schema/fragment`: The file is a bare list of scrape configs, linted as the scrape_configs of a prometheus.yml.
  public static let schemaFragment = RuleID("schema/fragment")
  /// `schema/missing-include`: A scrape_config_files entry names a file that does not exist or cannot be read.
  public static let schemaMissingInclude = RuleID("schema/missing-include")
  /// `gce/unknown-zone`: A gce_sd_configs zone does not exist, is a region, URL or list, or is retired or restricted.
  public static let gceUnknownZone = RuleID("gce/unknown-zone")
  /// `gce/project-id`: A gce_sd_configs project is not a well-formed Google Cloud project id.
  public static let gceProjectID = RuleID("gce/project-id")
  /// `gce/project-typo`: A gce_sd_configs project is one or two edits away from another project id in the file.
  public static let gceProjectTypo = RuleID("gce/project-typo")
  /// `gce/port`: A gce_sd_configs port is outside 1-65535 or is a number Prometheus reads differently.
  public static let gcePort = RuleID("gce/port")
  /// `gce/refresh-interval`: A gce_sd_configs refresh_interval is zero or shorter than one second.
  public static let gceRefreshInterval = RuleID("gce/refresh-interval")
  /// `gce/filter-syntax`: A gce_sd_configs filter does not parse as a Compute API filter.
  public static let gceFilterSyntax = RuleID("gce/filter-syntax")
  /// `gce/gcloud-syntax`: A gce_sd_configs filter is written in gcloud --filter syntax instead of the Compute API's.
  public static let gceGcloudSyntax = RuleID("gce/gcloud-syntax")
  /// `gce/filter-dialect`: A gce_sd_configs filter mixes the regex (eq/ne) dialect with AND/OR or with AIP operators.
  public static let gceFilterDialect = RuleID("gce/filter-dialect")
  /// `gce/filter-field`: A gce_sd_configs filter names an unknown instance field or a repeated field.
  public static let gceFilterField = RuleID("gce/filter-field")
  /// `gce/filter-value`: A gce_sd_configs filter compares an enum field with a value it never takes.
  public static let gceFilterValue = RuleID("gce/filter-value")
  /// `gce/filter-label-key`: A gce_sd_configs filter names a label key with upper-case letters.
  public static let gceFilterLabelKey = RuleID("gce/filter-label-key")
  /// `gce/filter-url-field`: A gce_sd_configs filter compares a URL-valued field with a short name.
  public static let gceFilterURLField = RuleID("gce/filter-url-field")
  /// `gce/no-status-filter`: A gce_sd_configs entry has no status condition, so stopped instances become targets.
  public static let gceNoStatusFilter = RuleID("gce/no-status-filter")
  /// `relabel/invalid`: A relabel rule breaks one of Prometheus's relabel_config validation rules.
  public static let relabelInvalid = RuleID("relabel/invalid")
  /// `relabel/regex`: A relabel regex is not valid RE2 syntax, as Go's regexp package reads it.
  public static let relabelRegex = RuleID("relabel/regex")
  /// `relabel/ambiguous-reference`: A `$1_suffix` reference in replacement or target_label that Go reads as the group `1_suffix`.
  public static let relabelAmbiguousReference = RuleID("relabel/ambiguous-reference")
  /// `relabel/unknown-meta-label`: A source label names a `__meta_*` label that no discovery mechanism of the job ever sets.
  public static let relabelUnknownMetaLabel = RuleID("relabel/unknown-meta-label")
  /// `relabel/never-matches`: A relabel regex can never match the values of its GCE source label, or a drop matches everything.
  public static let relabelNeverMatches = RuleID("relabel/never-matches")
  /// `relabel/repeated-block`: A job repeats, rule for rule, the relabel_configs (or metric_relabel_configs) of an earlier job.
  public static let relabelRepeatedBlock = RuleID("relabel/repeated-block")
  /// `relabel/unguarded-public-ip`: `__address__` is rewritten from `__meta_gce_public_ip` even for instances without an external IP.
  public static let relabelUnguardedPublicIP = RuleID("relabel/unguarded-public-ip")
  /// `relabel/metadata-labelmap`: A labelmap copies every __meta_gce_metadata_* label, startup scripts and ssh keys included.
  public static let relabelMetadataLabelmap = RuleID("relabel/metadata-labelmap")
  /// `relabel/unguarded-scrape-setting`: `__metrics_path__` or `__scheme__` is set from a label without a `(.+)` guard.
  public static let relabelUnguardedScrapeSetting = RuleID("relabel/unguarded-scrape-setting")
  /// `spec/unknown-key`: A spec, job, template or relabel rule has a key sdgen does not know.
  public static let specUnknownKey = RuleID("spec/unknown-key")
  /// `spec/invalid-value`: A spec value has the wrong shape: a mapping where a list is expected, a parameter of the wrong kind, ….
  public static let specInvalidValue = RuleID("spec/invalid-value")
  /// `spec/missing-key`: A job lacks a key it needs: a project for GCE discovery, zones for discovery settings, a `job_name` in a list.
  public static let specMissingKey = RuleID("spec/missing-key")
  /// `spec/conflicting-keys`: A job sets two keys that cannot be used together, such as `gce_sd_configs` and `zones`.
  public static let specConflictingKeys = RuleID("spec/conflicting-keys")
  /// `spec/duplicate-job`: Two jobs of a spec, or a spec job and a job of the `--base` file, have the same name.
  public static let specDuplicateJob = RuleID("spec/duplicate-job")
  /// `spec/unknown-zone`: A spec lists a zone that is not a current Compute Engine zone.
  public static let specUnknownZone = RuleID("spec/unknown-zone")
  /// `spec/unknown-region`: A spec lists a region that is not a Compute Engine region.
  public static let specUnknownRegion = RuleID("spec/unknown-region")
  /// `spec/zone-in-region`: A job lists a zone under `zones` and also its region under `regions`.
  public static let specZoneInRegion = RuleID("spec/zone-in-region")
  /// `spec/unknown-project`: A job discovers in a project that is not listed under `known_projects` in `.sdgen.yml`.
  public static let specUnknownProject = RuleID("spec/unknown-project")
  /// `spec/redundant-override`: A job sets a key to the same value `defaults` already gives it.
  public static let specRedundantOverride = RuleID("spec/redundant-override")
  /// `spec/unknown-template`: A `use:` names a template that neither the spec nor sdgen ships.
  public static let specUnknownTemplate = RuleID("spec/unknown-template")
  /// `spec/unused-template`: A template defined in the spec is used by no job, neither directly nor through another template.
  public static let specUnusedTemplate = RuleID("spec/unused-template")
  /// `spec/missing-parameter`: A template is used without a value for a parameter that has no default.
  public static let specMissingParameter = RuleID("spec/missing-parameter")
  /// `spec/unknown-parameter`: A `with:` argument or `{{name}}` reference names a parameter the template does not declare.
  public static let specUnknownParameter = RuleID("spec/unknown-parameter")
  /// `spec/unused-parameter`: A template declares a parameter that none of its rules references.
  public static let specUnusedParameter = RuleID("spec/unused-parameter")
  /// `spec/template-cycle`: Templates use each other in a loop.
  public static let specTemplateCycle = RuleID("spec/template-cycle")
  /// `spec/template-expansion`: Templates expand one relabel list past 10 000 rules, or the spec past 200 000.
  public static let specTemplateExpansion = RuleID("spec/template-expansion")
  /// `spec/ignored-section`: With `render --base`, a Prometheus section written in the spec is not used.
  public static let specIgnoredSection = RuleID("spec/ignored-section")
  /// `lint/directive`: An sdgen:ignore comment names no rule or a rule that does not exist.
  public static let lintDirective = RuleID("lint/directive")
  /// `lint/templated`: The file is an unrendered template; values holding a placeholder are not checked.
  public static let lintTemplated = RuleID("lint/templated")
  /// `import/not-exact`: `sdgen import` could not express a job exactly in a spec.
  public static let importNotExact = RuleID("import/not-exact")
  /// `test/format`: an `sdgen test` file that is not written as the test format expects.
  public static let testFormat = RuleID("test/format")
}
