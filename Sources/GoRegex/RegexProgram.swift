/// A regex compiled to instructions for a Pike VM, laid out as Go's `regexp/syntax` compiler does
/// (including its rule that a star over a nullable body is compiled as `(x+)?`).
struct RegexProgram: Sendable {
  /// One VM instruction; `next` is the following instruction's index.
  enum Instruction: Sendable {
    case scalar(UInt32, next: Int)
    case scalarSet([UInt32], next: Int)
    case charClass(CharClass, next: Int)
    case anyScalar(next: Int)
    case anyScalarButNewline(next: Int)
    /// Tries `preferred` first, then `other`.
    case split(preferred: Int, other: Int)
    case save(slot: Int, next: Int)
    case assertion(RegexNode.Assertion, next: Int)
    case match
  }

  /// The instructions; `start` is where a thread begins.
  private(set) var instructions: [Instruction] = []
  /// The entry point.
  private(set) var start = 0
  /// Two slots per capture group, group 0 included.
  let slotCount: Int
  /// True when every match must begin at the start of the text.
  private(set) var anchoredAtStart = false

  /// Compiles `node`, which has `groupCount` capture groups besides group 0.
  init(_ node: RegexNode, groupCount: Int) {
    slotCount = 2 * (groupCount + 1)
    let matchIndex = append(.match)
    let end = append(.save(slot: 1, next: matchIndex))
    let body = compile(node, next: end)
    start = append(.save(slot: 0, next: body))
    anchoredAtStart = beginsWithTextStart()
  }

  private mutating func append(_ instruction: Instruction) -> Int {
    instructions.append(instruction)
    return instructions.count - 1
  }

  private mutating func placeholder() -> Int { append(.match) }

  /// Emits `node` so that it continues at `next`; returns its entry.
  private mutating func compile(_ node: RegexNode, next: Int) -> Int {
    switch node {
    case .empty:
      return next
    case .literal(let scalar, let foldCase):
      let orbit = foldCase ? CaseFolding.orbit(scalar).map(\.value) : [scalar.value]
      return append(orbit.count == 1 ? .scalar(orbit[0], next: next) : .scalarSet(orbit, next: next))
    case .charClass(let charClass):
      return append(.charClass(charClass, next: next))
    case .anyChar:
      return append(.anyScalar(next: next))
    case .anyCharNotNewline:
      return append(.anyScalarButNewline(next: next))
    case .assertion(let assertion):
      return append(.assertion(assertion, next: next))
    case .capture(let index, _, let sub):
      let close = append(.save(slot: 2 * index + 1, next: next))
      let body = compile(sub, next: close)
      return append(.save(slot: 2 * index, next: body))
    case .concat(let subs):
      var entry = next
      for sub in subs.reversed() { entry = compile(sub, next: entry) }
      return entry
    case .alternate(let subs):
      var entry = compile(subs[subs.count - 1], next: next)
      for sub in subs.dropLast().reversed() {
        let preferred = compile(sub, next: next)
        entry = append(.split(preferred: preferred, other: entry))
      }
      return entry
    case .repetition(let sub, let min, let max, let greedy):
      return compileRepetition(sub, min: min, max: max, greedy: greedy, next: next)
    }
  }

  private mutating func compileRepetition(_ sub: RegexNode, min: Int, max: Int, greedy: Bool, next: Int) -> Int {
    switch (min, max) {
    case (0, -1):
      if sub.isNullable {
        return compileQuest(.repetition(sub, min: 1, max: -1, greedy: greedy), greedy: greedy, next: next)
      }
      let loop = placeholder()
      let body = compile(sub, next: loop)
      instructions[loop] = greedy ? .split(preferred: body, other: next) : .split(preferred: next, other: body)
      return loop
    case (1, -1):
      let loop = placeholder()
      let body = compile(sub, next: loop)
      instructions[loop] = greedy ? .split(preferred: body, other: next) : .split(preferred: next, other: body)
      return body
    case (0, 1):
      return compileQuest(sub, greedy: greedy, next: next)
    case (_, -1):
      let copies = Array(repeating: sub, count: min - 1) + [.repetition(sub, min: 1, max: -1, greedy: greedy)]
      return compile(.concat(copies), next: next)
    case (0, 0):
      return next
    case (1, 1):
      return compile(sub, next: next)
    default:
      // x{2,5} is xx(x(x(x)?)?)?
      var suffix: RegexNode = .empty
      if max > min {
        suffix = .repetition(sub, min: 0, max: 1, greedy: greedy)
        for _ in (min + 1)..<max {
          suffix = .repetition(.concat([sub, suffix]), min: 0, max: 1, greedy: greedy)
        }
      }
      return compile(.concat(Array(repeating: sub, count: min) + [suffix]), next: next)
    }
  }

  private mutating func compileQuest(_ sub: RegexNode, greedy: Bool, next: Int) -> Int {
    let body = compile(sub, next: next)
    return append(greedy ? .split(preferred: body, other: next) : .split(preferred: next, other: body))
  }

  /// Follows the straight-line start of the program looking for `^` / `\A`.
  private func beginsWithTextStart() -> Bool {
    var pc = start
    for _ in 0..<instructions.count {
      switch instructions[pc] {
      case .save(_, let next): pc = next
      case .assertion(.beginText, _): return true
      case .assertion(_, let next): pc = next
      default: return false
      }
    }
    return false
  }
}
