import Testing

@testable import SDCore
@testable import SDLint

/// `lint --fix` as a library call: fixes reach a fixed point in one run and touch only what they fix.
@Suite struct FixSessionTests {
  private func fixed(_ text: String) -> String {
    let outcome = FixSession(linter: Linter()).fix(SourceText(path: "p.yml", text: text))
    return String(decoding: outcome.source.bytes, as: UTF8.self)
  }

  @Test func fixingAnOuterKeyFixesWhatItExposesInTheSameRun() {
    let text =
      "globl:\n  scrape_intervl: 15s\nscrape_configs:\n  - job_name: node\n    static_configs:\n      - targts: [a:1]\n"
    let outcome = FixSession(linter: Linter()).fix(SourceText(path: "p.yml", text: text))
    #expect(
      String(decoding: outcome.source.bytes, as: UTF8.self)
        == "global:\n  scrape_interval: 15s\nscrape_configs:\n  - job_name: node\n    static_configs:\n      - targets: [a:1]\n"
    )
    #expect(outcome.changes.map(\.appliedCount) == [3])
    #expect(outcome.linted.diagnostics.isEmpty)
    #expect(outcome.before.diagnostics.count == 2)
  }

  @Test func aFixedFileHasNothingLeftToFix() {
    let once = fixed("globl:\n  scrape_intervl: 15s\n")
    #expect(FixSession(linter: Linter()).fix(SourceText(path: "p.yml", text: once)).changes.isEmpty)
  }

  @Test func twoKeysFixedIntoTheSameNameFixOnlyTheFirst() {
    let job = """
      scrape_configs:
        - job_name: web
          gce_sd_configs:
            - project: web-prod
              zone: europe-west1-b
              prot: 9100
              portt: 9100
              filter: '(status="RUNNING")'

      """
    #expect(fixed(job) == job.replacing("prot:", with: "port:"))
  }

  @Test func aFilterFixKeepsTheAnchorTagAndComment() {
    let job = """
      scrape_configs:
        - job_name: a
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
              filter: &running !!str 'status:(RUNNING)'  # only running
        - job_name: b
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
              filter: *running

      """
    #expect(fixed(job) == job.replacing("'status:(RUNNING)'", with: "'(status=\"RUNNING\")'"))
  }

  @Test func theTabsFixLeavesTabsInValuesAndCommentsAlone() {
    let text = "global:\n  external_labels:\n    note:\ttab\there\t# a\tcomment\n    quoted: \"a\tb\"\n"
    #expect(fixed(text) == "global:\n  external_labels:\n    note: tab\there # a\tcomment\n    quoted: \"a\tb\"\n")
  }
}
