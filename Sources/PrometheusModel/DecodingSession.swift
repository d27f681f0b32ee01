import SDCore
import SDYAML

/// The state of one decode: the document, the target version and the findings so far.
/// Key handling lives here; values in `DecodingSession+Values`, blocks in the other extensions.
package struct DecodingSession {
  let document: YAMLDocument
  let version: PrometheusVersion
  let relabelValidation: RelabelValidation?
  package var diagnostics: [Diagnostic] = []
  /// The global metric-name schemes every job starts from.
  package var globalSchemes = NameSchemes()
  /// True once a conflict inherited from the global schemes was reported (it is reported once).
  var reportedGlobalSchemeConflict = false

  package init(document: YAMLDocument, version: PrometheusVersion, relabelValidation: RelabelValidation?) {
    self.document = document
    self.version = version
    self.relabelValidation = relabelValidation
  }

  // MARK: Reporting

  package mutating func report(
    _ rule: RuleID, _ message: String, at id: YAMLNode.ID, severity: Severity = .error,
    help: String? = nil, notes: [String] = [], fixes: [Fix] = []
  ) {
    diagnostics.append(
      Diagnostic(
        rule: rule, severity: severity, message: message, range: document[id].range, help: help, notes: notes,
        fixes: fixes))
  }

  /// Where to report something missing from a mapping: the value of `key` when written, else the
  /// mapping's first key (so the finding sits on the entry's first line), else the mapping.
  func place(of key: String, in nodes: MappingNodes) -> YAMLNode.ID? {
    if let value = nodes.valueNode(key) { return value }
    guard let mapping = nodes.node else { return nil }
    return document.pairView(mapping).first?.key ?? mapping
  }

  /// "Prometheus reports: …" as a note.
  package static func prometheusSays(_ text: String) -> String { "Prometheus reports: \(text)" }

  // MARK: Mappings and keys

  /// Reads the mapping at `id` as `block`: reports unknown, misplaced and too-new keys and nulls that
  /// zero a field, and returns the known keys; nil when the value is not a mapping (reported).
  mutating func mapping(_ id: YAMLNode.ID, _ block: SchemaBlock, key: String) -> MappingNodes? {
    let resolved = document.resolve(id)
    let kind = document[resolved].kind
    if kind == .scalar, (try? YAMLScalar.resolve(document[resolved])) == .null {
      return MappingNodes(node: resolved, entries: [])
    }
    guard kind == .mapping else {
      typeMismatch(resolved, key: key, kind: .block(block))
      return nil
    }
    let pairs = document.entries(of: resolved)
    let schema = Schema.table(block)
    var entries: [MappingNodes.Entry] = []
    entries.reserveCapacity(pairs.count)
    for index in pairs.indices {
      let pair = pairs[index]
      let keyID = document.resolve(pair.key)
      let name = document[keyID].value
      guard document[keyID].kind == .scalar, let position = schema.position(of: name) else {
        unknownKey(name, at: keyID, in: block, siblings: pairs)
        continue
      }
      guard schema.keys[position].isAvailable(in: version) else {
        unavailableKey(schema.keys[position], at: keyID, in: block)
        continue
      }
      if let effect = schema.keys[position].nullEffect, document.isNull(pair.value) {
        report(
          .schemaNullValue, "'\(name)' is null, which Prometheus reads as \(effect)",
          at: pair.value, severity: .warning, help: "remove '\(name)' to get the default, or write the value you mean")
      }
      entries.append(MappingNodes.Entry(name: name, key: keyID, value: pair.value))
    }
    return MappingNodes(node: resolved, entries: entries)
  }

  private mutating func unknownKey(
    _ name: String, at id: YAMLNode.ID, in block: SchemaBlock, siblings: YAMLEntries
  ) {
    let prometheus = Self.prometheusSays("field \(name) not found in type \(block.goType)")
    for other in block.misplacementCandidates {
      guard let key = Schema.key(name, in: other), key.isAvailable(in: version) else { continue }
      report(
        .schemaMisplacedKey, "'\(name)' is not a key of \(block.placement); it belongs inside \(other.placement)",
        at: id, help: moveHelp(name, into: other, in: block, siblings: siblings), notes: [prometheus])
      return
    }
    let valid = Schema.names(of: block, in: version)
    if case .discovery(let mechanism) = block, let help = DiscoverySchema.retiredKeyHelp(name, in: mechanism) {
      report(
        .schemaUnknownKey, "unknown key '\(name)' in \(block.placement)", at: id, help: help, notes: [prometheus])
      return
    }
    let near = Suggestions.nearest(to: name, in: valid)
    var fixes: [Fix] = []
    let node = document[id]
    if near.count == 1, node.kind == .scalar, node.style == .plain, node.tag == nil,
      !siblings.contains(where: { document[document.resolve($0.key)].value == near[0] }),
      !renamesEarlier(to: near[0], before: node.range.start, valid: valid, siblings: siblings)
    {
      fixes.append(
        Fix(
          title: "replace '\(name)' with '\(near[0])'", edits: [TextEdit(range: node.valueRange, replacement: near[0])],
          isSafe: true))
    }
    let help =
      near.isEmpty ? nil : "a key with a similar name exists: " + near.map { "'\($0)'" }.joined(separator: ", ")
    report(
      .schemaUnknownKey, "unknown key '\(name)' in \(block.placement)", at: id, help: help,
      notes: ["valid keys: " + valid.joined(separator: ", "), prometheus], fixes: fixes)
  }

  /// Whether an unknown key before `position` among `siblings` is fixed into `name` too, so that fixing
  /// this one as well would write the key twice: the first rename wins, the later ones are left alone.
  private func renamesEarlier(to name: String, before position: SourcePosition, valid: [String], siblings: YAMLEntries)
    -> Bool
  {
    siblings.contains { pair in
      let key = document[document.resolve(pair.key)]
      return key.range.start < position && !valid.contains(key.value)
        && Suggestions.nearest(to: key.value, in: valid) == [name]
    }
  }

  /// Where to move a misplaced key: into the sibling block of that kind when one is written (its last
  /// entry, which a dedented key usually came from), at the column of that block's keys.
  private func moveHelp(_ name: String, into other: SchemaBlock, in block: SchemaBlock, siblings: YAMLEntries)
    -> String
  {
    for pair in siblings {
      let key = document[document.resolve(pair.key)]
      guard let kind = Schema.key(key.value, in: block)?.kind, kind == .block(other) || kind == .blockList(other)
      else { continue }
      let value = document.resolve(pair.value)
      let target = document[value].kind == .sequence ? document.itemView(value).last.map(document.resolve) : value
      guard let target, document[target].kind == .mapping, let first = document.pairView(target).first else { break }
      let start = document[first.key].range.start
      let entry = kind == .blockList(other) ? "the \(key.value) entry on line \(start.line)" : "'\(key.value)'"
      return "move '\(name)' into \(entry), indented to column \(start.column) like its other keys"
    }
    return "move '\(name)' into \(other.placement), indented under it"
  }

  private mutating func unavailableKey(_ key: SchemaKey, at id: YAMLNode.ID, in block: SchemaBlock) {
    let prometheus = Self.prometheusSays("field \(key.name) not found in type \(block.goType)")
    if let removed = key.removedIn, version >= removed {
      report(
        .schemaUnknownKey,
        "'\(key.name)' was removed in Prometheus \(removed); version \(version) does not accept it",
        at: id, help: "remove '\(key.name)' or use the setting that replaced it", notes: [prometheus])
    } else if let since = key.since {
      report(
        .schemaVersion, "'\(key.name)' requires Prometheus >= \(since), but the target version is \(version)",
        at: id, help: "remove '\(key.name)', or target Prometheus \(since) or later with --prometheus-version",
        notes: [prometheus])
    }
  }

  /// The schema key of an entry already accepted by `mapping(_:_:key:)`.
  func schemaKey(_ entry: MappingNodes.Entry, in block: SchemaBlock) -> SchemaKey {
    Schema.key(entry.name, in: block) ?? SchemaKey(entry.name, .opaque)
  }

  /// Checks every entry of a block sdgen does not type, by the kinds in the schema.
  mutating func checkAll(_ nodes: MappingNodes, _ block: SchemaBlock) {
    for entry in nodes.entries { check(entry, in: block) }
  }

  /// Checks one entry's value against its schema kind, recursing into nested blocks.
  mutating func check(_ entry: MappingNodes.Entry, in block: SchemaBlock) {
    let kind = schemaKey(entry, in: block).kind
    switch kind {
    case .bool: _ = bool(entry)
    case .int: _ = int(entry)
    case .uint, .uint64: _ = uint(entry, kind: kind)
    case .float: _ = float(entry)
    case .string: _ = string(entry)
    case .duration: _ = duration(entry)
    case .size: _ = size(entry)
    case .tlsVersion: _ = tlsVersion(entry)
    case .stringList: _ = stringList(entry)
    case .stringMap: _ = stringMap(entry)
    case .labelMap: _ = labelMap(entry)
    case .stringListMap: _ = stringListMap(entry)
    case .block(let nested):
      _ = nestedBlock(entry, nested)
    case .blockList(let nested):
      for item in blockItems(entry, of: nested) {
        if let nodes = mapping(item, nested, key: entry.name) { checkAll(nodes, nested) }
      }
    case .opaque: break
    }
  }

  /// Reads and checks a nested block sdgen does not type; nil when it is not a mapping (reported).
  mutating func nestedBlock(_ entry: MappingNodes.Entry, _ block: SchemaBlock) -> MappingNodes? {
    guard let nodes = mapping(entry.value, block, key: entry.name) else { return nil }
    checkAll(nodes, block)
    switch block {
    case .tsdbRetention: checkRetention(nodes)
    case .chunkEncoding: checkChunkEncoding(nodes)
    default: break
    }
    return nodes
  }

  /// The non-null items of a list of blocks; reports a value that is not a list and null items.
  mutating func blockItems(_ entry: MappingNodes.Entry, of block: SchemaBlock) -> [YAMLNode.ID] {
    if document.isNull(entry.value) { return [] }
    guard document[entry.value].kind == .sequence else {
      typeMismatch(entry.value, key: entry.name, kind: .blockList(block))
      return []
    }
    let items = document.items(entry.value)
    // The result shares the items' storage until an alias or a null item makes it differ.
    var result = items
    var kept = 0
    for item in items {
      let resolved = document.resolve(item)
      if document.isNull(resolved) {
        report(
          .schemaRequired, "the \(entry.name) list has an empty entry", at: item,
          help: "remove the empty '-' item or fill it in",
          notes: [Self.prometheusSays(Self.nullItemMessage(entry.name))])
        continue
      }
      if result[kept] != resolved { result[kept] = resolved }
      kept += 1
    }
    if kept < result.count { result.removeLast(result.count - kept) }
    return result
  }

  /// Prometheus's message for a null item in the list `key`.
  static func nullItemMessage(_ key: String) -> String {
    switch key {
    case "scrape_configs": "empty or null scrape config section"
    case "relabel_configs": "empty or null target relabeling rule in scrape config"
    case "metric_relabel_configs": "empty or null metric relabeling rule in scrape config"
    default: "empty or null section in \(key)"
    }
  }
}
