/// A table of left-aligned columns separated by two spaces, written a row at a time: the widths are measured
/// first, from cells made on demand, so the rows are never all held. The last column is not padded.
struct TextTable {
  private let header: [String]
  private let rowCount: Int
  /// The padded cells of row `index` (every column but the last).
  private let paddedCells: (Int) -> [String]
  private var widths: [Int]

  /// A table of `rowCount` rows under `header`; `paddedCells` gives a row's cells but the last.
  init(header: [String], rowCount: Int, paddedCells: @escaping (Int) -> [String]) {
    self.header = header
    self.rowCount = rowCount
    self.paddedCells = paddedCells
    widths = header.dropLast().map(Self.width)
    for row in 0..<rowCount {
      for (column, cell) in paddedCells(row).enumerated() { widths[column] = max(widths[column], Self.width(cell)) }
    }
  }

  /// Writes the header and the rows; `lastCell` gives a row's last cell.
  func write(to output: inout some TextOutputStream, lastCell: (Int) -> String) {
    write(Array(header.dropLast()), last: header[header.count - 1], to: &output)
    for row in 0..<rowCount { write(paddedCells(row), last: lastCell(row), to: &output) }
  }

  private func write(_ cells: [String], last: String, to output: inout some TextOutputStream) {
    var line = ""
    for (column, cell) in cells.enumerated() {
      line += cell
      line += String(repeating: " ", count: widths[column] + 2 - Self.width(cell))
    }
    line += last
    line += "\n"
    output.write(line)
  }

  /// The width of `text` in characters; ASCII text is measured by its bytes.
  private static func width(_ text: String) -> Int {
    text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.count : text.count
  }
}
