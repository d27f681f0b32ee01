import Testing

@testable import GCEFilter

@Suite struct FilterBuilderTests {
  @Test func rendersStructuredConjunctions() {
    let expr = FilterBuilder.conjunction([("status", "RUNNING"), ("labels.cloud_service", "dashboard")])
    #expect(APIFilter.print(expr) == #"(status="RUNNING") AND (labels.cloud_service="dashboard")"#)
    let typed = FilterBuilder.conjunction([("scheduling.preemptible", "false"), ("labels.scrape", "true")])
    #expect(APIFilter.print(typed) == #"(scheduling.preemptible=false) AND (labels.scrape="true")"#)
    #expect(APIFilter.print(FilterBuilder.conjunction([])) == "")
  }
}
