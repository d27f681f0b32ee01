/// Questions lint rules ask about a (relabel) regex without running it on real data: can it match the
/// empty value, a value wrapped in a separator (like `__meta_gce_tags` = `,a,b,`), or any of a known
/// set of values. Answers err towards "can match", so a rule built on them never warns wrongly.
extension GoRegex {
  /// True when the regex matches the empty value (what a missing source label gives).
  package var matchesEmpty: Bool { matches("") }

  /// The single value the regex matches when the pattern is a plain literal (`RUNNING`, `a\.b`), else nil.
  package var literalValue: String? { exactLiteral }

  /// Every value the regex can match, when that set is finite and at most `limit` values
  /// (`RUNNING|STAGING`, `web-[12]`); nil otherwise.
  package func finiteValues(limit: Int = 64) -> [String]? {
    node.finiteLanguage(limit: limit).map { Array(Set($0)).sorted() }
  }

  /// True when the regex matches at least one of `values`.
  package func matchesAny(of values: some Sequence<String>) -> Bool {
    values.contains { matches($0) }
  }

  /// True when the regex might match some value made of `prefix`, any scalars, then `suffix`
  /// (e.g. `,` and `,` for `__meta_gce_tags`). False means it never can.
  package func canMatch(prefix: String, suffix: String) -> Bool {
    ShapeSearch(program: program, node: node, prefix: prefix, suffix: suffix).run()
  }
}

/// Reachability over (instruction, position-in-shape) pairs for `canMatch(prefix:suffix:)`: the value is
/// the prefix, then any scalars, then the suffix; the middle uses a small alphabet of representative
/// scalars plus "some other scalar", and line and word assertions are assumed to hold.
private struct ShapeSearch {
  /// Where in the shape `prefix · anything · suffix` the search is.
  private enum Phase {
    case prefix(Int)
    case middle
    case suffix(Int)
  }

  private struct State {
    let pc: Int
    let phase: Phase
  }

  /// Scalars always in the sample alphabet: letters, digits and the separators label values are made of.
  private static let commonScalars = "aA0_-., :/\n".unicodeScalars.map(\.value)

  /// Stands for any scalar outside the sample alphabet.
  private static let other: UInt32 = 0x10_FFFF

  let program: RegexProgram
  let prefix: [UInt32]
  let suffix: [UInt32]
  let alphabet: [UInt32]

  init(program: RegexProgram, node: RegexNode, prefix: String, suffix: String) {
    self.program = program
    self.prefix = prefix.unicodeScalars.map(\.value)
    self.suffix = suffix.unicodeScalars.map(\.value)
    // A sorted list without repeats: far cheaper to build than a set for the few dozen scalars of a pattern.
    var samples = Self.commonScalars + self.prefix + self.suffix
    node.collectScalars(into: &samples)
    samples.sort()
    var alphabet: [UInt32] = []
    alphabet.reserveCapacity(samples.count + 1)
    for scalar in samples where alphabet.last != scalar { alphabet.append(scalar) }
    alphabet.append(Self.other)
    self.alphabet = alphabet
  }

  func run() -> Bool {
    // One flag per (instruction, phase): a flat table is far cheaper than hashing states into a set.
    let phaseCount = prefix.count + suffix.count + 2
    var seen = [Bool](repeating: false, count: program.instructions.count * phaseCount)
    var pending: [State] = []
    func push(_ state: State) {
      let slot = state.pc * phaseCount + index(of: state.phase)
      if !seen[slot] {
        seen[slot] = true
        pending.append(state)
      }
    }
    push(State(pc: program.start, phase: prefix.isEmpty ? .middle : .prefix(0)))
    while let state = pending.popLast() {
      if case .middle = state.phase { push(State(pc: state.pc, phase: .suffix(0))) }
      switch program.instructions[state.pc] {
      case .match:
        if case .suffix(let index) = state.phase, index == suffix.count { return true }
      case .split(let preferred, let other):
        push(State(pc: preferred, phase: state.phase))
        push(State(pc: other, phase: state.phase))
      case .save(_, let next):
        push(State(pc: next, phase: state.phase))
      case .assertion(let assertion, let next):
        if holds(assertion, in: state.phase) { push(State(pc: next, phase: state.phase)) }
      default:
        for scalar in candidates(for: state.phase) where accepts(program.instructions[state.pc], scalar) {
          if let phase = advance(state.phase), let next = target(of: program.instructions[state.pc]) {
            push(State(pc: next, phase: phase))
          }
        }
      }
    }
    return false
  }

  /// The position of `phase` among the prefix positions, the middle and the suffix positions.
  private func index(of phase: Phase) -> Int {
    switch phase {
    case .prefix(let index): return index
    case .middle: return prefix.count
    case .suffix(let index): return prefix.count + 1 + index
    }
  }

