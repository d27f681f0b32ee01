/// A line-based unified diff (`---`/`+++`/`@@` hunks with context), computed with Myers' algorithm.
package enum UnifiedDiff {
  /// Above this many differing lines the middle part is shown as one replacement instead of searched.
  static let maxEditDistance = 1_500

  /// The diff turning `old` into `new`, or "" when they are equal.
  package static func diff(
    old: String, new: String, oldName: String, newName: String, context: Int = 3
  ) -> String {
    if old == new { return "" }
    let a = lines(old)
    let b = lines(new)
    let operations = script(
      a.map(\.text), b.map(\.text), aFinal: a.last?.hasBreak ?? true, bFinal: b.last?.hasBreak ?? true)
    var out = "--- \(oldName)\n+++ \(newName)\n"
    for hunk in hunks(operations, context: context) {
      let oldCount = hunk.filter { $0.kind != .insert }.count
      let newCount = hunk.filter { $0.kind != .delete }.count
      let oldStart = hunk.first { $0.kind != .insert }.map { $0.oldIndex + 1 } ?? hunk[0].oldIndex
      let newStart = hunk.first { $0.kind != .delete }.map { $0.newIndex + 1 } ?? hunk[0].newIndex
      out += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
      for operation in hunk {
        let line = operation.kind == .insert ? b[operation.newIndex] : a[operation.oldIndex]
        out += ["-", "+", " "][Int(operation.kind.rawValue)] + line.text + "\n"
        if !line.hasBreak { out += "\\ No newline at end of file\n" }
      }
    }
    return out
  }

  /// One line of the edit script.
  struct Operation {
    enum Kind: UInt8 { case delete, insert, equal }
    var kind: Kind
    /// Index into the old lines (for insertions: the number of old lines before it).
    var oldIndex: Int
    /// Index into the new lines (for deletions: the number of new lines before it).
    var newIndex: Int
  }

  private struct Line {
    var text: Substring
    var hasBreak: Bool
  }

  private static func lines(_ text: String) -> [Line] {
    var result = text.split(separator: "\n", omittingEmptySubsequences: false).map { Line(text: $0, hasBreak: true) }
    if result.last?.text.isEmpty == true {
      result.removeLast()
    } else if !result.isEmpty {
      result[result.count - 1].hasBreak = false
    }
    return result
  }

  private static func range(_ start: Int, _ count: Int) -> String {
    count == 1 ? "\(start)" : "\(start),\(count)"
  }

  /// The edit script: common prefix and suffix, and Myers' shortest script for the middle.
  static func script(_ a: [Substring], _ b: [Substring], aFinal: Bool = true, bFinal: Bool = true) -> [Operation] {
    // A last line differing only in its line break must not count as equal.
    let equal = { (i: Int, j: Int) -> Bool in
      a[i] == b[j] && (i < a.count - 1 || aFinal) == (j < b.count - 1 || bFinal)
    }
    var prefix = 0
    while prefix < a.count, prefix < b.count, equal(prefix, prefix) { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix, suffix < b.count - prefix, equal(a.count - 1 - suffix, b.count - 1 - suffix) {
      suffix += 1
    }
    var operations: [Operation] = (0..<prefix).map { Operation(kind: .equal, oldIndex: $0, newIndex: $0) }
    let middle = myers(
      aRange: prefix..<(a.count - suffix), bRange: prefix..<(b.count - suffix), equal: equal)
    operations.append(contentsOf: middle)
    for k in 0..<suffix {
      operations.append(Operation(kind: .equal, oldIndex: a.count - suffix + k, newIndex: b.count - suffix + k))
    }
    return operations
  }

  private static func myers(aRange: Range<Int>, bRange: Range<Int>, equal: (Int, Int) -> Bool) -> [Operation] {
    let n = aRange.count
    let m = bRange.count
    let limit = min(n + m, maxEditDistance)
    let offset = limit + 1
    var v = [Int](repeating: 0, count: 2 * limit + 3)
    var trace: [[Int]] = []
    var found = false
    search: for d in 0...limit {
      trace.append(Array(v[(offset - d - 1)...(offset + d + 1)]))
      for k in stride(from: -d, through: d, by: 2) {
        var x =
          (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1
        var y = x - k
        while x < n, y < m, equal(aRange.lowerBound + x, bRange.lowerBound + y) {
          x += 1
          y += 1
        }
        v[offset + k] = x
        if x >= n && y >= m {
          found = true
          break search
        }
      }
    }
    guard found else {
      return aRange.map { Operation(kind: .delete, oldIndex: $0, newIndex: bRange.lowerBound) }
        + bRange.map { Operation(kind: .insert, oldIndex: aRange.upperBound, newIndex: $0) }
    }
    var operations: [Operation] = []
    var x = n
    var y = m
    for d in stride(from: trace.count - 1, through: 0, by: -1) {
      // trace[d] holds v[k] for k in -(d + 1)...(d + 1) as it was before round d.
      let previous = trace[d]
      let base = d + 1
      let k = x - y
      let previousK = (k == -d || (k != d && previous[base + k - 1] < previous[base + k + 1])) ? k + 1 : k - 1
      let previousX = d == 0 ? 0 : previous[base + previousK]
      let previousY = previousX - previousK
      while x > previousX && y > previousY {
        x -= 1
        y -= 1
        operations.append(Operation(kind: .equal, oldIndex: aRange.lowerBound + x, newIndex: bRange.lowerBound + y))
      }
      if d > 0 {
        if x == previousX {
          y -= 1
          operations.append(Operation(kind: .insert, oldIndex: aRange.lowerBound + x, newIndex: bRange.lowerBound + y))
        } else {
          x -= 1
          operations.append(Operation(kind: .delete, oldIndex: aRange.lowerBound + x, newIndex: bRange.lowerBound + y))
        }
      }
    }
    return operations.reversed()
  }

  /// Groups changes with `context` equal lines around them; nearby changes share a hunk.
  private static func hunks(_ operations: [Operation], context: Int) -> [[Operation]] {
    let changes = operations.indices.filter { operations[$0].kind != .equal }
    var result: [[Operation]] = []
    var start = -1
    var end = -1
    for index in changes {
      let lower = max(0, index - context)
      if start >= 0 && lower <= end + 1 {
        end = min(operations.count - 1, index + context)
      } else {
        if start >= 0 { result.append(Array(operations[start...end])) }
        start = lower
        end = min(operations.count - 1, index + context)
      }
    }
    if start >= 0 { result.append(Array(operations[start...end])) }
    return result
  }
}
