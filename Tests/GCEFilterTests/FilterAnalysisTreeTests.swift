import Testing

@testable import GCEFilter

/// `FilterAnalysis.analyze` parses a filter once and hands back the tree the `gce/*` rules share.
@Suite struct FilterAnalysisTreeTests {
  @Test func aParsedFilterComesWithItsTreeAndFindings() throws {
    let text = #"(status="RUNNING") AND (labels.Team="web")"#
    let analysis = FilterAnalysis.analyze(text)
    let expr = try #require(analysis.expr)
    #expect(expr.restrictions.map(\.key.path) == ["status", "labels.Team"])
    #expect(analysis.findings.map(\.kind) == [.uppercaseLabelKey])
    #expect(analysis.findings == FilterAnalysis.findings(in: text))
  }

  @Test func anUnparsableFilterHasNoTreeAndOneSyntaxFinding() {
    let text = "status:(RUNNING) AND labels.cloud_service:dashboard"
    let analysis = FilterAnalysis.analyze(text)
    #expect(analysis.expr == nil)
    #expect(analysis.findings.map(\.kind) == [.gcloudSyntax])
    #expect(analysis.findings == FilterAnalysis.findings(in: text))
  }

  @Test func urlAndEnumChecksReadTheValueBytes() {
    #expect(FilterAnalysis.analyze(#"zone="us-central1-a""#).findings.map(\.kind) == [.urlFieldShortName])
    #expect(FilterAnalysis.analyze(#"zone="projects/p/zones/us-central1-a""#).findings == [])
    #expect(FilterAnalysis.analyze(#"status="running""#).findings.map(\.kind) == [.invalidEnumValue])
    #expect(FilterAnalysis.analyze(#"status="RUN*""#).findings == [])
  }
}

/// `FilterAnalysis.restrictionsAndFindings(in:)` reads a filter without building its tree, and must say
/// exactly what `examine` says, spans of errors included.
@Suite struct FilterAnalysisWithoutTreeTests {
  static let filters = [
    #"(status="RUNNING") AND (labels.service="svc-0")"#,
    #"status="RUNNING" OR status="STAGING" labels.team=web"#,
    #"NOT status="TERMINATED" AND -labels.env:*"#,
    #"(name eq web-.*)(status eq RUNNING)"#,
    #"name eq web-.* status eq RUNNING"#,
    #"(name eq web-.*) AND (status eq RUNNING)"#,
    #"(name eq web-.*) (status = RUNNING)"#,
    #"((status="RUNNING") OR (status="STAGING")) labels.Team="web" zone="us-central1-a""#,
    #"status:(RUNNING) AND labels.cloud_service:dashboard"#,
    #"(status="RUNNING""#,
    #"status="RUNNING")"#,
    #"status == RUNNING"#,
    "",
  ]

  @Test(arguments: filters) func saysWhatExamineSays(_ text: String) {
    let full = FilterAnalysis.examine(text)
    let light = FilterAnalysis.restrictionsAndFindings(in: text)
    #expect(light.restrictions == full.restrictions)
    #expect(light.findings == full.findings)
  }

  @Test func bareRegexTermsAreReportedWhereTheyAreWritten() throws {
    let findings = FilterAnalysis.restrictionsAndFindings(in: "name eq web-.* status eq RUNNING").findings
    let finding = try #require(findings.first)
    #expect(finding.kind == .regexWithLogic)
    #expect(finding.span == FilterSpan(column: 1, length: 14))
  }
}
