import SDCore
import SDYAML

/// Reading scalar, list and map values the way yaml.v2 fills Go fields; every conversion returns nil
/// after reporting when Prometheus would refuse the value, and the zero value for null.
extension DecodingSession {
  // MARK: Scalars

  /// The resolved scalar at `id`, or nil after reporting a collection or an unresolvable tag.
  private mutating func scalar(_ id: YAMLNode.ID, key: String, kind: ValueKind) -> YAMLScalar? {
    guard document[id].kind == .scalar else {
      typeMismatch(id, key: key, kind: kind)
      return nil
    }
    do {
      return try YAMLScalar.resolve(document[id])
    } catch {
      report(
        .schemaType, "'\(key)' has a value whose tag does not fit it", at: id,
        help: "remove the tag or write a value of that type", notes: [Self.prometheusSays("yaml: \(error)")])
      return nil
    }
  }

  /// A string field: the source text of any non-null scalar (decoded bytes for `!!binary`).
  mutating func text(_ id: YAMLNode.ID, key: String, kind: ValueKind = .string) -> String? {
    if document[id].kind == .scalar && document[id].tag == nil {
      // An untagged scalar always resolves, and only to null or to its own text.
      return document.isNull(id) ? "" : document[id].value
    }
    guard let value = scalar(id, key: key, kind: kind) else { return nil }
    switch value {
    case .null: return ""
    case .binary(let bytes): return String(decoding: bytes, as: UTF8.self)
    default: return document[id].value
    }
  }

  mutating func string(_ entry: MappingNodes.Entry) -> String? { text(entry.value, key: entry.name) }

  mutating func bool(_ entry: MappingNodes.Entry) -> Bool? {
    switch scalar(entry.value, key: entry.name, kind: .bool) {
    case .none: return nil
    case .null: return false
    case .bool(let value): return value
    case .some(let other):
      typeMismatch(entry.value, key: entry.name, kind: .bool, found: other)
      return nil
    }
  }

  mutating func int(_ entry: MappingNodes.Entry) -> Int64? {
    switch scalar(entry.value, key: entry.name, kind: .int) {
    case .none: return nil
    case .null: return 0
    case .int(let value): return value
    case .float(let value) where value >= -9.223372036854775808e18 && value < 9.223372036854775808e18:
      return Int64(value)
    case .some(let other):
      typeMismatch(entry.value, key: entry.name, kind: .int, found: other)
      return nil
    }
  }

  mutating func uint(_ entry: MappingNodes.Entry, kind: ValueKind = .uint) -> UInt64? {
    switch scalar(entry.value, key: entry.name, kind: kind) {
    case .none: return nil
    case .null: return 0
    case .int(let value) where value >= 0: return UInt64(value)
    case .uint(let value): return value
    case .float(let value) where value >= 0 && value < 1.8446744073709551616e19: return UInt64(value)
    case .some(let other):
      typeMismatch(entry.value, key: entry.name, kind: kind, found: other)
      return nil
    }
  }

  mutating func float(_ entry: MappingNodes.Entry) -> Double? {
    switch scalar(entry.value, key: entry.name, kind: .float) {
    case .none: return nil
    case .null: return 0
    case .int(let value): return Double(value)
    case .uint(let value): return Double(value)
    case .float(let value): return value
    case .some(let other):
      typeMismatch(entry.value, key: entry.name, kind: .float, found: other)
      return nil
    }
  }

  mutating func duration(_ entry: MappingNodes.Entry) -> PromDuration? {
    guard let text = text(entry.value, key: entry.name, kind: .duration) else { return nil }
    if document.isNull(entry.value) { return .zero }
    do {
      return try PromDuration.parse(text, version: version)
    } catch {
      let help =
        !text.isEmpty && text.allSatisfy(\.isASCIIDigit)
        ? "add a unit, e.g. \(text)s"
        : "write whole numbers with units from largest to smallest (y, w, d, h, m, s, ms), e.g. 1m30s"
      report(
        .schemaType, "'\(entry.name)' must be a duration such as 30s or 1m30s, but the value is `\(text)`",
        at: entry.value, help: help, notes: [Self.prometheusSays(error.description)])
      return nil
    }
  }

