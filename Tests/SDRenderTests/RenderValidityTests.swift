import Testing

@testable import SDCore
@testable import SDRender

/// `render` never writes what promtool or `sdgen lint` would refuse: a value it cannot copy with its meaning is
/// a spec error at the spec's line, and what it does write passes promtool.
@Suite struct RenderValidityTests {
  static let defaults = "defaults: {project: p, zones: [us-east1-b]}\n"

  /// Each diagnostic as `line:column rule message`; the render must fail with exactly these.
  func refusals(_ spec: String) -> [String] {
    let result = ConfigRenderer.render(spec: SourceText(path: "sdgen.yml", text: spec))
    #expect(result.output == nil)
    return result.diagnostics.map { "\($0.range.start) \($0.rule) \($0.message)" }
  }

  @Test func emptyJobNameIsRefused() {
    #expect(
      refusals(Self.defaults + "jobs:\n  '': {}\n")
        == ["3:3 spec/invalid-value a job name must not be empty; name the job"])
    #expect(
      refusals(Self.defaults + "jobs:\n  - job_name: ''\n")
        == ["3:15 spec/invalid-value a job name must not be empty; name the job"])
  }

  @Test func portMustBeAnUnquotedNumber() {
    let message = "spec/invalid-value 'port' must be a number from 0 to 65535 written without quotes, e.g. port: 9100"
    #expect(refusals(Self.defaults + "jobs:\n  a: {port: '9100'}\n") == ["3:13 \(message)"])
    #expect(refusals(Self.defaults + "jobs:\n  a: {port: 9100x}\n") == ["3:13 \(message)"])
    #expect(refusals(Self.defaults + "jobs:\n  a: {port: 70000}\n") == ["3:13 \(message)"])
  }

  @Test func refreshIntervalNeedsAUnit() {
    #expect(
      refusals(Self.defaults + "jobs:\n  a: {refresh_interval: 30}\n") == [
        "3:25 spec/invalid-value 'refresh_interval' must be a duration with a unit, e.g. 60s or 5m "
          + "(not a valid duration string: \"30\")"
      ])
  }

  @Test func filterNamesMustBeWritableInAFilter() {
    #expect(
      refusals(Self.defaults + "jobs:\n  a: {filter: {labels: {'a\"b': x}, 'st atus': RUNNING}}\n") == [
        "3:25 spec/invalid-value 'a\"b' is not a label key a filter can name; use letters, digits, '_' and '-'",
        "3:36 spec/invalid-value 'st atus' is not a field name a filter can name; use letters, digits, '_' and '-'",
      ])
  }

  @Test func tagsAndComplexKeysInCopiedSectionsAreRefused() {
    let spec = """
      global:
        external_labels: {a: !!binary aGVsbG8=, b: !!int "100", c: !!bool "true", ? [x, y] : z}
      jobs:
        a: {project: p, zones: [us-east1-b], params: {q: [!!float "1"]}}

      """
    let tag = { (name: String) in
      "spec/invalid-value render cannot keep the tag '\(name)' on this value; write the value it stands for without the tag"
    }
    #expect(
      refusals(spec) == [
        "2:24 \(tag("!!binary"))",
        "2:46 \(tag("!!int"))",
        "2:62 \(tag("!!bool"))",
        "2:79 spec/invalid-value render cannot write a complex mapping key; use a plain string key",
        "4:53 \(tag("!!float"))",
      ])
  }

  @Test func stringTagsKeepTheirMeaningAndPassPromtool() throws {
    let spec = "global:\n  external_labels: {a: !!str 100}\n" + Self.defaults + "jobs:\n  a: {port: 9100}\n"
    let result = ConfigRenderer.render(spec: SourceText(path: "sdgen.yml", text: spec))
    let output = try #require(result.output)
    #expect(output.contains("    a: '100'\n"))
    try #require(Promtool.shouldRun, Promtool.skipReason)
    let verdict = try Promtool.check(output)
    #expect(verdict.passed, "\(verdict.output)")
  }

  /// The list's range starts at the anchor or tag, so the jobs must be indented like its first item instead.
  @Test(arguments: ["&jobs", "!!seq", "&jobs !!seq"])
  func baseWithAnAnchoredListGetsJobsAtTheItemsColumn(_ property: String) throws {
    let base = "scrape_configs: \(property)\n  - job_name: x\n    static_configs: [{targets: ['a:1']}]\n"
    let result = ConfigRenderer.render(
      spec: SourceText(path: "sdgen.yml", text: Self.defaults + "jobs:\n  a: {}\n"),
      base: SourceText(path: "base.yml", text: base))
    let output = try #require(result.output)
    #expect(output == base + "  - job_name: a\n    gce_sd_configs:\n      - project: p\n        zone: us-east1-b\n")
    try #require(Promtool.shouldRun, Promtool.skipReason)
    let verdict = try Promtool.check(output)
    #expect(verdict.passed, "\(verdict.output)")
  }
}
