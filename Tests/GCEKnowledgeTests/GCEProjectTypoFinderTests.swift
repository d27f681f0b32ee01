import Testing

@testable import SDCore
@testable import GCEKnowledge

@Suite("GCE project typo finder")
struct GCEProjectTypoFinderTests {
  private func occurrence(_ id: String, line: Int, file: String? = nil)
    -> ProjectTypoFinder.Occurrence
  {
    ProjectTypoFinder.Occurrence(
      id: id, range: SourceRange(line: line, column: 18, length: id.count), file: file)
  }

  @Test func blogProjectsAreReportedAtTheLaterSpellingOnATie() {
    let platform = occurrence("ml-platform-a", line: 4)
    let plaform = occurrence("ml-plaform-a", line: 22)
    let typos = ProjectTypoFinder().typos(in: [platform, plaform])
    #expect(typos == [ProjectTypoFinder.Typo(occurrence: plaform, other: platform, distance: 1)])
    #expect(
      typos.first?.message
        == "project 'ml-plaform-a' is 1 edit away from 'ml-platform-a' used at line 4; check which spelling is right"
    )
  }

  @Test func theRarerSpellingIsReportedEvenWhenItComesFirst() {
    let rare = occurrence("ml-plaform-a", line: 3)
    let common = [occurrence("ml-platform-a", line: 10), occurrence("ml-platform-a", line: 20)]
    let typos = ProjectTypoFinder().typos(in: [rare] + common)
    #expect(typos == [ProjectTypoFinder.Typo(occurrence: rare, other: common[0], distance: 1)])
  }

  @Test func everyPlaceOfTheRarerSpellingIsReportedAndOtherFilesAreNamed() {
    let places = [
      occurrence("acme-monitoring-prod", line: 1), occurrence("acme-monitoring-prod", line: 2),
      occurrence("acme-monitorign-prod", line: 3, file: "jobs/b.yml"),
      occurrence("acme-monitoirng-prd", line: 4, file: "jobs/b.yml"),
    ]
    let typos = ProjectTypoFinder().typos(in: places)
    #expect(typos.map(\.occurrence) == [places[2], places[3]])
    #expect(typos.map(\.distance) == [1, 2])
    #expect(
      typos[0].message
        == "project 'acme-monitorign-prod' is 1 edit away from 'acme-monitoring-prod' used at line 1; "
        + "check which spelling is right")
    let reversed = ProjectTypoFinder.Typo(occurrence: places[0], other: places[2], distance: 1)
    #expect(reversed.message.contains("used at jobs/b.yml:3;"))
  }

  @Test func siblingsAreNeverReported() {
    let pairs = [
      ("ml-platform-a", "ml-platform-b"), ("app-dev", "app-prod"), ("svc-eu", "svc-us"),
      ("shop-stage", "shop-prod"), ("metrics", "metrics-2"), ("team-1-prod", "team-12-prod"),
      ("acme7-monitoring", "acme8-monitoring"),
    ]
    for (a, b) in pairs {
      #expect(ProjectTypoFinder.areSiblings(a, b), "\(a) \(b)")
      #expect(
        ProjectTypoFinder().typos(in: [occurrence(a, line: 1), occurrence(b, line: 2)]) == [])
    }
    #expect(!ProjectTypoFinder.areSiblings("ml-plaform-a", "ml-platform-a"))
    #expect(!ProjectTypoFinder.areSiblings("app-production", "app-producton"))
  }

  @Test func idsFurtherApartAreNotReported() {
    let places = [occurrence("billing-core", line: 1), occurrence("bidding-cure", line: 2)]
    #expect(ProjectTypoFinder().typos(in: places) == [])
  }

  @Test func knownProjectsAreTrusted() {
    let places = [
      occurrence("ml-plaform-a", line: 1), occurrence("ml-plaform-a", line: 2),
      occurrence("ml-platform-a", line: 3),
    ]
    let finder = ProjectTypoFinder(knownProjects: ["ml-platform-a"])
    #expect(finder.typos(in: places).map(\.occurrence) == [places[0], places[1]])
    let both = ProjectTypoFinder(knownProjects: ["ml-platform-a", "ml-plaform-a"])
    #expect(both.typos(in: places) == [])
  }

  @Test func theNearestOtherIDIsNamed() {
    let places = [
      occurrence("data-lake-prod", line: 1), occurrence("data-lakez-prod", line: 2),
      occurrence("data-lakes-prod", line: 3),
      occurrence("data-lakes-prod", line: 4),
    ]
    let typos = ProjectTypoFinder().typos(in: places)
    #expect(typos.map(\.occurrence.id) == ["data-lake-prod", "data-lakez-prod"])
    #expect(typos.map(\.other.id) == ["data-lakes-prod", "data-lakes-prod"])
  }
}