  mutating func size(_ entry: MappingNodes.Entry) -> ByteSize? {
    guard let text = text(entry.value, key: entry.name, kind: .size) else { return nil }
    if document.isNull(entry.value) { return ByteSize(bytes: 0) }
    do {
      return try ByteSize.parse(text)
    } catch {
      report(
        .schemaType, "'\(entry.name)' must be a size such as 10MB, but the value is `\(text)`",
        at: entry.value, help: "write a number followed by B, KB, MB, GB, TB, PB or EB (powers of 1024), or 0",
        notes: [Self.prometheusSays(error.description)])
      return nil
    }
  }

  /// A TLS version name; nil after reporting anything else (null is accepted as unset).
  mutating func tlsVersion(_ entry: MappingNodes.Entry) -> String? {
    guard let text = text(entry.value, key: entry.name, kind: .tlsVersion) else { return nil }
    if document.isNull(entry.value) { return "" }
    guard ["TLS10", "TLS11", "TLS12", "TLS13"].contains(text) else {
      report(
        .schemaType, "'\(entry.name)' must be \(ValueKind.tlsVersion.expectation), but the value is `\(text)`",
        at: entry.value, help: "write one of TLS10, TLS11, TLS12 or TLS13 (upper case)",
        notes: [Self.prometheusSays("unknown TLS version: \(text)")])
      return nil
    }
    return text
  }

  // MARK: Collections

  /// A list of strings; null gives an empty list. `itemNodes(of:)` gives the node of each item.
  mutating func stringList(_ entry: MappingNodes.Entry) -> [String]? {
    if document.isNull(entry.value) { return [] }
    guard document[entry.value].kind == .sequence else {
      typeMismatch(entry.value, key: entry.name, kind: .stringList)
      return nil
    }
    let items = document.itemView(entry.value)
    var values: [String] = []
    values.reserveCapacity(items.count)
    var valid = true
    for item in items {
      if let value = text(document.resolve(item), key: entry.name, kind: .string) {
        values.append(value)
      } else {
        valid = false
      }
    }
    return valid ? values : nil
  }

  /// The items of the list at `id` resolved through aliases, parallel to the values `stringList` read.
  func itemNodes(of id: YAMLNode.ID) -> [YAMLNode.ID] {
    document.itemView(id).map(document.resolve)
  }

  /// A mapping of names to strings, in source order; null gives an empty list.
  mutating func stringMap(_ entry: MappingNodes.Entry) -> [LabelPair]? {
    var pairs: [LabelPair] = []
    let valid = forEachPair(of: entry, kind: .stringMap) { session, _, name, value in
      guard let text = session.text(value, key: name) else { return false }
      pairs.append(LabelPair(name: name, value: text))
      return true
    }
    return valid ? pairs : nil
  }

  /// A labels mapping: like `stringMap`, and names and values must be valid UTF-8, which only a
  /// `!!binary` scalar can break. Name rules beyond that belong to the label-name checker.
  mutating func labelMap(_ entry: MappingNodes.Entry) -> [LabelPair]? {
    var pairs: [LabelPair] = []
    let valid = forEachPair(of: entry, kind: .labelMap) { session, keyID, name, value in
      guard let text = session.text(value, key: name) else { return false }
      let nameValid = session.requireUTF8(keyID, what: "label name", in: entry.name)
      let valueValid = session.requireUTF8(value, what: "label value", in: entry.name)
      pairs.append(LabelPair(name: name, value: text))
      return nameValid && valueValid
    }
    return valid ? pairs : nil
  }

  /// Reports a `!!binary` scalar whose bytes are not UTF-8, which Prometheus refuses in labels.
  private mutating func requireUTF8(_ id: YAMLNode.ID, what: String, in key: String) -> Bool {
    guard case .binary(let bytes)? = try? YAMLScalar.resolve(document[id]),
      String(validating: bytes, as: UTF8.self) == nil
    else { return true }
    let quoted = "\"" + bytes.map(Self.goQuotedByte).joined() + "\""
    report(
      .schemaType, "a \(what) in '\(key)' is binary data that is not valid UTF-8", at: id,
      help: "write the \(what) as plain text", notes: [Self.prometheusSays("\(quoted) is not a valid \(what)")])
    return false
  }

