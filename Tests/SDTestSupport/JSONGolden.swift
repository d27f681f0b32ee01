import Foundation
import SDCore
import SDJSON

/// Compares a JSON value with a JSON golden file of the repository by meaning (key order and spacing
/// aside). On a mismatch it shows a unified diff of both written with sorted keys; with
/// `SDGEN_UPDATE_GOLDENS=1` the golden file is re-recorded in that form instead.
package enum JSONGolden {
  /// A unified diff from the golden file at `relative` (a path from the package root) to `actual`,
  /// or nil when they mean the same (or the file was just re-recorded).
  package static func mismatch(_ actual: JSONValue, golden relative: String) throws -> String? {
    let url = TestPaths.repository.appendingPathComponent(relative)
    if Golden.updating {
      try Data(canonicalText(actual).utf8).write(to: url)
      return nil
    }
    let expected = try JSONValue.parse(Array(try Data(contentsOf: url)))
    guard actual != expected else { return nil }
    let diff = UnifiedDiff.diff(
      old: canonicalText(expected), new: canonicalText(actual), oldName: relative, newName: "actual output")
    return "output differs from \(relative) (SDGEN_UPDATE_GOLDENS=1 re-records it):\n\(diff)"
  }

  /// `value` indented by two spaces with the keys of each object sorted, ending in a newline.
  package static func canonicalText(_ value: JSONValue) -> String {
    var writer = JSONWriter(indented: true)
    write(value, to: &writer)
    return writer.output + "\n"
  }

  private static func write(_ value: JSONValue, to writer: inout JSONWriter) {
    switch value {
    case .null: writer.null()
    case .bool(let flag): writer.value(flag)
    // The goldens hold whole numbers only; any other number shows up in the diff as its text.
    case .number(let number): Int(exactly: number).map { writer.value($0) } ?? writer.value(number.description)
    case .string(let string): writer.value(string)
    case .array(let elements): writer.array { writer in elements.forEach { write($0, to: &writer) } }
    case .object(let members):
      writer.object { writer in
        for key in members.keys.sorted() {
          writer.key(key)
          write(members[key]!, to: &writer)
        }
      }
    }
  }
}
