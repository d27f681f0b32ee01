/// Finds project ids in one set of files that are one or two edits away from another id there,
/// leaving alone siblings that differ only in a short last segment (`app-dev` / `app-prod`).
public struct ProjectTypoFinder: Sendable {
  /// One place where a project id is written.
  public struct Occurrence: Hashable, Sendable {
    /// The project id as written.
    public let id: String
    /// Where it is written.
    public let range: SourceRange
    /// The file it is written in; nil for the file being linted.
    public let file: String?

    /// Creates an occurrence.
    public init(id: String, range: SourceRange, file: String? = nil) {
      self.id = id
      self.range = range
      self.file = file
    }
  }

  /// A place where a project id is probably a misspelling of another id used elsewhere.
  public struct Typo: Hashable, Sendable {
    /// The suspicious occurrence.
    public let occurrence: Occurrence
    /// The first place of the id it probably should be.
    public let other: Occurrence
    /// How many edits apart the two ids are (1 or 2).
    public let distance: Int

    /// One sentence naming the other spelling and where it is used.
    public var message: String {
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
  public let knownProjects: Set<String>

  /// Creates a finder; ids in `knownProjects` are trusted.
  public init(knownProjects: Set<String> = []) {
    self.knownProjects = knownProjects
  }

  /// True for ids that differ only in a short last `-` segment, or where one is the other plus one.
  public static func areSiblings(_ a: String, _ b: String) -> Bool {
    Spelling(a).isSibling(of: Spelling(b))
  }

  /// The likely typos among `occurrences`, in the order of the occurrences.
  ///
  /// Of two ids within two edits, the one written fewer times is reported (on a tie, the one
  /// first written later; a known project is never reported), at each of its places.
  public func typos(in occurrences: [Occurrence]) -> [Typo] {
    var spellings: [Spelling] = []
    var indexByID: [String: Int] = [:]
    for occurrence in occurrences {
      if let index = indexByID[occurrence.id] {
        spellings[index].count += 1
      } else {
        indexByID[occurrence.id] = spellings.count
        spellings.append(Spelling(occurrence.id, first: occurrence))
      }
    }
    var partner: [Int: (other: Int, distance: Int)] = [:]
    for i in spellings.indices {
      for j in spellings.indices where j > i {
        guard let distance = spellings[i].typoDistance(to: spellings[j]) else { continue }
        guard let (typo, meant) = suspect(i, j, in: spellings) else { continue }
        if let current = partner[typo],
          (current.distance, -spellings[current.other].count) <= (distance, -spellings[meant].count)
        {
          continue
        }
        partner[typo] = (meant, distance)
      }
    }
    return occurrences.compactMap { occurrence in
      guard let index = indexByID[occurrence.id], let (other, distance) = partner[index] else {
        return nil
      }
      return Typo(occurrence: occurrence, other: spellings[other].first!, distance: distance)
    }
  }

  /// Which of two near ids is the suspect and which the meant one; nil when both are trusted.
  private func suspect(_ i: Int, _ j: Int, in spellings: [Spelling]) -> (typo: Int, meant: Int)? {
    let iKnown = knownProjects.contains(spellings[i].text)
    let jKnown = knownProjects.contains(spellings[j].text)
    if iKnown && jKnown { return nil }
    if iKnown { return (j, i) }
    if jKnown { return (i, j) }
    return spellings[j].count <= spellings[i].count ? (j, i) : (i, j)
  }
}

/// One distinct project id with what the pairwise comparison needs, computed once.
private struct Spelling {
  let text: String
  let first: ProjectTypoFinder.Occurrence?
  var count = 1
  private let length: Int
  /// The id up to its last `-`, and the segment after it (nil for an id without `-`).
  private let stem: Substring
  private let lastSegment: Substring?
  /// Counts of each byte value folded into 32 buckets: a cheap lower bound on the edit distance.
  private let histogram: [Int16]

  init(_ text: String, first: ProjectTypoFinder.Occurrence? = nil) {
    self.text = text
    self.first = first
    length = text.unicodeScalars.count
    if let dash = text.lastIndex(of: "-") {
      stem = text[..<dash]
      lastSegment = text[text.index(after: dash)...]
    } else {
      stem = text[...]
      lastSegment = nil
    }
    var histogram = [Int16](repeating: 0, count: 32)
    for byte in text.utf8 { histogram[Int(byte & 31)] += 1 }
    self.histogram = histogram
  }

  func isSibling(of other: Spelling) -> Bool {
    let limit = ProjectTypoFinder.siblingSuffixLimit
    if let mine = lastSegment, let theirs = other.lastSegment, stem == other.stem {
      return mine.count <= limit && theirs.count <= limit
    }
    if let mine = lastSegment, stem == other.text[...] { return mine.count <= limit }
    if let theirs = other.lastSegment, other.stem == text[...] { return theirs.count <= limit }
    return false
  }

  /// The edit distance when it is 1 or 2 and the ids are not siblings; nil otherwise.
  func typoDistance(to other: Spelling) -> Int? {
    guard abs(length - other.length) <= 2, bagDistance(to: other) <= 2, !isSibling(of: other) else {
      return nil
    }
    let distance = Suggestions.distance(text, other.text, limit: 2)
    return (1...2).contains(distance) ? distance : nil
  }

  private func bagDistance(to other: Spelling) -> Int {
    var surplus = 0
    var deficit = 0
    for bucket in 0..<32 {
      let difference = Int(histogram[bucket]) - Int(other.histogram[bucket])
      if difference > 0 { surplus += difference } else { deficit -= difference }
    }
    return max(surplus, deficit)
  }
}
