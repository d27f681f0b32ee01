import SDCore
import SDYAML

/// The `__meta_*` labels of every discovery mechanism (data in `MetaLabelCatalogue+Data`), and the check
/// lint runs on each `__meta_*` name a relabel rule reads: can the discovery mechanisms of its job set it?
package enum MetaLabelCatalogue {
  /// The prefix of every discovery label.
  package static let metaPrefix = "__meta_"

  /// The mechanisms the role-based `aws_sd_configs` (3.8) stands for.
  static let awsRoles: [DiscoveryMechanism] = [.ec2, .ecs, .elasticache, .lightsail, .msk, .rds]

  /// The prefix every label of `mechanism` starts with: `__meta_ec2_`.
  package static func root(of mechanism: DiscoveryMechanism) -> String { metaPrefix + mechanism.rawValue + "_" }

  /// The labels `mechanism` sets: exact names, and prefixes ending in `_` that a key follows; nil when
  /// sdgen does not know them (the name is then not judged).
  package static func labels(of mechanism: DiscoveryMechanism) -> [String]? {
    if mechanism == .aws { return awsRoles.flatMap { labelsByMechanism[$0] ?? [] } }
    return labelsByMechanism[mechanism]
  }

  /// True when `mechanism` can set `name`.
  package static func produces(_ name: String, by mechanism: DiscoveryMechanism) -> Bool {
    guard let labels = labels(of: mechanism) else { return name.hasPrefix(root(of: mechanism)) }
    return labels.contains { $0.hasSuffix("_") ? name.count > $0.count && name.hasPrefix($0) : $0 == name }
  }

  /// The mechanism whose labels start like `name` (the longest root wins: `__meta_dockerswarm_` over none).
  package static func owner(of name: String) -> DiscoveryMechanism? {
    guard name.hasPrefix(metaPrefix) else { return nil }
    return DiscoveryMechanism.allCases.filter { $0 != .aws && name.hasPrefix(root(of: $0)) }
      .max { $0.rawValue.count < $1.rawValue.count }
  }

  /// What is wrong with reading `name` in a job with `discovery`; nil when the job can set it, or when
  /// the name is not a discovery label (nor a near miss of one).
  package static func finding(for name: String, in discovery: JobDiscovery) -> MetaLabelFinding? {
    if !name.hasPrefix(metaPrefix) {
      guard let corrected = correctedPrefix(name), owner(of: corrected) != nil else { return nil }
      return MetaLabelFinding(
        problem: "'\(name)' is never set, as discovery labels start with '__meta_' (two underscores)",
        suggestion: corrected, help: nil)
    }
    if discovery.servesArbitraryLabels { return nil }
    let used = discovery.mechanisms
    let owner = owner(of: name)
    if let owner, used.contains(where: { $0 == owner || ($0 == .aws && awsRoles.contains(owner)) }) {
      guard !produces(name, by: owner), let labels = labels(of: owner) else { return nil }
      return MetaLabelFinding(
        problem: "\(owner.key) never sets '\(name)'", suggestion: nearest(to: name, in: labels),
        help: nil)
    }
    let candidates = used.flatMap { labels(of: $0) ?? [] }
    let suggestion = nearest(to: name, in: candidates)
    let keys = used.map(\.key).joined(separator: ", ")
    let uses = used.isEmpty ? "this job has only static targets" : "this job uses only \(keys)"
    if let owner {
      return MetaLabelFinding(
        problem: "only \(owner.key) sets '\(name)', but \(uses)", suggestion: suggestion,
        help: suggestion == nil ? "read a label that \(used.isEmpty ? "the job's targets carry" : keys) sets" : nil)
    }
    return MetaLabelFinding(
      problem: "no discovery mechanism sets '\(name)'\(used.isEmpty ? "" : " (\(uses))")", suggestion: suggestion,
      help: nil)
  }

  /// True when `name` starts with underscores and `meta_` in any case: a discovery label or a near miss
  /// of one. A byte test, so lint can skip the other labels without hashing them.
  package static func mayConcern(_ name: String) -> Bool {
    let meta: [UInt8] = [0x6D, 0x65, 0x74, 0x61, 0x5F]  // "meta_"
    var underscores = 0
    var matched = 0
    for byte in name.utf8 {
      if matched == 0 && byte == 0x5F {
        underscores += 1
        continue
      }
      guard underscores > 0 else { return false }
      if matched == meta.count { return true }
      guard byte | 0x20 == meta[matched] | 0x20 else { return false }
      matched += 1
    }
    return false
  }


  /// `_meta_x`, `___meta_x`, `__meta__x`, `__META_x` → `__meta_x`; nil when the name is not such a near miss.
  package static func correctedPrefix(_ name: String) -> String? {
    let body = name.drop { $0 == "_" }
    guard body.count < name.count, body.lowercased().hasPrefix("meta_") else { return nil }
    let rest = body.dropFirst(5).drop { $0 == "_" }
    guard !rest.isEmpty else { return nil }
    let corrected = metaPrefix + rest
    return corrected == name ? nil : corrected
  }

  /// The label of `labels` nearest to `name`: an exact name within a few edits, or a prefix within two
  /// edits of the start of `name` followed by the rest of it (`__meta_ec2_tags_env` → `__meta_ec2_tag_env`).
  static func nearest(to name: String, in labels: [String]) -> String? {
    var best: (distance: Int, label: String)?
    for label in labels where label.hasSuffix("_") {
      for length in max(1, label.count - 2)...(label.count + 2) where length < name.count {
        let head = String(name.prefix(length))
        guard head.hasSuffix("_") else { continue }
        let distance = Suggestions.distance(head, label, limit: 2)
        guard distance <= 2, best.map({ distance < $0.distance }) ?? true else { continue }
        best = (distance, label + name.dropFirst(length))
      }
    }
    let exact = Suggestions.nearest(to: name, in: labels.filter { !$0.hasSuffix("_") }).first
    if let exact, Suggestions.distance(name, exact) <= (best?.distance ?? Int.max) { return exact }
    return best?.label ?? sameEnding(as: name, in: labels)
  }

  /// The shortest exact label that ends in the same words as `name` after its mechanism's root
  /// (`__meta_azure_name` → `__meta_azure_machine_name`).
  private static func sameEnding(as name: String, in labels: [String]) -> String? {
    guard let owner = owner(of: name) else { return nil }
    let tail = "_" + name.dropFirst(root(of: owner).count)
    guard tail.count > 1 else { return nil }
    return labels.filter { !$0.hasSuffix("_") && $0.hasSuffix(tail) }.min { $0.count < $1.count }
  }
}
