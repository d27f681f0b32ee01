import Testing

@testable import SDCore
@testable import SDLint

/// What a `Linter` remembers between files stays with that linter.
@Suite struct LinterStateTests {
  @Test func twoLintersNeverShareFilterReports() {
    let filter = "(status=\"RUNNING\")"
    let source = SourceText(
      path: "p.yml",
      text: """
        scrape_configs:
          - job_name: a
            gce_sd_configs:
              - project: p
                zone: us-east1-b
                filter: '\(filter)'

        """)
    let first = Linter()
    let second = Linter()
    _ = first.lint(source)
    #expect(first.filterReports.lookup(filter) != nil)
    #expect(second.filterReports.lookup(filter) == nil)
  }
}
