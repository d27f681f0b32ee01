/// What a string needs to be written as a YAML scalar: whether it can stand unquoted (in block and
/// in flow context), whether YAML 1.1 (yaml.v2) would read it unquoted as a string, and whether it
/// needs double-quoted escapes. Computed in one pass over the UTF-8 bytes.
struct YAMLQuoting {
  /// Some character can only be written as an escape inside a double-quoted scalar.
  private(set) var needsEscapes = false
  /// The text contains a `'`, doubled inside single quotes.
  private(set) var hasSingleQuote = false
  private var plainInBlock = true
  private var plainInFlow = true
  /// yaml.v2 reads the unquoted text as a string (decided conservatively: anything number-like is quoted).
  private(set) var resolvesToString = true

  /// Words yaml.v2 resolves to booleans, null or the merge key when unquoted.
  private static let reservedWords: Set<String> = [
    "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
    "true", "True", "TRUE", "false", "False", "FALSE",
    "on", "On", "ON", "off", "Off", "OFF",
    "~", "null", "Null", "NULL", "<<",
    ".inf", ".Inf", ".INF", ".nan", ".NaN", ".NAN",
  ]

  init(_ text: String) {
    var contiguous = text
    contiguous.makeContiguousUTF8()
    _ = contiguous.utf8.withContiguousStorageIfAvailable { scan($0) }
    if resolvesToString, text.utf8.count <= 5, Self.reservedWords.contains(text) { resolvesToString = false }
  }

  /// True when the text can be written as a plain scalar and read back unchanged.
  func canBePlain(flow: Bool) -> Bool { flow ? plainInFlow : plainInBlock }

  /// True when `scalar` is a line break, a control character or otherwise not printable in YAML.
  static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20...0x7E: false
    case 0x00...0x1F, 0x7F...0x9F, 0xFEFF, 0x2028, 0x2029, 0xD800...0xDFFF, 0xFFFE, 0xFFFF: true
    default: false
    }
  }

  private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
    let count = bytes.count
    guard count > 0 else {
      plainInBlock = false
      plainInFlow = false
      resolvesToString = false
      return
    }
    let first = bytes[0]
    let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
    let endsToken = { (index: Int) in index + 1 == count || isBlank(bytes[index + 1]) }
    if isBlank(first) || isBlank(bytes[count - 1]) { blockUnsafe() }
    switch first {
    case UInt8(ascii: "!"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "'"), UInt8(ascii: "\""),
      UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: ">"),
      UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: ","),
      UInt8(ascii: "#"):
      blockUnsafe()
    case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
      plainInFlow = false
      if endsToken(0) { blockUnsafe() }
      if first == UInt8(ascii: "-"), count >= 3, bytes[1] == first, bytes[2] == first { blockUnsafe() }
    case UInt8(ascii: "."):
      if count >= 3, bytes[1] == first, bytes[2] == first { blockUnsafe() }
    default:
      break
    }
    resolvesToString = Self.startsLikeString(bytes)
    var index = 0
    while index < count {
      let byte = bytes[index]
      switch byte {
      case 0x09:
        break
      case 0x00...0x1F, 0x7F:
        escapeNeeded()
      case UInt8(ascii: ":"):
        plainInFlow = false
        if endsToken(index) { blockUnsafe() }
      case UInt8(ascii: "#"):
        if index > 0, isBlank(bytes[index - 1]) { blockUnsafe() }
      case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
        plainInFlow = false
      case UInt8(ascii: "'"):
        hasSingleQuote = true
      case 0xC2:
        // U+0080...U+009F (C1 controls, NEL).
        if index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) { escapeNeeded() }
      case 0xE2:
        // U+2028 and U+2029, line and paragraph separators.
        if index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
          escapeNeeded()
        }
      case 0xEF:
        // U+FEFF (byte order mark), U+FFFE and U+FFFF.
        if index + 2 < count,
          (bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF)
            || (bytes[index + 1] == 0xBF && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF))
        {
          escapeNeeded()
        }
      default:
        break
      }
      index += 1
    }
  }

  /// False when the first characters make yaml.v2 try a number (a digit, or a sign or dot before
  /// a digit or dot; underscores after a sign are dropped as yaml.v2 drops them).
  private static func startsLikeString(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    let first = bytes[0]
    if isDigit(first) { return false }
    guard first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: ".") else { return true }
    var index = 1
    if first != UInt8(ascii: ".") {
      while index < bytes.count, bytes[index] == UInt8(ascii: "_") { index += 1 }
    }
    guard index < bytes.count else { return true }
    return !(isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "."))
  }

  private mutating func blockUnsafe() {
    plainInBlock = false
    plainInFlow = false
  }

  private mutating func escapeNeeded() {
    needsEscapes = true
    blockUnsafe()
  }
}