  private func holds(_ assertion: RegexNode.Assertion, in phase: Phase) -> Bool {
    switch assertion {
    case .beginText:
      if case .prefix(0) = phase { return true }
      if case .middle = phase, prefix.isEmpty { return true }
      if case .suffix(0) = phase, prefix.isEmpty { return true }
      return false
    case .endText:
      if case .suffix(let index) = phase { return index == suffix.count }
      return false
    default:
      return true
    }
  }

  private func candidates(for phase: Phase) -> [UInt32] {
    switch phase {
    case .prefix(let index): return [prefix[index]]
    case .middle: return alphabet
    case .suffix(let index): return index < suffix.count ? [suffix[index]] : []
    }
  }

  private func advance(_ phase: Phase) -> Phase? {
    switch phase {
    case .prefix(let index): return index + 1 == prefix.count ? .middle : .prefix(index + 1)
    case .middle: return .middle
    case .suffix(let index): return index < suffix.count ? .suffix(index + 1) : nil
    }
  }

  private func target(of instruction: RegexProgram.Instruction) -> Int? {
    switch instruction {
    case .scalar(_, let next), .scalarSet(_, let next), .charClass(_, let next), .anyScalar(let next),
      .anyScalarButNewline(let next):
      return next
    default:
      return nil
    }
  }

  private func accepts(_ instruction: RegexProgram.Instruction, _ scalar: UInt32) -> Bool {
    switch instruction {
    case .scalar(let expected, _): return scalar != Self.other && expected == scalar
    case .scalarSet(let expected, _): return scalar != Self.other && expected.contains(scalar)
    case .anyScalar: return true
    case .anyScalarButNewline: return scalar != 0x0A
    case .charClass(let charClass, _):
      return scalar == Self.other ? charClass.mayContainUnlisted(alphabet) : charClass.contains(Unicode.Scalar(scalar)!)
    default: return false
    }
  }
}

extension CharClass {
  /// True unless the class certainly matches nothing outside `listed` (over-approximate).
  fileprivate func mayContainUnlisted(_ listed: [UInt32]) -> Bool {
    if negated || foldCase { return true }
    let known = Set(listed)
    return items.contains { item in
      guard !item.negated, case .ranges(let ranges) = item.kind else { return true }
      return ranges.contains { range in
        range.count > known.filter { range.contains($0) }.count
      }
    }
  }
}

extension RegexNode {
  /// Adds every scalar named in the tree (literals and class range ends) to `samples`.
  fileprivate func collectScalars(into samples: inout [UInt32]) {
    switch self {
    case .literal(let scalar, let foldCase):
      if foldCase { samples += CaseFolding.orbit(scalar).map(\.value) } else { samples.append(scalar.value) }
    case .charClass(let charClass):
      for item in charClass.items {
        if case .ranges(let ranges) = item.kind {
          // A bound may be a surrogate (`\x{D800}`), which is no scalar and never in a text.
          for range in ranges {
            for bound in [range.lowerBound, range.upperBound] where Unicode.Scalar(bound) != nil {
              samples.append(bound)
            }
          }
        }
      }
    case .capture(_, _, let sub), .repetition(let sub, _, _, _):
      sub.collectScalars(into: &samples)
    case .concat(let subs), .alternate(let subs):
      for sub in subs { sub.collectScalars(into: &samples) }
    case .empty, .anyChar, .anyCharNotNewline, .assertion:
      break
    }
  }

  /// The strings the tree matches when they are finitely many (at most `limit`), ignoring the text
  /// anchors `^`/`$` that Prometheus adds; nil when infinite, too many, or not simply enumerable.
  fileprivate func finiteLanguage(limit: Int) -> [String]? {
    switch self {
    case .empty, .assertion(.beginText), .assertion(.endText):
      return [""]
    case .literal(let scalar, foldCase: false):
      return [String(Character(scalar))]
    case .charClass(let charClass):
      guard !charClass.negated, !charClass.foldCase else { return nil }
      var values: [String] = []
      for item in charClass.items {
        guard !item.negated, case .ranges(let ranges) = item.kind else { return nil }
        for range in ranges {
          guard values.count + range.count <= limit else { return nil }
          values += range.compactMap { Unicode.Scalar($0).map { String(Character($0)) } }
        }
      }
      return values
    case .capture(_, _, let sub):
      return sub.finiteLanguage(limit: limit)
    case .concat(let subs):
      var result = [""]
      for sub in subs {
        guard let part = sub.finiteLanguage(limit: limit), result.count * part.count <= limit else { return nil }
        result = result.flatMap { head in part.map { head + $0 } }
      }
      return result
    case .alternate(let subs):
      var result: [String] = []
      for sub in subs {
        guard let part = sub.finiteLanguage(limit: limit), result.count + part.count <= limit else { return nil }
        result += part
      }
      return result
    case .repetition(let sub, let min, let max, _):
      guard max >= 0 else { return nil }
      var result: [String] = []
      for count in min...max {
        let copies = Array(repeating: sub, count: count)
        guard let part = RegexNode.concat(copies).finiteLanguage(limit: limit), result.count + part.count <= limit
        else { return nil }
        result += part
      }
      return result
    default:
      return nil
    }
  }
}
