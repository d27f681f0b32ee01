/// A number as Python reads it from filter text and resource values: an integer of any size,
/// compared exactly (so 19–20 digit instance ids never go through floating point), or a float.
struct PythonNumber: Sendable, Hashable {
  /// The two kinds of Python number.
  enum Storage: Sendable, Hashable {
    /// An integer: its sign and its decimal digits without leading zeros ("0" for zero).
    case integer(negative: Bool, digits: String)
    /// A float.
    case real(Double)
  }

  /// The number.
  let storage: Storage

  private init(storage: Storage) {
    self.storage = storage
  }

  /// An integer from its value.
  init(_ value: Int) {
    self.init(storage: .integer(negative: value < 0, digits: String(value.magnitude)))
  }

  /// A JSON number: an integer when it has no fraction, else a float.
  init(json value: Double) {
    if value == value.rounded(), abs(value) < 1e18 {
      self.init(Int(value))
    } else {
      self.init(storage: .real(value))
    }
  }

  /// The number Python's `int(text)` or else `float(text)` reads, nil when neither does.
  init?(text: String) {
    var body = Substring(text).drop(while: \.isWhitespace)
    while let last = body.last, last.isWhitespace { body = body.dropLast() }
    guard let first = body.first else { return nil }
    let negative = first == "-"
    let unsigned = first == "-" || first == "+" ? body.dropFirst() : body
    if let digits = Self.integerDigits(unsigned) {
      let trimmed = digits.drop { $0 == "0" }
      self.init(storage: .integer(negative: negative && !trimmed.isEmpty, digits: trimmed.isEmpty ? "0" : String(trimmed)))
      return
    }
    guard let real = Self.float(unsigned) else { return nil }
    self.init(storage: .real(negative ? -real : real))
  }

  /// The digits of a Python integer literal body (`007`, `1_000`), nil when it is not one.
  private static func integerDigits(_ text: Substring) -> String? {
    guard !text.isEmpty, text.first != "_", text.last != "_", !text.contains("__") else { return nil }
    var digits = ""
    for character in text where character != "_" {
      guard let ascii = character.asciiValue, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(ascii) else {
        return nil
      }
      digits.append(character)
    }
    return digits
  }

  /// A Python float literal body: decimal digits with an optional fraction and exponent, or inf/nan.
  private static func float(_ text: Substring) -> Double? {
    switch text.lowercased() {
    case "inf", "infinity": return .infinity
    case "nan": return .nan
    default: break
    }
    let plain = text.filter { $0 != "_" }
    guard plain.allSatisfy({ $0.isASCII && ($0.isNumber || "eE.+-".contains($0)) }),
      plain.contains(where: \.isNumber)
    else { return nil }
    return Double(plain)
  }

  /// The value as a float (rounded for very long integers).
  var double: Double {
    switch storage {
    case .integer(let negative, let digits): return (negative ? -1 : 1) * (Double(digits) ?? .infinity)
    case .real(let value): return value
    }
  }

  /// -1, 0 or 1 comparing `self` with `other`; nil when either is NaN (every comparison is false).
  func compare(_ other: PythonNumber) -> Int? {
    guard case .integer(let leftNegative, let left) = storage, case .integer(let rightNegative, let right) = other.storage
    else {
      let (x, y) = (double, other.double)
      if x.isNaN || y.isNaN { return nil }
      return x < y ? -1 : (x == y ? 0 : 1)
    }
    if leftNegative != rightNegative { return leftNegative ? -1 : 1 }
    let magnitude = left.count != right.count ? (left.count < right.count ? -1 : 1) : (left < right ? -1 : (left == right ? 0 : 1))
    return leftNegative ? -magnitude : magnitude
  }

  /// The text Python's `repr` gives, with a trailing `.0` removed as gcloud does before matching words.
  var wordText: String {
    switch storage {
    case .integer(let negative, let digits): return (negative ? "-" : "") + digits
    case .real(let value):
      if value == value.rounded(), abs(value) < 1e16 { return String(Int(value)) }
      return String(value)
    }
  }
}
