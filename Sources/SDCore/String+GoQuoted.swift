extension String {
  /// The string quoted as Go's `%q` (`strconv.Quote`) prints it.
  package var goQuoted: String {
    var result = "\""
    for scalar in unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\u{7}": result += "\\a"
      case "\u{8}": result += "\\b"
      case "\u{C}": result += "\\f"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{B}": result += "\\v"
      default:
        if scalar.isGoPrintable {
          result.unicodeScalars.append(scalar)
        } else if scalar.value < 0x80 {
          result += "\\x" + scalar.value.hex(width: 2)
        } else if scalar.value < 0x10000 {
          result += "\\u" + scalar.value.hex(width: 4)
        } else {
          result += "\\U" + scalar.value.hex(width: 8)
        }
      }
    }
    return result + "\""
  }
}

extension Unicode.Scalar {
  /// Go's `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
  var isGoPrintable: Bool {
    if value < 0x80 { return (0x20...0x7E).contains(value) }
    switch properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .nonspacingMark,
      .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber, .connectorPunctuation,
      .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
      .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
      return true
    default:
      return false
    }
  }
}

extension UInt32 {
  func hex(width: Int) -> String {
    let digits = String(self, radix: 16)
    return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
  }
}
