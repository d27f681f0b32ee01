import Foundation
import Testing

@testable import GCEFilter
import SDTestSupport

/// One row of `filter-vectors.tsv`.
struct FilterVector: CustomTestStringConvertible, Sendable {
  let line: Int
  let direction: String
  let input: String
  let expected: String

  var testDescription: String { "line \(line): \(direction) \(input)" }

  /// Every row of the shared vectors file.
  static func all() throws -> [FilterVector] {
    let text = String(decoding: try TestPaths.fixtureBytes("data/filter-vectors.tsv"), as: UTF8.self)
    return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().dropFirst().compactMap {
      index, row in
      let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 3 else { return nil }
      return FilterVector(line: index + 1, direction: fields[0], input: fields[1], expected: fields[2])
    }
  }

  /// The translation the library gives for this row's input and direction.
  func translate() throws(FilterError) -> String {
    direction == "api->gcloud" ? try APIFilter.toGcloud(input).text : try GcloudFilter.toAPI(input).text
  }
}

/// Collapses runs of spaces, as the vectors file's comparison rule asks.
func collapsingSpaces(_ text: String) -> String {
  text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
}

@Suite struct FilterVectorTests {
  @Test func vectorsFileHasEveryDirection() throws {
    let vectors = try FilterVector.all()
    #expect(vectors.count == 58)
    #expect(Set(vectors.map(\.direction)) == ["gcloud->api", "api->gcloud"])
  }

  /// Rows the vectors file (written before gcloud's own engine was measured) marks untranslatable
  /// and sdgen now translates: negated presence as AIP-160 NOT, '~' and URL substrings in the regex dialect.
  static let saysMore: [String: String] = [
    "-labels.env:*": "NOT (labels.env:*)",
    "NOT labels.goog-gke-node:*": "NOT (labels.goog-gke-node:*)",
    "machine_type:e2-medium": #"(machineType eq ".*e2-medium.*")"#,
    "name~^web": #"(name eq ".*(?:^web).*")"#,
    "name!~test": #"(name ne ".*(?:test).*")"#,
  ]

  @Test(arguments: try FilterVector.all())
  func vector(_ vector: FilterVector) throws {
    if vector.direction == "gcloud->api", let output = Self.saysMore[vector.input] {
      #expect(try vector.translate() == output)
    } else if vector.expected == "ERROR" {
      #expect {
        try vector.translate()
      } throws: { error in
        guard let error = error as? FilterError else { return false }
        return error.message.hasSuffix("at column \(error.column)") && error.help != nil
      }
    } else {
      let output = try vector.translate()
      #expect(collapsingSpaces(output) == collapsingSpaces(vector.expected))
    }
  }
}
