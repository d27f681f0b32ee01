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
