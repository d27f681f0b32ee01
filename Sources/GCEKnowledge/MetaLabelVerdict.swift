/// Whether GCE service discovery can produce a label that a relabel rule reads.
package enum MetaLabelVerdict: Hashable, Sendable {
  /// Not a `__meta_gce_*` name (nor a near miss of one): GCE discovery has nothing to say about it.
  case notGCE
  /// Produced for every discovered instance.
  case produced
  /// Produced only for instances that have the thing it describes; `reason` says what.
  case producedIfPresent(reason: String)
  /// Never produced; `reason` is one sentence saying why and what to write instead.
  case neverProduced(reason: String, suggestion: String?)
}
