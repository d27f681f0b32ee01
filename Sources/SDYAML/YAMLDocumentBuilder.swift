import SDCore

/// Builds a `YAMLDocument` from parse events (scalars, aliases, collection starts and ends), checking
/// duplicate keys, nesting depth and alias expansion on the way. Both YAML readers feed it, so a
/// document has the same shape whichever reader produced it.
struct YAMLDocumentBuilder {
  private struct OpenCollection {
    let id: Int
    let start: SourcePosition
    let anchor: String?
    var children: [Int32]
  }

  let source: SourceText
  let limits: YAMLLimits
  private var nodes: [YAMLNode] = []
  private var expandedSizes: [Int] = []
  private var children: [Int32] = []
  private var open: [OpenCollection] = []
  private var spareChildLists: [[Int32]] = []
  private var anchors: [String: Int] = [:]
  private var root: Int?
  private(set) var diagnostics: [Diagnostic] = []
  /// Merge keys with a value yaml.v2 cannot merge: errors, but the document is still read.
  private var mergeProblems: [Diagnostic] = []
  /// True once a problem stops the parse; later events are ignored.
  private(set) var fatal = false

  /// The position after the file's last byte; libyaml ends the last collection of a file without a
  /// final line break on the line after it, which is not in the file.
  private let endOfFile: SourcePosition

  init(source: SourceText, limits: YAMLLimits) {
    self.source = source
    self.limits = limits
    self.endOfFile = source.endPosition
  }

  /// Makes room for about `count` nodes, so the node table does not grow (and briefly double) as it fills.
  mutating func reserveCapacity(nodes count: Int) {
    nodes.reserveCapacity(count)
    expandedSizes.reserveCapacity(count)
  }

  /// How deeply collections are nested at this point.
  var depth: Int { open.count }

  /// The document and diagnostics; the document is empty when an error stopped the parse.
  func finish() -> YAMLParseResult {
    let failed = diagnostics.contains { $0.severity == .error && $0.rule != .yamlDuplicateKey }
    let document =
      failed ? YAMLDocument.empty : YAMLDocument(nodes: nodes, children: children, root: root)
    return YAMLParseResult(document: document, diagnostics: diagnostics + mergeProblems)
  }

  // MARK: Events

  /// A scalar with its unescaped value.
  mutating func addScalar(
    _ value: String, style: YAMLNode.Style, range: SourceRange, tag: String? = nil, anchor: String? = nil,
    valueStart: SourcePosition? = nil
  ) {
    let id = append(
      YAMLNode(kind: .scalar, style: style, range: range, value: value, tag: tag, valueStart: valueStart),
      expandedSize: 1)
    register(anchor: anchor, id: id)
    attach(id)
  }

  /// An alias `*name` at `range`.
  mutating func addAlias(_ name: String, range: SourceRange) {
    guard let target = anchors[name] else {
      let known = open.contains { $0.anchor == name }
      let message =
        known
        ? "alias '*\(name)' refers to the collection that contains it, which would never end"
        : "alias '*\(name)' refers to an anchor '&\(name)' that is not defined before it"
      report(.yamlSyntax, message, at: range, help: "define '&\(name)' on an earlier node, or remove the alias")
      fatal = true
      return
    }
    let node = YAMLNode(kind: .alias, style: .plain, range: range, value: name, tag: nil, first: Int32(target))
    let id = append(node, expandedSize: expandedSizes[target])
    attach(id)
  }

  /// The start of a sequence or mapping at `start`; its children follow until `closeCollection`.
  mutating func openCollection(
    _ kind: YAMLNode.Kind, style: YAMLNode.Style, start: SourcePosition, tag: String? = nil, anchor: String? = nil
  ) {
    guard open.count < limits.maxDepth else {
      report(
        .yamlLimits, "collections are nested more than \(limits.maxDepth) levels deep",
        at: SourceRange(at: start), help: "flatten the structure; no Prometheus configuration nests this deep")
      fatal = true
      return
    }
    let id = append(
      YAMLNode(kind: kind, style: style, range: SourceRange(at: start), value: "", tag: tag), expandedSize: 1)
    var list = spareChildLists.popLast() ?? []
    list.removeAll(keepingCapacity: true)
    open.append(OpenCollection(id: id, start: start, anchor: anchor, children: list))
  }

  /// The end of the innermost open collection at `end`.
  mutating func closeCollection(end: SourcePosition) {
    guard var collection = open.popLast() else { return }
    let first = Int32(children.count)
    children.append(contentsOf: collection.children)
    var size = 1
    for child in collection.children {
      size = size &+ expandedSizes[Int(child)]
      if size > Int(Int32.max) { size = Int(Int32.max) }
    }
    expandedSizes[collection.id] = size
    nodes[collection.id].range = SourceRange(start: collection.start, end: min(end, endOfFile))
    nodes[collection.id].first = first
    nodes[collection.id].count = Int32(collection.children.count)
    if nodes[collection.id].kind == .mapping {
      checkDuplicateKeys(collection.children)
      checkMergeValues(collection.children)
    }
    collection.children.removeAll(keepingCapacity: true)
    spareChildLists.append(collection.children)
    if size > limits.maxExpandedNodes, size > limits.aliasExpansionAllowance * nodes.count {
      report(
        .yamlLimits,
        "aliases expand this document to more than \(limits.maxExpandedNodes) nodes (an alias bomb)",
        at: nodes[collection.id].range,
        help: "use fewer nested aliases; Prometheus refuses such a document as excessive aliasing")
      fatal = true
      return
    }
    register(anchor: collection.anchor, id: collection.id)
    attach(collection.id)
  }

