import SDCore

/// One node of a parsed YAML document: a scalar, a sequence, a mapping or an alias, with its
/// source range, style and tag. Children live in the owning `YAMLDocument`.
public struct YAMLNode: Sendable, Equatable {
  /// Identifies a node inside its document.
  public typealias ID = Int

  /// What kind of node this is.
  public enum Kind: UInt8, Sendable {
    case scalar, sequence, mapping, alias
  }

  /// How the node was written.
  public enum Style: UInt8, Sendable {
    case plain, singleQuoted, doubleQuoted, literal, folded
    case block, flow
  }

  /// The scalar's value after YAML unescaping; the anchor name for an alias; empty otherwise.
  public let value: String
  /// The explicit tag and where the value starts after its anchor and tag, boxed so that the many nodes
  /// without either stay small.
  private let properties: Properties?
  /// The range's lines and columns, stored narrow to keep the node table small.
  private var startLine, startColumn, endLine, endColumn: Int32
  /// Start of this node's children in the document's child table, or the target of an alias.
  var first: Int32
  /// How many child ids this node owns (two per mapping pair).
  var count: Int32
  /// The node's kind.
  public let kind: Kind
  /// The scalar style, or block/flow for collections.
  public let style: Style

  /// The explicit tag in short form (`!!str`, `!custom`), nil when untagged.
  public var tag: String? { properties?.tag }

  init(
    kind: Kind, style: Style, range: SourceRange, value: String, tag: String?, valueStart: SourcePosition? = nil,
    first: Int32 = 0, count: Int32 = 0
  ) {
    self.kind = kind
    self.style = style
    self.value = value
    self.properties = tag != nil || valueStart != nil ? Properties(tag: tag, valueStart: valueStart) : nil
    (startLine, startColumn, endLine, endColumn) = (0, 0, 0, 0)
    self.first = first
    self.count = count
    self.range = range
  }

  /// Where the node is written (for an alias, the `*name` itself).
  public internal(set) var range: SourceRange {
    get {
      SourceRange(
        start: SourcePosition(line: Int(startLine), column: Int(startColumn)),
        end: SourcePosition(line: Int(endLine), column: Int(endColumn)))
    }
    set {
      startLine = Int32(clamping: newValue.start.line)
      startColumn = Int32(clamping: newValue.start.column)
      endLine = Int32(clamping: newValue.end.line)
      endColumn = Int32(clamping: newValue.end.column)
    }
  }

  /// Where the value itself is written: `range` without the anchor and tag in front of a scalar, so an
  /// edit of the value keeps them (`range` includes them, for findings about the whole node).
  public var valueRange: SourceRange {
    guard let start = properties?.valueStart else { return range }
    return SourceRange(start: start, end: range.end)
  }

  /// True for a plain scalar that YAML resolves to null (`~`, `null`, `Null`, `NULL`, empty), untagged.
  public var isNull: Bool { Self.isNull(kind: kind, style: style, tag: tag, text: value) }

  /// `isNull` from a node's fields, so that `YAMLDocument.isNull(_:)` can test a node without copying it.
  /// Text that cannot be one of the null words (another length or first byte) is ruled out without comparing.
  static func isNull(kind: Kind, style: Style, tag: String?, text: String) -> Bool {
    guard kind == .scalar else { return false }
    if let tag { return tag == "!!null" }
    guard style == .plain else { return false }
    let bytes = text.utf8
    switch bytes.count {
    case 0: return true
    case 1: return bytes.first == UInt8(ascii: "~")
    case 4:
      guard let first = bytes.first, first == UInt8(ascii: "n") || first == UInt8(ascii: "N") else { return false }
      return text == "null" || text == "Null" || text == "NULL"
    default: return false
    }
  }
}

/// A node's explicit tag and value start; a class so that a node without properties pays one null pointer.
private final class Properties: Sendable, Equatable {
  let tag: String?
  let valueStart: SourcePosition?

  init(tag: String?, valueStart: SourcePosition?) {
    self.tag = tag
    self.valueStart = valueStart
  }

  static func == (lhs: Properties, rhs: Properties) -> Bool {
    lhs.tag == rhs.tag && lhs.valueStart == rhs.valueStart
  }
}
