/// Answers for the expression shapes relabel rules use most, found once at compile time so the VM
/// runs only when needed: `^literal$`, `^(.*)$`-like catch-alls, and a literal prefix every match needs.
struct RegexShortcut: Sendable {
  /// A whole-text shape that decides a match without the VM.
  enum Whole: Sendable {
    /// `^literal$`: the text must equal these bytes.
    case literal([UInt8])
    /// `^(.*)$`, `^.+$` and the like: any text of at least `minimumLength` bytes, without a newline
    /// unless `newline`; `group` is the capture around the repetition, if any.
    case everything(group: Int?, newline: Bool, minimumLength: Int)
  }

  /// The whole-text shape, when the expression has one.
  let whole: Whole?
  /// UTF-8 bytes every match starts with, for expressions anchored at the start of the text.
  let prefix: [UInt8]

  /// Inspects `node`, the parsed expression.
  init(_ node: RegexNode) {
    var items: [RegexNode] = []
    Self.flatten(node, into: &items)
    guard case .assertion(.beginText) = items.first else {
      whole = nil
      prefix = []
      return
    }
    var prefixScalars = String.UnicodeScalarView()
    for item in items.dropFirst() {
      guard case .literal(let scalar, foldCase: false) = item else { break }
      prefixScalars.append(scalar)
    }
    prefix = Array(String(prefixScalars).utf8)
    whole = Self.wholeShape(items)
  }

  private static func flatten(_ node: RegexNode, into items: inout [RegexNode]) {
    if case .concat(let subs) = node {
      for sub in subs { flatten(sub, into: &items) }
    } else if case .empty = node {
      return
    } else {
      items.append(node)
    }
  }

  private static func wholeShape(_ items: [RegexNode]) -> Whole? {
    guard items.count >= 2, case .assertion(.endText) = items.last! else { return nil }
    let middle = items.dropFirst().dropLast()
    var literal = String.UnicodeScalarView()
    if middle.allSatisfy({ item in
      guard case .literal(let scalar, foldCase: false) = item else { return false }
      literal.append(scalar)
      return true
    }) {
      return .literal(Array(String(literal).utf8))
    }
    guard middle.count == 1 else { return nil }
    var group: Int?
    var body = middle.first!
    if case .capture(let index, _, let sub) = body {
      group = index
      body = sub
    }
    guard case .repetition(let repeated, let min, -1, _) = body, min <= 1 else { return nil }
    switch repeated {
    case .anyChar: return .everything(group: group, newline: true, minimumLength: min)
    case .anyCharNotNewline: return .everything(group: group, newline: false, minimumLength: min)
    default: return nil
    }
  }

  /// The capture offsets (`slotCount` of them) for `text` when the whole-text shape decides it;
  /// `.some(nil)` for "no match", nil when the VM must run.
  func match(_ text: String, slotCount: Int) -> [Int]?? {
    guard let whole else { return nil }
    let length = text.utf8.count
    switch whole {
    case .literal(let bytes):
      guard text.utf8.elementsEqual(bytes) else { return .some(nil) }
    case .everything(let group, let newline, let minimumLength):
      guard length >= minimumLength, newline || !text.utf8.contains(0x0A) else { return .some(nil) }
      var offsets = Array(repeating: -1, count: slotCount)
      offsets[0] = 0
      offsets[1] = length
      if let group {
        offsets[2 * group] = 0
        offsets[2 * group + 1] = length
      }
      return offsets
    }
    var offsets = Array(repeating: -1, count: slotCount)
    offsets[0] = 0
    offsets[1] = length
    return offsets
  }
}
