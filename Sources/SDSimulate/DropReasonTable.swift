/// The distinct reasons of a simulation's drops, each kept once: a fleet's drops share a few reasons (the
/// job's filter, the zones it does not list).
struct DropReasonTable {
  /// The reasons, in the order first seen.
  private(set) var reasons: [TargetDropReason] = []
  private var indexes: [TargetDropReason: Int32] = [:]

  /// The index of `reason` in `reasons`, added when new.
  mutating func index(of reason: TargetDropReason) -> Int32 {
    if let index = indexes[reason] { return index }
    let index = Int32(reasons.count)
    reasons.append(reason)
    indexes[reason] = index
    return index
  }
}
