/// Finds the candidates closest to a misspelt word, for "did you mean" help.
package enum Suggestions {
  /// The optimal-string-alignment distance (Damerau-Levenshtein with adjacent swaps) between two
  /// strings, counted in Unicode scalars; stops early and returns `limit + 1` once above `limit`.
  package static func distance(_ a: String, _ b: String, limit: Int = Int.max) -> Int {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    if abs(x.count - y.count) > limit { return limit == Int.max ? limit : limit + 1 }
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var previousPrevious = [Int](repeating: 0, count: y.count + 1)
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      var rowMinimum = current[0]
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
          value = min(value, previousPrevious[j - 2] + 1)
        }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return limit + 1 }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[y.count]
  }

  /// The candidates within `maxDistance` edits of `word` (default: a third of its length, at
  /// least 1, at most 3), nearest first, ties in the candidates' order.
  package static func nearest(to word: String, in candidates: some Sequence<String>, maxDistance: Int? = nil)
    -> [String]
  {
    let limit = maxDistance ?? min(3, max(1, word.unicodeScalars.count / 3))
    var scored: [(distance: Int, index: Int, candidate: String)] = []
    for (index, candidate) in candidates.enumerated() where candidate != word {
      let d = distance(word, candidate, limit: limit)
      if d <= limit { scored.append((d, index, candidate)) }
    }
    scored.sort { ($0.distance, $0.index) < ($1.distance, $1.index) }
    return scored.map(\.candidate)
  }
}