  /// Records a problem found while reading; an error of any rule but duplicate keys ends the parse.
  mutating func report(
    _ rule: RuleID, _ message: String, at range: SourceRange, severity: Severity = .error, help: String? = nil
  ) {
    diagnostics.append(
      Diagnostic(rule: rule, severity: severity, message: message, range: source.clamped(range), help: help))
  }

  /// Stops the parse after an error reported with `report`.
  mutating func stop() {
    fatal = true
  }

  // MARK: Node table

  private mutating func append(_ node: consuming YAMLNode, expandedSize: Int) -> Int {
    nodes.append(node)
    expandedSizes.append(expandedSize)
    return nodes.count - 1
  }

  private mutating func attach(_ id: Int) {
    if open.isEmpty {
      if root == nil { root = id }
    } else {
      open[open.count - 1].children.append(Int32(id))
    }
  }

  private mutating func register(anchor: String?, id: Int) {
    if let anchor { anchors[anchor] = id }
  }

  // MARK: Merge keys

  /// Reports `<<` keys whose value yaml.v2 refuses to merge: it takes a mapping, an alias of one, or a
  /// list of those, and fails the whole file with "map merge requires map or sequence of maps" otherwise.
  private mutating func checkMergeValues(_ ids: [Int32]) {
    for index in stride(from: 0, to: ids.count - 1, by: 2) {
      // Fields are read in place: copying every key node (and its tag box) would cost more than the check.
      let keyID = Int(ids[index])
      guard nodes[keyID].kind == .scalar, nodes[keyID].value.utf8.count == 2, nodes[keyID].value == "<<" else {
        continue
      }
      let key = nodes[keyID]
      guard key.tag == "!!merge" || (key.tag == nil && key.style == .plain) else { continue }
      let value = Int(ids[index + 1])
      if let culprit = unmergeable(value, inList: false) {
        reportUnmergeable(culprit, key: Int(ids[index]))
      }
    }
  }

  /// The node that makes `id` unmergeable, nil when yaml.v2 merges it.
  private func unmergeable(_ id: Int, inList: Bool) -> Int? {
    let node = nodes[id]
    switch node.kind {
    case .mapping: return nil
    case .alias: return nodes[Int(node.first)].kind == .mapping ? nil : id
    case .scalar: return id
    case .sequence:
      if inList { return id }
      let start = Int(node.first)
      for child in start..<start + Int(node.count) {
        if let culprit = unmergeable(Int(children[child]), inList: true) { return culprit }
      }
      return nil
    }
  }

  private mutating func reportUnmergeable(_ culprit: Int, key: Int) {
    let node = nodes[culprit]
    let target = node.kind == .alias ? nodes[Int(node.first)] : node
    let found =
      switch target.kind {
      case .sequence: "a list"
      case .scalar where target.isNull: "an empty value"
      case .scalar: "the scalar '\(target.value)'"
      default: "a mapping"
      }
    // An empty value has no width of its own; point at the key then.
    let range = node.kind == .scalar && node.value.isEmpty && node.style == .plain ? nodes[key].range : node.range
    mergeProblems.append(
      Diagnostic(
        rule: .yamlSyntax, severity: .error,
        message:
          "the merge key '<<' takes a mapping or a list of mappings, not \(found); "
          + "Prometheus refuses the file (map merge requires map or sequence of maps)",
        range: range,
        help: "merge an anchored mapping ('<<: *defaults') or a list of them, or remove the '<<' entry"))
  }

  // MARK: Duplicate keys

  private mutating func checkDuplicateKeys(_ ids: [Int32]) {
    let keyCount = ids.count / 2
    guard keyCount > 1 else { return }
    // Small mappings (most of a Prometheus configuration) compare pairwise; large ones hash.
    if keyCount <= 16 {
      for later in stride(from: 2, to: ids.count, by: 2) {
        let keyID = Int(ids[later])
        guard nodes[keyID].kind == .scalar, !isPlainMergeKey(keyID) else { continue }
        for earlier in stride(from: 0, to: later, by: 2) where nodes[Int(ids[earlier])].value == nodes[keyID].value {
          if nodes[Int(ids[earlier])].kind == .scalar {
            reportDuplicate(Int(ids[later]), first: Int(ids[earlier]))
            break
          }
        }
      }
      return
    }
    var firstByName: [String: Int] = [:]
    firstByName.reserveCapacity(keyCount)
    for index in stride(from: 0, to: ids.count, by: 2) {
      let keyID = Int(ids[index])
      guard nodes[keyID].kind == .scalar, !isPlainMergeKey(keyID) else { continue }
      if let first = firstByName[nodes[keyID].value] {
        reportDuplicate(keyID, first: first)
      } else {
        firstByName[nodes[keyID].value] = keyID
      }
    }
  }

  /// True when the key node `id` is a plain `<<`, a merge key, which may repeat.
  private func isPlainMergeKey(_ id: Int) -> Bool {
    // The length test first: comparing two different strings costs far more than reading a count.
    nodes[id].style == .plain && nodes[id].value.utf8.count == 2 && nodes[id].value == "<<"
  }

  private mutating func reportDuplicate(_ keyID: Int, first: Int) {
    let key = nodes[keyID]
    let firstStart = nodes[first].range.start
    diagnostics.append(
      Diagnostic(
        rule: .yamlDuplicateKey, severity: .error,
        message:
          "key '\(key.value)' is already defined at line \(firstStart.line), column \(firstStart.column); "
          + "Prometheus rejects a repeated key",
        range: key.range,
        help: "remove one of the two '\(key.value)' entries or merge them into one",
        notes: ["first defined at line \(firstStart.line), column \(firstStart.column)"]))
  }
}
