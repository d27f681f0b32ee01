import SDYAML

/// One scalar value written in a `gce_sd_configs` entry: its node and where its decoded entry is in
/// `GCEValues.entries`.
struct GCEValue: Sendable {
  /// The index of the decoded entry in `GCEValues.entries`.
  let entry: Int
  /// The scalar node of the value (possibly null).
  let node: YAMLNode.ID
}
