internal import CLibYAML

/// Parses YAML text into a `YAMLDocument` with libyaml's event API, reporting syntax and encoding
/// errors, duplicate keys, later documents and hostile structures as positioned diagnostics.
public struct YAMLParser: Sendable {
  /// The bounds applied while parsing.
  public var limits: YAMLLimits

  /// Creates a parser with `limits`.
  public init(limits: YAMLLimits = .standard) {
    self.limits = limits
  }

  /// Parses the first document of `source`; later documents are only noted.
  public func parse(_ source: SourceText) -> YAMLParseResult {
    source.bytes.withUnsafeBufferPointer { buffer in
      var builder = YAMLDocumentBuilder(source: source, limits: limits)
      builder.run(buffer)
      return builder.finish()
    }
  }
}

/// The mutable state of one parse: the node table under construction and the open collections.
private struct YAMLDocumentBuilder {
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
  private var diagnostics: [Diagnostic] = []
  private var fatal = false
  private var endedFirst = false

  init(source: SourceText, limits: YAMLLimits) {
    self.source = source
    self.limits = limits
    nodes.reserveCapacity(source.bytes.count / 8)
    expandedSizes.reserveCapacity(source.bytes.count / 8)
  }

  mutating func run(_ buffer: UnsafeBufferPointer<UInt8>) {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else {
      report(YAMLRule.limits, "sdgen could not allocate a YAML parser", at: .fileStart)
      return
    }
    defer { yaml_parser_delete(&parser) }
    if let base = buffer.baseAddress {
      yaml_parser_set_input_string(&parser, base, buffer.count)
    } else {
      var empty: UInt8 = 0
      yaml_parser_set_input_string(&parser, &empty, 0)
    }
    var documents = 0
    while !fatal {
      var event = yaml_event_t()
      guard yaml_parser_parse(&parser, &event) == 1 else {
        if endedFirst {
          reportLaterDocument(at: position(parser.problem_mark))
        } else {
          reportError(parser)
        }
        return
      }
      defer { yaml_event_delete(&event) }
      switch event.type {
      case YAML_DOCUMENT_START_EVENT:
        documents += 1
        if documents > 1 {
          reportLaterDocument(at: position(event.start_mark))
          return
        }
      case YAML_DOCUMENT_END_EVENT:
        endedFirst = true
      case YAML_STREAM_END_EVENT:
        return
      case YAML_SCALAR_EVENT:
        addScalar(event)
      case YAML_ALIAS_EVENT:
        addAlias(event)
      case YAML_SEQUENCE_START_EVENT:
        let data = event.data.sequence_start
        let style: YAMLNode.Style = data.style == YAML_FLOW_SEQUENCE_STYLE ? .flow : .block
        openCollection(.sequence, style: style, tag: data.tag, anchor: data.anchor, event: event)
      case YAML_MAPPING_START_EVENT:
        let data = event.data.mapping_start
        let style: YAMLNode.Style = data.style == YAML_FLOW_MAPPING_STYLE ? .flow : .block
        openCollection(.mapping, style: style, tag: data.tag, anchor: data.anchor, event: event)
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        closeCollection(end: position(event.end_mark))
      default:
        break
      }
    }
  }

  func finish() -> YAMLParseResult {
    let failed = diagnostics.contains { $0.severity == .error && $0.rule != YAMLRule.duplicateKey }
    let document =
      failed ? YAMLDocument.empty : YAMLDocument(nodes: nodes, children: children, root: root)
    return YAMLParseResult(document: document, diagnostics: diagnostics)
  }

  // MARK: Building nodes

  private mutating func addScalar(_ event: yaml_event_t) {
    let data = event.data.scalar
    let value = string(data.value, count: data.length)
    let style: YAMLNode.Style
    switch data.style {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
    case YAML_LITERAL_SCALAR_STYLE: style = .literal
    case YAML_FOLDED_SCALAR_STYLE: style = .folded
    default: style = .plain
    }
    let node = YAMLNode(
      kind: .scalar, style: style, range: range(event), value: value,
      tag: shortTag(data.tag))
    let id = append(node, expandedSize: 1)
    register(anchor: optionalString(data.anchor), id: id)
    attach(id)
  }

