import SDCore

/// Finds project ids in one set of files that are one or two edits away from another id there,
/// leaving alone siblings that differ only in a short last segment (`app-dev` / `app-prod`) or
/// only in their numbers (`team-1-prod` / `team-12-prod`).
package struct ProjectTypoFinder: Sendable {
  /// One place where a project id is written.
  package struct Occurrence: Hashable, Sendable {
    /// The project id as written.
    package let id: String
    /// Where it is written.
    package let range: SourceRange
    /// The file it is written in; nil for the file being linted.
    package let file: String?

    /// Creates an occurrence.
    package init(id: String, range: SourceRange, file: String? = nil) {
      self.id = id
      self.range = range
      self.file = file
    }
  }

  /// A place where a project id is probably a misspelling of another id used elsewhere.
  package struct Typo: Hashable, Sendable {
    /// The suspicious occurrence.
    package let occurrence: Occurrence
    /// The first place of the id it probably should be.
    package let other: Occurrence
    /// How many edits apart the two ids are (1 or 2).
    package let distance: Int

    /// One sentence naming the other spelling and where it is used.
    package var message: String {
      let edits = distance == 1 ? "1 edit" : "\(distance) edits"
      var place = "line \(other.range.start.line)"
      if let file = other.file, file != occurrence.file {
        place = "\(file):\(other.range.start.line)"
      }
      return "project '\(occurrence.id)' is \(edits) away from '\(other.id)' used at \(place); "
        + "check which spelling is right"
    }
  }

  /// The longest last segment that still marks two ids as siblings (`-a`, `-eu`, `-prod`, `-stage`).
  static let siblingSuffixLimit = 5

  /// Ids the user declared as real (e.g. in `.sdgen.yml`); they are never reported as typos.
  package let knownProjects: Set<String>

  /// Creates a finder; ids in `knownProjects` are trusted.
  package init(knownProjects: Set<String> = []) {
    self.knownProjects = knownProjects
  }

  /// True for ids that differ only in a short last `-` segment, where one is the other plus such a
  /// segment, or that differ only in their runs of digits.
  package static func areSiblings(_ a: String, _ b: String) -> Bool {
    let table = SpellingTable([a, b])
    return table.areSiblings(0, 1)
  }

  /// The likely typos among `occurrences`, in the order of the occurrences.
  ///
  /// Of two ids within two edits, the one written fewer times is reported (on a tie, the one
  /// first written later; a known project is never reported), at each of its places. Ids that
  /// differ only in digits are never compared; others only when their lengths differ by at most
  /// two, after cheap sibling and letter-count checks.
  package func typos(in occurrences: [Occurrence]) -> [Typo] {
    var firsts: [Occurrence] = []
    var counts: [Int] = []
    var indexByID: [String: Int] = [:]
    for occurrence in occurrences {
      if let index = indexByID[occurrence.id] {
        counts[index] += 1
      } else {
        indexByID[occurrence.id] = firsts.count
        firsts.append(occurrence)
        counts.append(1)
      }
    }
    let table = SpellingTable(firsts.map(\.id))
    var partner: [Int: (other: Int, distance: Int)] = [:]
    let classes = table.numberClasses()
    for (position, mine) in classes.enumerated() {
      for theirs in classes[(position + 1)...] {
        if theirs.shortest - mine.longest > 2 { break }
        for i in mine.members {
          for j in theirs.members {
            guard let distance = table.typoDistance(i, j),
              let (typo, meant) = suspect(i, j, firsts: firsts, counts: counts)
            else { continue }
            if let current = partner[typo],
              (current.distance, -counts[current.other], current.other)
                <= (distance, -counts[meant], meant)
            {
              continue
            }
            partner[typo] = (meant, distance)
          }
        }
      }
    }
    return occurrences.compactMap { occurrence in
      guard let index = indexByID[occurrence.id], let (other, distance) = partner[index] else {
        return nil
      }
      return Typo(occurrence: occurrence, other: firsts[other], distance: distance)
    }
  }

  /// Which of two near ids is the suspect and which the meant one; nil when both are trusted.
  /// Indexes are in first-occurrence order.
  private func suspect(_ i: Int, _ j: Int, firsts: [Occurrence], counts: [Int]) -> (
    typo: Int, meant: Int
  )? {
    let iKnown = knownProjects.contains(firsts[i].id)
    let jKnown = knownProjects.contains(firsts[j].id)
    if iKnown && jKnown { return nil }
    if iKnown { return (j, i) }
    if jKnown { return (i, j) }
    if counts[i] != counts[j] { return counts[i] < counts[j] ? (i, j) : (j, i) }
    return i > j ? (i, j) : (j, i)
  }
}

/// Distinct project ids with what the pairwise comparison needs, computed once: lengths, interned
/// stems for the sibling rule, and letter counts for a cheap lower bound on the edit distance.
private struct SpellingTable {
  static let buckets = 32
  let texts: [String]
  let lengths: [Int]
  /// Interned id of the whole text and of the text before its last `-` (the whole text if none).
  private let textIDs: [Int]
  private let stemIDs: [Int]
  /// Interned id of the text with each run of digits replaced by `#`.
  private let skeletonIDs: [Int]
  /// One bit per byte value modulo 64 present in the text: an edit flips at most two bits.
  private let presenceMasks: [UInt64]
  /// Whether the text has a last `-` segment, and whether that segment is short enough for siblings.
  private let hasLastSegment: [Bool]
  private let lastSegmentIsShort: [Bool]
  /// `buckets` counts per text, of its bytes folded modulo `buckets`.
  private let histograms: [UInt16]

