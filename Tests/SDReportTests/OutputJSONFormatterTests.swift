import Testing

@testable import SDCore
@testable import SDJSON
@testable import SDReport

@Suite struct OutputJSONFormatterTests {
  @Test func printsOneObjectOnOneLine() throws {
    let output = JSONFormatter().format(OutputGoldenTests.report)
    #expect(output.hasSuffix("}\n"))
    #expect(output.dropLast().contains("\n") == false)
    let object = try #require(try JSONValue.parse(Array(output.utf8)).objectValue)
    #expect(Set(object.keys) == ["version", "diagnostics", "summary"])
  }

  @Test func givesEachDiagnosticExactlyTheContractKeys() throws {
    let output = JSONFormatter().format(OutputGoldenTests.report)
    let object = try JSONValue.parse(Array(output.utf8))
    let diagnostics = try #require(object["diagnostics"]?.arrayValue)
    #expect(diagnostics.count == 11)
    let contract: Set<String> = [
      "file", "line", "column", "endLine", "endColumn", "severity", "rule", "message", "help", "fixes",
    ]
    for diagnostic in diagnostics {
      #expect(Set(diagnostic.objectValue?.keys ?? [:].keys) == contract)
    }
    let fixes = diagnostics.flatMap { $0["fixes"]?.arrayValue ?? [] }
    #expect(fixes.count == 3)
    let fix = try #require(fixes.first)
    #expect(Set(fix.objectValue?.keys ?? [:].keys) == ["title", "safe", "edits"])
    let edit = try #require(fix["edits"]?.arrayValue?.first?.objectValue)
    #expect(Set(edit.keys) == ["line", "column", "endLine", "endColumn", "replacement"])
  }

  @Test func writesAnEmptyReport() {
    let report = LintReport(
      files: [LintReport.File(path: "a.yml", source: SourceText(path: "a.yml", text: ""), diagnostics: [])], rules: [])
    #expect(
      JSONFormatter().format(report)
        == #"{"version":1,"diagnostics":[],"summary":{"files":1,"errors":0,"warnings":0,"infos":0}}"# + "\n")
  }
}
