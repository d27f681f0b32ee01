/// Writes a `YAMLValue` as deterministic block-style YAML: two-space indentation, sequences of
/// mappings as `- key: value`, and a scalar quoted exactly when YAML 1.1 (Prometheus's yaml.v2)
/// would otherwise read it as something else or could not read it at all.
package struct YAMLWriter: Sendable {
  /// Creates a writer.
  package init() {}

  /// The YAML text of `value`, ending with a newline.
  package func write(_ value: YAMLValue) -> String {
    var out = ""
    switch value {
    case .mapping(let entries) where !entries.isEmpty:
      writeMapping(entries, indent: 0, firstInline: false, to: &out)
    case .sequence(let items, _) where !items.isEmpty && !isFlowWritable(value):
      writeSequence(items, indent: 0, to: &out)
    default:
      writeInline(value, to: &out)
      out.append("\n")
    }
    return out
  }

  /// The text of one scalar as it would appear in block context.
  package func scalar(_ text: String, style: YAMLValue.ScalarStyle) -> String {
    var out = ""
    appendScalar(text, style: style, flow: false, to: &out)
    return out
  }

  private func writeMapping(_ entries: [YAMLEntry], indent: Int, firstInline: Bool, to out: inout String) {
    for (index, entry) in entries.enumerated() {
      if index > 0 || !firstInline { appendIndent(indent, to: &out) }
      appendScalar(entry.key, style: .string, flow: false, to: &out)
      out.append(":")
      writeValue(entry.value, indent: indent, to: &out)
    }
  }

  /// Writes what follows `key:` or `-`, including the line break.
  private func writeValue(_ value: YAMLValue, indent: Int, to out: inout String) {
    switch value {
    case .mapping(let entries) where !entries.isEmpty:
      out.append("\n")
      writeMapping(entries, indent: indent + 2, firstInline: false, to: &out)
    case .sequence(let items, _) where !items.isEmpty && !isFlowWritable(value):
      out.append("\n")
      writeSequence(items, indent: indent + 2, to: &out)
    default:
      out.append(" ")
      writeInline(value, to: &out)
      out.append("\n")
    }
  }

  private func writeSequence(_ items: [YAMLValue], indent: Int, to out: inout String) {
    for item in items {
      appendIndent(indent, to: &out)
      out.append("-")
      if case .mapping(let entries) = item, !entries.isEmpty {
        out.append(" ")
        writeMapping(entries, indent: indent + 2, firstInline: true, to: &out)
      } else {
        writeValue(item, indent: indent, to: &out)
      }
    }
  }

  /// Writes a scalar, an empty collection, or a flow sequence of scalars on the current line.
  private func writeInline(_ value: YAMLValue, to out: inout String) {
    switch value {
    case .scalar(let text, let style):
      appendScalar(text, style: style, flow: false, to: &out)
    case .mapping:
      out.append("{}")
    case .sequence(let items, _):
      out.append("[")
      for (index, item) in items.enumerated() {
        if index > 0 { out.append(", ") }
        if case .scalar(let text, let style) = item { appendScalar(text, style: style, flow: true, to: &out) }
      }
      out.append("]")
    }
  }

  /// True for an empty sequence, or a flow sequence holding only scalars.
  private func isFlowWritable(_ value: YAMLValue) -> Bool {
    guard case .sequence(let items, let flow) = value else { return false }
    if items.isEmpty { return true }
    return flow && items.allSatisfy { if case .scalar = $0 { true } else { false } }
  }

  /// Runs of spaces for the usual indentation depths, so writing a line allocates nothing.
  private static let indents: [String] = (0..<32).map { String(repeating: " ", count: $0) }

  private func appendIndent(_ indent: Int, to out: inout String) {
    out.append(indent < Self.indents.count ? Self.indents[indent] : String(repeating: " ", count: indent))
  }

  private func appendScalar(_ text: String, style: YAMLValue.ScalarStyle, flow: Bool, to out: inout String) {
    let quoting = YAMLQuoting(text)
    switch style {
    case .plain where quoting.canBePlain(flow: flow):
      out.append(text)
    case .string where quoting.canBePlain(flow: flow) && quoting.resolvesToString:
      out.append(text)
    default:
      if quoting.needsEscapes {
        appendDoubleQuoted(text, to: &out)
      } else {
        out.append("'")
        if quoting.hasSingleQuote {
          for character in text {
            out.append(character)
            if character == "'" { out.append("'") }
          }
        } else {
          out.append(text)
        }
        out.append("'")
      }
    }
  }

  private func appendDoubleQuoted(_ text: String, to out: inout String) {
    out.append("\"")
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out.append("\\\"")
      case "\\": out.append("\\\\")
      case "\n": out.append("\\n")
      case "\t": out.append("\\t")
      case "\r": out.append("\\r")
      default:
        if YAMLQuoting.needsEscape(scalar) {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          let width = scalar.value < 0x100 ? 2 : (scalar.value < 0x10000 ? 4 : 8)
          out.append(width == 2 ? "\\x" : (width == 4 ? "\\u" : "\\U"))
          out.append(String(repeating: "0", count: width - hex.count) + hex)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out.append("\"")
  }
}
