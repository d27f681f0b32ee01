import Testing

@testable import GCEFilter

@Suite struct FilterAnalysisTests {
  @Test func cleanFiltersHaveNoFindings() {
    #expect(FilterAnalysis.findings(in: #"(status="RUNNING") AND (labels.cloud_service="dashboard")"#) == [])
    #expect(FilterAnalysis.findings(in: "(name eq web-.*)(status eq RUNNING)") == [])
    #expect(FilterAnalysis.findings(in: "") == [])
  }

  @Test func gcloudSyntaxComesWithItsTranslation() {
    let findings = FilterAnalysis.findings(in: "status:(RUNNING) AND labels.cloud_service:dashboard")
    #expect(
      findings == [
        FilterFinding(
          kind: .gcloudSyntax, span: FilterSpan(column: 1, length: 51),
          message: "this filter is written in gcloud syntax, which the Compute API rejects",
          help: #"write it in API syntax: (status="RUNNING") AND (labels.cloud_service="dashboard") (approximate: "#
            + "gcloud ':' matches case-insensitively anywhere in the value; the API '=' matches the whole value)",
          replacement: #"(status="RUNNING") AND (labels.cloud_service="dashboard")"#)
      ])
  }

  @Test func untranslatableGcloudSyntaxPointsAtTheProblem() {
    #expect(
      FilterAnalysis.findings(in: "name:web-1 and status:RUNNING") == [
        FilterFinding(
          kind: .gcloudSyntax, span: FilterSpan(column: 12, length: 3),
          message: "this filter is written in gcloud syntax: 'and' is a bare word in gcloud, not an operator: "
            + "gcloud keeps only instances with 'and' somewhere in them, and the API cannot express bare words "
            + "at column 12",
          help: "write AND in upper case", replacement: nil)
      ])
  }

  @Test func regexJoinedWithAndGetsTheSideBySideForm() {
    #expect(
      FilterAnalysis.findings(in: "status eq RUNNING AND name eq web-.*") == [
        FilterFinding(
          kind: .regexWithLogic, span: FilterSpan(column: 19, length: 3),
          message: "the regex dialect (eq/ne) does not allow AND, OR, NOT or '-' at column 19",
          help: "put each term in parentheses side by side, e.g. (name eq web-.*)(status eq RUNNING)",
          replacement: "(status eq RUNNING)(name eq web-.*)")
      ])
    #expect(FilterAnalysis.findings(in: "(name eq a) OR (name eq b)").first?.replacement == nil)
  }

  @Test func mixedDialectsAreReported() {
    #expect(FilterAnalysis.findings(in: "(name eq web.*) (status = RUNNING)").map(\.kind) == [.mixedDialects])
  }

  @Test func invalidEnumValuesSuggestTheNearestValue() {
    #expect(
      FilterAnalysis.findings(in: #"(status="STOPED")"#) == [
        FilterFinding(
          kind: .invalidEnumValue, span: FilterSpan(column: 9, length: 8),
          message: "'STOPED' is not a value of 'status', so the filter matches nothing",
          help: "did you mean 'STOPPED'?", replacement: #""STOPPED""#)
      ])
    #expect(FilterAnalysis.findings(in: "status = running").first?.replacement == "RUNNING")
  }

  @Test func unknownFieldsSuggestACatalogueField() {
    #expect(
      FilterAnalysis.findings(in: "(stauts = RUNNING)") == [
        FilterFinding(
          kind: .unknownField, span: FilterSpan(column: 2, length: 6),
          message: "'stauts' is not a field of a Compute Engine instance", help: "did you mean 'status'?",
          replacement: "status")
      ])
    #expect(
      FilterAnalysis.findings(in: "scheduling.automatic_restart = true").first?.replacement
        == "scheduling.automaticRestart")
  }

  @Test func upperCaseLabelKeysNeverMatch() {
    #expect(
      FilterAnalysis.findings(in: #"labels.Env = "prod""#) == [
        FilterFinding(
          kind: .uppercaseLabelKey, span: FilterSpan(column: 1, length: 10),
          message: "GCE label keys are always lower case, so 'labels.Env' never matches", help: "write 'labels.env'",
          replacement: "labels.env")
      ])
  }

  @Test func urlFieldsComparedWithShortNames() {
    #expect(
      FilterAnalysis.findings(in: "machineType = e2-medium") == [
        FilterFinding(
          kind: .urlFieldShortName, span: FilterSpan(column: 1, length: 23),
          message: "'machineType' holds a full URL, so comparing it with 'e2-medium' matches nothing",
          help: #"compare with the full URL, or use the regex dialect: machineType eq ".*/e2-medium""#,
          replacement: nil)
      ])
    #expect(
      FilterAnalysis.findings(in: "zone = us-central1-a").first?.help
        == "remove this term: each gce_sd_configs entry already lists one zone")
  }

  @Test func repeatedFieldsAreRejectedByTheAPI() {
    #expect(FilterAnalysis.findings(in: #"(tags.items = "web")"#).map(\.kind) == [.repeatedField])
  }

  @Test func plainSyntaxErrorsKeepTheParserMessage() {
    #expect(
      FilterAnalysis.findings(in: "(a = 1") == [
        FilterFinding(
          kind: .syntax, span: FilterSpan(column: 1, length: 1), message: "'(' is never closed at column 1",
          help: "add the missing ')'", replacement: nil)
      ])
  }
}
