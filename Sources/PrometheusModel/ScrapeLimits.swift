/// The per-scrape limits a scrape config sets, and `global` sets for every job from 2.45; 0 means no limit.
package struct ScrapeLimits: Hashable, Sendable {
  /// `body_size_limit`.
  package var bodySizeLimit = ByteSize(bytes: 0)
  /// `sample_limit`.
  package var sampleLimit: UInt64 = 0
  /// `target_limit`.
  package var targetLimit: UInt64 = 0
  /// `label_limit`.
  package var labelLimit: UInt64 = 0
  /// `label_name_length_limit`.
  package var labelNameLengthLimit: UInt64 = 0
  /// `label_value_length_limit`.
  package var labelValueLengthLimit: UInt64 = 0
  /// `keep_dropped_targets`.
  package var keepDroppedTargets: UInt64 = 0

  /// No limits.
  package init() {}

  /// These limits with every zero replaced by the value in `defaults`, as a job inherits global limits.
  package func inheriting(_ defaults: ScrapeLimits) -> ScrapeLimits {
    var result = self
    if result.bodySizeLimit.bytes == 0 { result.bodySizeLimit = defaults.bodySizeLimit }
    if result.sampleLimit == 0 { result.sampleLimit = defaults.sampleLimit }
    if result.targetLimit == 0 { result.targetLimit = defaults.targetLimit }
    if result.labelLimit == 0 { result.labelLimit = defaults.labelLimit }
    if result.labelNameLengthLimit == 0 { result.labelNameLengthLimit = defaults.labelNameLengthLimit }
    if result.labelValueLengthLimit == 0 { result.labelValueLengthLimit = defaults.labelValueLengthLimit }
    if result.keepDroppedTargets == 0 { result.keepDroppedTargets = defaults.keepDroppedTargets }
    return result
  }
}
