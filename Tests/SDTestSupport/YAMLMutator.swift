/// Random edits to a YAML file, for tests that check no input crashes, hangs or balloons a reader.
package enum YAMLMutator {
  /// One random edit: delete, insert or replace bytes, duplicate or drop a line, or shift its indentation.
  package static func mutate(_ bytes: [UInt8], using generator: inout SplitMix64) -> [UInt8] {
    guard !bytes.isEmpty else { return Array("a: [".utf8) }
    var result = bytes
    let position = Int(generator.next() % UInt64(result.count))
    let alphabet = Array(" \t\n:-#[]{}&*!|>'\"%@`,?x0\u{00}".utf8) + [0xFF, 0xC3]
    switch generator.next() % 6 {
    case 0:
      result.removeSubrange(position..<min(result.count, position + 1 + Int(generator.next() % 8)))
    case 1:
      result.insert(alphabet[Int(generator.next() % UInt64(alphabet.count))], at: position)
    case 2:
      result[position] = alphabet[Int(generator.next() % UInt64(alphabet.count))]
    case 3:
      let start = result[..<position].lastIndex(of: 10).map { $0 + 1 } ?? 0
      result.insert(contentsOf: Array(repeating: UInt8(ascii: " "), count: 1 + Int(generator.next() % 4)), at: start)
    case 4:
      let start = result[..<position].lastIndex(of: 10).map { $0 + 1 } ?? 0
      let end = result[position...].firstIndex(of: 10).map { $0 + 1 } ?? result.count
      result.insert(contentsOf: Array(result[start..<end]), at: end)
    default:
      let start = result[..<position].lastIndex(of: 10).map { $0 + 1 } ?? 0
      let end = result[position...].firstIndex(of: 10).map { $0 + 1 } ?? result.count
      result.removeSubrange(start..<end)
    }
    return result
  }
}
