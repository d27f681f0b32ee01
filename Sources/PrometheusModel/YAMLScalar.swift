import SDCore
import SDYAML

/// A YAML scalar resolved the way yaml.v2 (the library Prometheus reads prometheus.yml with) resolves
/// it: YAML 1.1 booleans, Go integer literals (`0120` is octal), `_` separators, quoted text always a
/// string, and explicit `!!str`/`!!int`/`!!binary` tags honoured.
package enum YAMLScalar: Hashable, Sendable {
  /// `~`, `null`, `Null`, `NULL`, an empty plain value, or `!!null`.
  case null
  /// A YAML 1.1 boolean word such as `yes`, `On` or `false`.
  case bool(Bool)
  /// An integer that fits in 64 signed bits.
  case int(Int64)
  /// An integer above `Int64.max` that fits in 64 unsigned bits.
  case uint(UInt64)
  /// A floating-point number, including `.inf` and `.nan`.
  case float(Double)
  /// Text: quoted scalars, `!!str`, and plain scalars that are nothing else.
  case string(String)
  /// The decoded bytes of a `!!binary` scalar.
  case binary([UInt8])
  /// A scalar with a custom tag yaml.v2 does not resolve, kept as written.
  case custom(tag: String, text: String)

  /// A scalar yaml.v2 refuses to resolve, with its message.
  package struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
    /// yaml.v2's own words, e.g. ``cannot decode !!str `abc` as a !!int``.
    package let description: String
  }

  /// The yaml.v2 short tag of the resolved value (`!!int`, `!!str`, …).
  package var tag: String {
    switch self {
    case .null: "!!null"
    case .bool: "!!bool"
    case .int, .uint: "!!int"
    case .float: "!!float"
    case .string: "!!str"
    case .binary: "!!binary"
    case .custom(let tag, _): tag
    }
  }

  /// Resolves a scalar node; throws when an explicit tag does not fit the text or `!!binary` is not base64.
  package static func resolve(_ node: YAMLNode) throws(Failure) -> YAMLScalar {
    let text = node.value
    guard let tag = node.tag, tag != "!" else {
      return node.style == .plain ? resolvePlain(text) : .string(text)
    }
    switch tag {
    case "!!str":
      return .string(text)
    case "!!binary":
      guard let bytes = Base64.decode(text) else {
        throw Failure(description: "!!binary value contains invalid base64 data")
      }
      return .binary(bytes)
    case "!!null", "!!bool", "!!int", "!!float", "!!timestamp":
      let resolved = resolvePlain(text)
      if resolved.tag == tag { return resolved }
      if tag == "!!float", case .int(let value) = resolved { return .float(Double(value)) }
      if tag == "!!float", case .uint(let value) = resolved { return .float(Double(value)) }
      throw Failure(description: "cannot decode \(resolved.tag) `\(text)` as a \(tag)")
    default:
      return .custom(tag: tag, text: text)
    }
  }

  /// Resolves untagged plain text as yaml.v2 does.
  package static func resolvePlain(_ text: String) -> YAMLScalar {
    guard let first = text.utf8.first else { return .null }
    switch first {
    case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"),
      UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"),
      UInt8(ascii: "~"):
      return word(text) ?? .string(text)
    case UInt8(ascii: "."):
      if let special = word(text) { return special }
      if let value = GoNumber.float(Substring(text)) { return .float(value) }
      return .string(text)
    case UInt8(ascii: "+"), UInt8(ascii: "-"):
      if let special = word(text) { return special }
      return number(text) ?? .string(text)
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      return number(text) ?? .string(text)
    default:
      return .string(text)
    }
  }

  /// The fixed words of the YAML 1.1 resolve table.
  private static func word(_ text: String) -> YAMLScalar? {
    guard text.utf8.count <= longestWord else { return nil }
    return switch text {
    case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON": .bool(true)
    case "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF": .bool(false)
    case "~", "null", "Null", "NULL": .null
    case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": .float(.infinity)
    case "-.inf", "-.Inf", "-.INF": .float(-.infinity)
    case ".nan", ".NaN", ".NAN": .float(.nan)
    default: nil
    }
  }

  /// The length of the longest word in `word(_:)`, so longer text skips the comparisons.
  private static let longestWord = 5

  /// An integer (Go base-0 literal after removing `_`) or a YAML-style float.
  private static func number(_ text: String) -> YAMLScalar? {
    let plain = Substring(text.containsByte(UInt8(ascii: "_")) ? text.replacingAll("_") : text)
    if let (negative, magnitude) = GoNumber.integer(plain) {
      if negative {
        if magnitude <= UInt64(Int64.max) { return .int(-Int64(magnitude)) }
        if magnitude == UInt64(Int64.max) + 1 { return .int(Int64.min) }
      } else if magnitude <= UInt64(Int64.max) {
        return .int(Int64(magnitude))
      } else if plain.first != "+" {
        return .uint(magnitude)
      }
    }
    if GoNumber.isYAMLStyleFloat(plain), let value = GoNumber.float(plain) { return .float(value) }
    return nil
  }
}

extension String {
  /// The string without any occurrence of `character`.
  fileprivate func replacingAll(_ character: Character) -> String {
    String(filter { $0 != character })
  }
}
