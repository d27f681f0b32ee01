import SDCore

/// Runs a `RegexProgram` over UTF-8 text as Go's `regexp` machine does: threads in priority order;
/// leftmost-first, the first thread to match cuts off all lower-priority ones; leftmost-longest, a
/// match is kept until a longer one from the same start replaces it.
struct PikeVM {
  /// The threads alive at one position: a sparse set of program counters with their capture slots.
  private struct ThreadList {
    var sparse: [Int]
    var dense: [Int]
    var count = 0
    var slots: [Int]

    init(size: Int, slotCount: Int) {
      sparse = Array(repeating: 0, count: size)
      dense = Array(repeating: 0, count: size)
      slots = Array(repeating: -1, count: size * max(slotCount, 1))
    }

    func contains(_ pc: Int) -> Bool {
      let position = sparse[pc]
      return position < count && dense[position] == pc
    }

    mutating func insert(_ pc: Int) -> Int {
      sparse[pc] = count
      dense[count] = pc
      count += 1
      return count - 1
    }
  }

  private let program: RegexProgram
  private let text: UnsafeBufferPointer<UInt8>
  private let slotCount: Int
  private let longest: Bool
  private var current: ThreadList
  private var next: ThreadList
  private var working: [Int]
  private var stack: [(pc: Int, slot: Int, value: Int)] = []

  /// Prepares a run over `text`; `wantsCaptures` false makes a match a yes/no question.
  init(program: RegexProgram, text: UnsafeBufferPointer<UInt8>, wantsCaptures: Bool, longest: Bool) {
    self.program = program
    self.longest = longest
    self.text = text
    slotCount = wantsCaptures ? program.slotCount : 0
    let size = program.instructions.count
    current = ThreadList(size: size, slotCount: slotCount)
    next = ThreadList(size: size, slotCount: slotCount)
    working = Array(repeating: -1, count: slotCount)
  }

  /// The capture slots (UTF-8 offsets, -1 when unset) of the leftmost-first match at or after
  /// `from`, or nil; with captures off, an empty array means "matched".
  mutating func run(from: Int) -> [Int]? {
    var matched: [Int]?
    var position = from
    current.count = 0
    while true {
      if current.count == 0 {
        if matched != nil { break }
        if program.anchoredAtStart && position > 0 { break }
      }
      if matched == nil && (position == 0 || !program.anchoredAtStart) {
        for index in 0..<slotCount { working[index] = -1 }
        addThread(toNext: false, pc: program.start, at: position)
      }
      let scalar = position < text.count ? GoUTF8.decode(text, at: position) : nil
      let after = position + (scalar?.width ?? 0)
      next.count = 0
      var index = 0
      while index < current.count {
        let pc = current.dense[index]
        let base = index * slotCount
        index += 1
        if longest, slotCount > 0, let start = matched?[0], start < current.slots[base] { continue }
        if case .match = program.instructions[pc] {
          if longest, slotCount > 0, let end = matched?[1], end >= position { continue }
          matched = Array(current.slots[base..<(base + slotCount)])
          if slotCount > 1 { matched![1] = position }
          if longest { continue }
          break
        }
        guard let scalar, let target = consume(program.instructions[pc], scalar.value) else { continue }
        for slot in 0..<slotCount { working[slot] = current.slots[base + slot] }
        addThread(toNext: true, pc: target, at: after)
      }
      if scalar == nil { break }
      if slotCount == 0 && matched != nil { break }
      position = after
      swap(&current, &next)
    }
    return matched
  }

  /// The next instruction when `instruction` consumes `value`, or nil.
  private func consume(_ instruction: RegexProgram.Instruction, _ value: UInt32) -> Int? {
    switch instruction {
    case .scalar(let expected, let target): return expected == value ? target : nil
    case .scalarSet(let expected, let target): return expected.contains(value) ? target : nil
    case .charClass(let charClass, let target):
      return charClass.contains(Unicode.Scalar(value)!) ? target : nil
    case .anyScalar(let target): return target
    case .anyScalarButNewline(let target): return value == 0x0A ? nil : target
    default: return nil
    }
  }

  /// Adds the thread at `pc` and every thread reachable from it without consuming input, in priority
  /// order, each with the capture slots in `working` as they are on its path.
  private mutating func addThread(toNext: Bool, pc start: Int, at position: Int) {
    var list = ThreadList(size: 0, slotCount: 0)
    if toNext { swap(&list, &next) } else { swap(&list, &current) }
    defer { if toNext { swap(&list, &next) } else { swap(&list, &current) } }
    stack.append((start, -1, 0))
    while let entry = stack.popLast() {
      if entry.slot >= 0 {
        working[entry.slot] = entry.value
        continue
      }
      var pc = entry.pc
      walk: while !list.contains(pc) {
        let slot = list.insert(pc)
        switch program.instructions[pc] {
        case .split(let preferred, let other):
          stack.append((other, -1, 0))
          pc = preferred
        case .save(let index, let target):
          if index < slotCount {
            stack.append((0, index, working[index]))
            working[index] = position
          }
          pc = target
        case .assertion(let assertion, let target):
          guard holds(assertion, at: position) else { break walk }
          pc = target
        default:
          let base = slot * slotCount
          for index in 0..<slotCount { list.slots[base + index] = working[index] }
          break walk
        }
      }
    }
  }

  private func holds(_ assertion: RegexNode.Assertion, at position: Int) -> Bool {
    switch assertion {
    case .beginText: return position == 0
    case .endText: return position == text.count
    case .beginLine: return position == 0 || text[position - 1] == 0x0A
    case .endLine: return position == text.count || text[position] == 0x0A
    case .wordBoundary, .noWordBoundary:
      let before = position > 0 && Self.isWordByte(text[position - 1])
      let after = position < text.count && Self.isWordByte(text[position])
      return (before != after) == (assertion == .wordBoundary)
    }
  }

  /// ASCII word bytes; bytes of multi-byte scalars are never word characters, as in Go.
  private static func isWordByte(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F
  }

}