  init(_ texts: [String]) {
    self.texts = texts
    var interned: [Substring: Int] = [:]
    func intern(_ text: Substring) -> Int {
      if let id = interned[text] { return id }
      interned[text] = interned.count
      return interned.count - 1
    }
    var lengths: [Int] = []
    var textIDs: [Int] = []
    var skeletonIDs: [Int] = []
    var masks: [UInt64] = []
    var stemIDs: [Int] = []
    var hasLast: [Bool] = []
    var lastShort: [Bool] = []
    var histograms = [UInt16](repeating: 0, count: texts.count * Self.buckets)
    for (index, text) in texts.enumerated() {
      lengths.append(text.unicodeScalars.count)
      textIDs.append(intern(text[...]))
      if let dash = text.lastIndex(of: "-") {
        stemIDs.append(intern(text[..<dash]))
        hasLast.append(true)
        lastShort.append(
          text[text.index(after: dash)...].count <= ProjectTypoFinder.siblingSuffixLimit)
      } else {
        stemIDs.append(textIDs[index])
        hasLast.append(false)
        lastShort.append(false)
      }
      // Digits are ASCII, so replacing their runs keeps the bytes valid UTF-8.
      var skeleton: [UInt8] = []
      skeleton.reserveCapacity(text.utf8.count)
      var mask: UInt64 = 0
      for byte in text.utf8 {
        let slot = index * Self.buckets + Int(byte) % Self.buckets
        histograms[slot] = histograms[slot] &+ 1
        mask |= 1 << (byte % 64)
        if !GCEName.isDigit(byte) {
          skeleton.append(byte)
        } else if skeleton.last != UInt8(ascii: "#") {
          skeleton.append(UInt8(ascii: "#"))
        }
      }
      skeletonIDs.append(intern(String(decoding: skeleton, as: UTF8.self)[...]))
      masks.append(mask)
    }
    self.lengths = lengths
    self.textIDs = textIDs
    self.skeletonIDs = skeletonIDs
    self.presenceMasks = masks
    self.stemIDs = stemIDs
    self.hasLastSegment = hasLast
    self.lastSegmentIsShort = lastShort
    self.histograms = histograms
  }

  /// The ids grouped by their text with digit runs replaced (all siblings of each other), with
  /// each group's shortest and longest length; groups sorted by shortest length.
  func numberClasses() -> [(members: [Int], shortest: Int, longest: Int)] {
    var membersBySkeleton: [Int: [Int]] = [:]
    var order: [Int] = []
    for index in texts.indices {
      if membersBySkeleton[skeletonIDs[index]] == nil { order.append(skeletonIDs[index]) }
      membersBySkeleton[skeletonIDs[index], default: []].append(index)
    }
    return order.map { skeleton in
      let members = membersBySkeleton[skeleton]!
      let memberLengths = members.map { lengths[$0] }
      return (members, memberLengths.min()!, memberLengths.max()!)
    }
    .sorted { ($0.shortest, $0.members[0]) < ($1.shortest, $1.members[0]) }
  }

  func areSiblings(_ a: Int, _ b: Int) -> Bool {
    if skeletonIDs[a] == skeletonIDs[b] { return true }
    if hasLastSegment[a], hasLastSegment[b], stemIDs[a] == stemIDs[b] {
      return lastSegmentIsShort[a] && lastSegmentIsShort[b]
    }
    if hasLastSegment[a], stemIDs[a] == textIDs[b] { return lastSegmentIsShort[a] }
    if hasLastSegment[b], stemIDs[b] == textIDs[a] { return lastSegmentIsShort[b] }
    return false
  }

  /// The edit distance when it is 1 or 2 and the ids are not siblings; nil otherwise.
  func typoDistance(_ a: Int, _ b: Int) -> Int? {
    guard abs(lengths[a] - lengths[b]) <= 2,
      (presenceMasks[a] ^ presenceMasks[b]).nonzeroBitCount <= 4,
      !areSiblings(a, b), bagDistanceIsAtMostTwo(a, b)
    else {
      return nil
    }
    let distance = Suggestions.distance(texts[a], texts[b], limit: 2)
    return (1...2).contains(distance) ? distance : nil
  }

  /// The bag distance (a lower bound on the edit distance) is at most 2.
  private func bagDistanceIsAtMostTwo(_ a: Int, _ b: Int) -> Bool {
    var surplus = 0
    var deficit = 0
    let baseA = a * Self.buckets
    let baseB = b * Self.buckets
    for bucket in 0..<Self.buckets {
      let difference = Int(histograms[baseA + bucket]) - Int(histograms[baseB + bucket])
      if difference > 0 { surplus += difference } else { deficit -= difference }
      if surplus > 2 || deficit > 2 { return false }
    }
    return true
  }
}
