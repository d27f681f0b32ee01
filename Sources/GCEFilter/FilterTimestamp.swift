/// An instant read from RFC 3339 text (`2026-03-14T09:21:37.512-07:00`, `2026-01-01`), as gcloud
/// compares `*Timestamp` fields: offsets honoured, a missing offset read as UTC, a date as midnight.
struct FilterTimestamp: Sendable, Hashable, Comparable {
  /// Seconds since 1970-01-01T00:00:00Z.
  let seconds: Int
  /// Nanoseconds past `seconds`.
  let nanoseconds: Int

  /// True when `text` starts the way gcloud recognises a resource timestamp: `YYYY-MM-DD[ T]HH:MM:SS`.
  static func looksLikeResourceTimestamp(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars.prefix(19))
    guard scalars.count == 19 else { return false }
    for (index, scalar) in scalars.enumerated() {
      switch index {
      case 4, 7: if scalar != "-" { return false }
      case 10: if scalar != "T" && scalar != " " { return false }
      case 13, 16: if scalar != ":" { return false }
      default: if !("0"..."9").contains(scalar) { return false }
      }
    }
    return true
  }

  /// The instant `text` names, nil when it is not an RFC 3339 date or date-time.
  init?(_ text: String) {
    var reader = Reader(Array(text.unicodeScalars))
    guard let year = reader.number(4), reader.skip("-"), let month = reader.number(2), reader.skip("-"),
      let day = reader.number(2), (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    var (hour, minute, second, nanos, offset) = (0, 0, 0, 0, 0)
    if reader.skip("T") || reader.skip("t") || reader.skip(" ") {
      guard let h = reader.number(2), reader.skip(":"), let m = reader.number(2), h < 24, m < 60 else { return nil }
      (hour, minute) = (h, m)
      if reader.skip(":") {
        guard let s = reader.number(2), s <= 60 else { return nil }
        second = s
        if reader.skip(".") || reader.skip(",") {
          guard let fraction = reader.digits(), !fraction.isEmpty else { return nil }
          let padded = (fraction + "000000000").prefix(9)
          nanos = Int(padded) ?? 0
        }
      }
      if reader.skip("Z") || reader.skip("z") {
        offset = 0
      } else if let sign = reader.sign() {
        guard let h = reader.number(2) else { return nil }
        _ = reader.skip(":")
        let m = reader.number(2) ?? 0
        offset = sign * (h * 3600 + m * 60)
      }
    }
    guard reader.atEnd else { return nil }
    seconds = Self.daysSinceEpoch(year: year, month: month, day: day) * 86400 + hour * 3600 + minute * 60 + second - offset
    nanoseconds = nanos
  }

  /// Days from 1970-01-01 to the given proleptic Gregorian date.
  private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146097 + dayOfEra - 719468
  }

  static func < (lhs: FilterTimestamp, rhs: FilterTimestamp) -> Bool {
    (lhs.seconds, lhs.nanoseconds) < (rhs.seconds, rhs.nanoseconds)
  }

  /// A cursor over the scalars of a timestamp.
  private struct Reader {
    let scalars: [Unicode.Scalar]
    var index = 0

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    var atEnd: Bool { index == scalars.count }

    mutating func skip(_ scalar: Unicode.Scalar) -> Bool {
      guard index < scalars.count, scalars[index] == scalar else { return false }
      index += 1
      return true
    }

    mutating func sign() -> Int? {
      if skip("+") { return 1 }
      if skip("-") { return -1 }
      return nil
    }

    mutating func digits() -> String? {
      var text = ""
      while index < scalars.count, ("0"..."9").contains(scalars[index]) {
        text.unicodeScalars.append(scalars[index])
        index += 1
      }
      return text
    }

    mutating func number(_ width: Int) -> Int? {
      guard index + width <= scalars.count, scalars[index..<index + width].allSatisfy({ ("0"..."9").contains($0) })
      else { return nil }
      defer { index += width }
      return Int(String(String.UnicodeScalarView(scalars[index..<index + width])))
    }
  }
}