  private mutating func addAlias(_ event: yaml_event_t) {
    let name = optionalString(event.data.alias.anchor) ?? ""
    let here = range(event)
    guard let target = anchors[name] else {
      let known = open.contains { $0.anchor == name }
      let message =
        known
        ? "alias '*\(name)' refers to the collection that contains it, which would never end"
        : "alias '*\(name)' refers to an anchor '&\(name)' that is not defined before it"
      report(YAMLRule.syntax, message, at: here, help: "define '&\(name)' on an earlier node, or remove the alias")
      fatal = true
      return
    }
    let node = YAMLNode(
      kind: .alias, style: .plain, range: here, value: name, tag: nil, first: Int32(target))
    let id = append(node, expandedSize: expandedSizes[target])
    attach(id)
  }

  private mutating func openCollection(
    _ kind: YAMLNode.Kind, style: YAMLNode.Style, tag: UnsafeMutablePointer<yaml_char_t>?,
    anchor: UnsafeMutablePointer<yaml_char_t>?, event: yaml_event_t
  ) {
    let start = position(event.start_mark)
    guard open.count < limits.maxDepth else {
      report(
        YAMLRule.limits, "collections are nested more than \(limits.maxDepth) levels deep",
        at: SourceRange(at: start), help: "flatten the structure; no Prometheus configuration nests this deep")
      fatal = true
      return
    }
    let node = YAMLNode(
      kind: kind, style: style, range: SourceRange(at: start), value: "",
      tag: shortTag(tag))
    let id = append(node, expandedSize: 1)
    var list = spareChildLists.popLast() ?? []
    list.removeAll(keepingCapacity: true)
    open.append(OpenCollection(id: id, start: start, anchor: optionalString(anchor), children: list))
  }

  private mutating func closeCollection(end: SourcePosition) {
    guard var collection = open.popLast() else { return }
    let first = Int32(children.count)
    children.append(contentsOf: collection.children)
    var size = 1
    for child in collection.children {
      size = size &+ expandedSizes[Int(child)]
      if size > Int(Int32.max) { size = Int(Int32.max) }
    }
    expandedSizes[collection.id] = size
    nodes[collection.id].range = SourceRange(start: collection.start, end: end)
    nodes[collection.id].first = first
    nodes[collection.id].count = Int32(collection.children.count)
    if nodes[collection.id].kind == .mapping { checkDuplicateKeys(collection.children) }
    collection.children.removeAll(keepingCapacity: true)
    spareChildLists.append(collection.children)
    if size > limits.maxExpandedNodes, size > limits.aliasExpansionAllowance * nodes.count {
      report(
        YAMLRule.limits,
        "aliases expand this document to more than \(limits.maxExpandedNodes) nodes (an alias bomb)",
        at: nodes[collection.id].range,
        help: "use fewer nested aliases; Prometheus refuses such a document as excessive aliasing")
      fatal = true
      return
    }
    register(anchor: collection.anchor, id: collection.id)
    attach(collection.id)
  }

