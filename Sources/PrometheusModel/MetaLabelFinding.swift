/// Why a `__meta_*` label a relabel rule reads can never be set for its job, and what was probably meant.
package struct MetaLabelFinding: Hashable, Sendable {
  /// The clause of the message: "EC2 discovery never sets '__meta_ec2_tags_env'".
  package let problem: String
  /// The label probably meant, if one is close.
  package let suggestion: String?
  /// What to do, when there is more to say than the suggestion.
  package let help: String?
}