  /// A byte as Go's `%q` shows it inside invalid UTF-8: printable ASCII as is, `\n`, `\t`, `\r`, and
  /// anything else as `\xNN`.
  private static func goQuotedByte(_ byte: UInt8) -> String {
    switch byte {
    case UInt8(ascii: "\""): return "\\\""
    case UInt8(ascii: "\\"): return "\\\\"
    case UInt8(ascii: "\n"): return "\\n"
    case UInt8(ascii: "\t"): return "\\t"
    case UInt8(ascii: "\r"): return "\\r"
    case 0x20..<0x7F: return String(UnicodeScalar(byte))
    default:
      let hex = String(byte, radix: 16)
      return "\\x" + (hex.count == 1 ? "0" + hex : hex)
    }
  }

  /// A mapping of names to lists of strings (`params`), in source order.
  mutating func stringListMap(_ entry: MappingNodes.Entry) -> [ScrapeParam]? {
    var params: [ScrapeParam] = []
    let valid = forEachPair(of: entry, kind: .stringListMap) { session, _, name, value in
      let item = MappingNodes.Entry(name: name, key: value, value: value)
      guard let values = session.stringList(item) else { return false }
      params.append(ScrapeParam(name: name, values: values))
      return true
    }
    return valid ? params : nil
  }

  /// Calls `body` with each key node, key text and resolved value of a map-typed entry; false when any failed.
  private mutating func forEachPair(
    of entry: MappingNodes.Entry, kind: ValueKind,
    _ body: (inout DecodingSession, YAMLNode.ID, String, YAMLNode.ID) -> Bool
  ) -> Bool {
    if document.isNull(entry.value) { return true }
    guard document[entry.value].kind == .mapping else {
      typeMismatch(entry.value, key: entry.name, kind: kind)
      return false
    }
    var valid = true
    for pair in document.entries(of: entry.value) {
      let keyID = document.resolve(pair.key)
      guard let name = text(keyID, key: entry.name) else {
        valid = false
        continue
      }
      if !body(&self, keyID, name, pair.value) { valid = false }
    }
    return valid
  }

  // MARK: Type errors

  /// Reports a value of the wrong type with yaml.v2's own message as a note.
  mutating func typeMismatch(_ id: YAMLNode.ID, key: String, kind: ValueKind, found: YAMLScalar? = nil) {
    let node = document[id]
    let tag: String
    let described: String
    switch node.kind {
    case .mapping:
      (tag, described) = ("!!map", "a mapping")
    case .sequence:
      (tag, described) = ("!!seq", "a list")
    case .scalar, .alias:
      let resolved = found ?? (try? YAMLScalar.resolve(node)) ?? .string(node.value)
      tag = node.tag ?? resolved.tag
      described = "\(Self.noun(of: resolved)) `\(node.value)`"
    }
    var shown = ""
    if node.kind == .scalar {
      let text = node.value
      shown = text.count > 10 ? " `\(text.prefix(7))...`" : " `\(text)`"
    }
    var help = "write \(kind.expectation)"
    if kind == .stringList, node.kind == .scalar {
      help = "put the value in a list: [\(node.value)]"
    }
    if node.kind == .scalar, node.style != .plain, node.tag == nil, Self.fits(YAMLScalar.resolvePlain(node.value), kind)
    {
      help = "remove the quotes so YAML reads `\(node.value)` as \(kind.expectation)"
    }
    report(
      .schemaType, "'\(key)' must be \(kind.expectation), but the value is \(described)", at: id, help: help,
      notes: [Self.prometheusSays("cannot unmarshal \(tag)\(shown) into \(kind.goType)")])
  }

  private static func noun(of scalar: YAMLScalar) -> String {
    switch scalar {
    case .null: "null"
    case .bool: "the boolean"
    case .int, .uint: "the integer"
    case .float: "the number"
    case .string: "the string"
    case .binary: "the binary value"
    case .custom(let tag, _): "the \(tag) value"
    }
  }

  /// True when a plain scalar resolving to `scalar` would be accepted for `kind`.
  private static func fits(_ scalar: YAMLScalar, _ kind: ValueKind) -> Bool {
    switch (kind, scalar) {
    case (.bool, .bool), (.int, .int), (.int, .float), (.float, .int), (.float, .float): true
    case (.uint, .int(let value)), (.uint64, .int(let value)): value >= 0
    default: false
    }
  }
}