  private mutating func append(_ node: YAMLNode, expandedSize: Int) -> Int {
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

  // MARK: Duplicate keys

  private mutating func checkDuplicateKeys(_ ids: [Int32]) {
    let keyCount = ids.count / 2
    guard keyCount > 1 else { return }
    // Small mappings (most of a Prometheus configuration) compare pairwise; large ones hash.
    if keyCount <= 16 {
      for later in stride(from: 2, to: ids.count, by: 2) {
        let key = nodes[Int(ids[later])]
        guard key.kind == .scalar, !(key.value == "<<" && key.style == .plain) else { continue }
        for earlier in stride(from: 0, to: later, by: 2) where nodes[Int(ids[earlier])].value == key.value {
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
      let key = nodes[keyID]
      guard key.kind == .scalar, !(key.value == "<<" && key.style == .plain) else { continue }
      if let first = firstByName[key.value] {
        reportDuplicate(keyID, first: first)
      } else {
        firstByName[key.value] = keyID
      }
    }
  }

  private mutating func reportDuplicate(_ keyID: Int, first: Int) {
    let key = nodes[keyID]
    let firstStart = nodes[first].range.start
    diagnostics.append(
      Diagnostic(
        rule: YAMLRule.duplicateKey, severity: .error,
        message:
          "key '\(key.value)' is already defined at line \(firstStart.line), column \(firstStart.column); "
          + "Prometheus rejects a repeated key",
        range: key.range,
        help: "remove one of the two '\(key.value)' entries or merge them into one",
        notes: ["first defined at line \(firstStart.line), column \(firstStart.column)"]))
  }

  // MARK: Errors

  private mutating func reportError(_ parser: yaml_parser_t) {
    let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
    switch parser.error {
    case YAML_READER_ERROR:
      let at = sourcePosition(ofByte: Int(parser.problem_offset))
      let what =
        problem == "control characters are not allowed"
        ? "the file contains a control character (such as a NUL byte) that YAML does not allow"
        : "the file is not valid UTF-8 (\(problem))"
      report(
        YAMLRule.encoding, what, at: SourceRange(line: at.line, column: at.column, length: 1),
        help: "save the file as UTF-8 text; a binary file cannot be a Prometheus configuration")
    case YAML_MEMORY_ERROR:
      report(YAMLRule.limits, "the YAML parser ran out of memory", at: .fileStart)
    default:
      let at = position(parser.problem_mark)
      var message = problem
      if let context = parser.context.map({ String(cString: $0) }) {
        let contextAt = position(parser.context_mark)
        message += " (\(context) started at line \(contextAt.line), column \(contextAt.column))"
      }
      let hint = IndentationHint(source: source).help(forProblem: problem, at: at)
      report(
        YAMLRule.syntax, "invalid YAML: \(message)",
        at: SourceRange(line: at.line, column: at.column, length: 1),
        help: hint ?? "fix the YAML syntax at this position; Prometheus cannot load the file")
    }
    fatal = true
  }

  private mutating func reportLaterDocument(at position: SourcePosition) {
    report(
      YAMLRule.secondDocument,
      "Prometheus reads only the first YAML document; everything from here on is ignored",
      at: SourceRange(at: position), severity: .warning,
      help: "remove the '---' separator and what follows, or move it into the first document")
  }

  private mutating func report(
    _ rule: String, _ message: String, at range: SourceRange, severity: Severity = .error,
    help: String? = nil
  ) {
    diagnostics.append(
      Diagnostic(rule: rule, severity: severity, message: message, range: range, help: help))
  }

  // MARK: Conversions

  private func position(_ mark: yaml_mark_t) -> SourcePosition {
    SourcePosition(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
  }

  private func range(_ event: yaml_event_t) -> SourceRange {
    SourceRange(start: position(event.start_mark), end: position(event.end_mark))
  }

  private func sourcePosition(ofByte offset: Int) -> SourcePosition {
    let clamped = min(max(0, offset), source.bytes.count)
    var low = 0
    var high = source.lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if source.lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
    }
    var column = 1
    var index = source.lineStarts[low]
    if low == 0, source.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = min(3, clamped) }
    while index < clamped {
      if source.bytes[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return SourcePosition(line: low + 1, column: column)
  }

  private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, count: Int) -> String {
    guard let pointer, count > 0 else { return "" }
    return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
  }

  private func optionalString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    guard let pointer else { return nil }
    return String(cString: pointer)
  }

  private func shortTag(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    guard let tag = optionalString(pointer) else { return nil }
    let prefix = "tag:yaml.org,2002:"
    return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
  }
}
