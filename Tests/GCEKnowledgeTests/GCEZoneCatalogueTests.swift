import Foundation
import Testing

@testable import GCEKnowledge
import SDTestSupport

@Suite("GCE zone catalogue")
struct GCEZoneCatalogueTests {
  let catalogue = ZoneCatalogue.bundled

  @Test func bundledZonesMatchTheSharedDataFile() throws {
    let text = String(decoding: try TestPaths.fixtureBytes("data/gce-zones.tsv"), as: UTF8.self)
    let rows = text.split(separator: "\n").dropFirst().map {
      $0.split(separator: "\t").map(String.init)
    }
    #expect(catalogue.zones.count == rows.count)
    for (zone, row) in zip(catalogue.zones, rows) {
      #expect([zone.name, zone.region, zone.status.rawValue] == Array(row.prefix(3)))
      #expect(zone.isRestricted == row[3].contains("restricted-region"))
      #expect(zone.isAIZone == row[3].contains("ai-zone"))
    }
  }

  @Test func countsByKind() {
    #expect(catalogue.zones.filter(\.isPublicStandard).count == 130)
    #expect(catalogue.zones.filter { $0.status == .current }.count == 147)
    #expect(
      catalogue.zones.filter(\.isAIZone).map(\.name).sorted() == [
        "europe-west4-ai1a", "us-central1-ai1a", "us-east7-ai1b", "us-south1-ai1b",
      ])
  }

  @Test func lookups() {
    #expect(catalogue.isKnown("us-central1-f"))
    #expect(!catalogue.isKnown("us-east1-a"))
    #expect(catalogue.zone(named: "us-east1-a")?.status == .retired)
    #expect(catalogue.region(ofZone: "europe-west4-b") == "europe-west4")
    #expect(catalogue.region(ofZone: "mars-north1-a") == nil)
    #expect(catalogue.isRegion("europe-west15"))
    #expect(!catalogue.isRegion("us-central1-a"))
    #expect(
      catalogue.zones(inRegion: "us-central1") == [
        "us-central1-a", "us-central1-b", "us-central1-c", "us-central1-f",
      ])
    #expect(
      catalogue.zones(inRegion: "europe-west1") == [
        "europe-west1-b", "europe-west1-c", "europe-west1-d",
      ])
    #expect(catalogue.zones(inRegion: "atlantis1") == [])
    #expect(catalogue.regions.count == 47)
  }

  @Test func validZones() throws {
    let check = catalogue.check("us-central1-a")
    let zone = try #require(catalogue.zone(named: "us-central1-a"))
    #expect(check == .valid(zone))
    #expect(check.severity == nil)
    #expect(check.message == nil)
  }

  @Test func restrictedAndAIZonesAreWarningsAndInfos() throws {
    let restricted = catalogue.check("us-central2-b")
    #expect(restricted.severity == .warning)
    #expect(
      restricted.message
        == "zone 'us-central2-b' is in the restricted region 'us-central2', which most projects cannot use; "
        + "check that the project has access")
    let ai = catalogue.check("us-central1-ai1a")
    #expect(ai.severity == .info)
    #expect(ai.help == nil)
    let unverified = catalogue.check("europe-west4-ai1a")
    #expect(
      unverified.help
        == "sdgen knows this zone only from public scripts, not from Google's documentation")
  }

  @Test func blogZoneWithLetterLForDigitOne() {
    let check = catalogue.check("us-eastl1-a")
    #expect(
      check
        == .unknown(zone: "us-eastl1-a", suggestions: ["us-east1-b", "us-east1-c", "us-east1-d"]))
    #expect(check.severity == .error)
    #expect(check.message == "unknown zone 'us-eastl1-a'; did you mean 'us-east1-b'?")
    #expect(
      check.help
        == "similar zones: us-east1-b, us-east1-c, us-east1-d; if the zone is newer than sdgen, pass "
        + "--zones-file with the output of gcloud compute zones list --format='value(name)'")
  }

  @Test func regionDigitMissing() {
    #expect(
      catalogue.check("us-central-c")
        == .unknown(
          zone: "us-central-c", suggestions: ["us-central1-c", "us-central2-c", "us-central1-a"]))
  }

  @Test func letterNotInRegion() {
    let check = catalogue.check("us-central1-d")
    #expect(
      check
        == .wrongLetter(
          zone: "us-central1-d", region: "us-central1",
          zones: ["us-central1-a", "us-central1-b", "us-central1-c", "us-central1-f"]))
    #expect(
      check.message
        == "zone 'us-central1-d' does not exist in region us-central1; use one of its zones: "
        + "us-central1-a, us-central1-b, us-central1-c, us-central1-f")
  }

  @Test func retiredZones() {
    let check = catalogue.check("us-east1-a")
    #expect(
      check
        == .retired(zone: "us-east1-a", replacements: ["us-east1-b", "us-east1-c", "us-east1-d"]))
    #expect(check.severity == .warning)
    #expect(
      check.message
        == "zone 'us-east1-a' is retired and the API rejects it; use a current zone of its region: "
        + "us-east1-b, us-east1-c, us-east1-d")
    #expect(
      catalogue.check("europe-west1-a")
        == .retired(
          zone: "europe-west1-a",
          replacements: ["europe-west1-b", "europe-west1-c", "europe-west1-d"]))
  }

  @Test func regionGivenAsZone() {
    let check = catalogue.check("us-east1")
    #expect(check == .region("us-east1", zones: ["us-east1-b", "us-east1-c", "us-east1-d"]))
    #expect(
      check.message
        == "'us-east1' is a region, not a zone; pick one of its zones: us-east1-b, us-east1-c, us-east1-d"
    )
    #expect(catalogue.check("us-central1").suggestions.count == 4)
  }

  @Test func awsStyleNames() {
    let check = catalogue.check("us-east-1a")
    #expect(
      check
        == .awsStyle(zone: "us-east-1a", suggestions: ["us-east1-b", "us-east1-c", "us-east1-d"]))
    #expect(
      check.message
        == "'us-east-1a' is an AWS-style name; GCE writes zones like us-east1-b, us-east1-c, us-east1-d"
    )
    #expect(
      catalogue.check("us-east-1")
        == .awsStyle(zone: "us-east-1", suggestions: ["us-east1-b", "us-east1-c", "us-east1-d"]))
    #expect(
      catalogue.check("us-west-1b") == .awsStyle(zone: "us-west-1b", suggestions: ["us-west1-b"]))
  }

  @Test func aiZoneWithoutItsLetter() {
    #expect(
      catalogue.check("us-central1-ai1")
        == .wrongLetter(
          zone: "us-central1-ai1", region: "us-central1",
          zones: [
            "us-central1-ai1a", "us-central1-a", "us-central1-b", "us-central1-c", "us-central1-f",
          ]))
  }

  @Test func placeholders() {
    let check = catalogue.check("zone-a")
    #expect(check == .unknown(zone: "zone-a", suggestions: []))
    #expect(check.message == "unknown zone 'zone-a'; use a zone name such as 'us-central1-a'")
    #expect(catalogue.check("test-zone") == .unknown(zone: "test-zone", suggestions: []))
  }

  @Test func unknownRegionShapedValueSuggestsTheNearestRegion() {
    #expect(
      catalogue.check("us-east3")
        == .unknown(zone: "us-east3", suggestions: ["us-east1-b", "us-east1-c", "us-east1-d"]))
  }

  @Test func upperCaseZone() {
    #expect(
      catalogue.check("US-CENTRAL1-A")
        == .unknown(zone: "US-CENTRAL1-A", suggestions: ["us-central1-a"]))
  }

  @Test func zoneURLsAndPaths() {
    let url = "https://www.googleapis.com/compute/v1/projects/p/zones/us-central1-a"
    let check = catalogue.check(url)
    #expect(check == .url(zone: "us-central1-a"))
    #expect(
      check.message == "the zone is written as a URL or path; write the zone name 'us-central1-a'")
    #expect(check.suggestions == ["us-central1-a"])
    #expect(catalogue.check("projects/p/zones/europe-west4-b/") == .url(zone: "europe-west4-b"))
  }

  @Test func commaListsAndWhitespace() {
    let list = catalogue.check("us-central1-a, us-central1-b")
    #expect(list == .list(["us-central1-a", "us-central1-b"]))
    #expect(
      list.message
        == "the value lists 2 zones but a gce_sd_configs entry takes exactly one; write one entry per zone"
    )
    #expect(catalogue.check(" us-central1-a\t") == .surroundingWhitespace(trimmed: "us-central1-a"))
    #expect(catalogue.check("us-central1-a\n") == .surroundingWhitespace(trimmed: "us-central1-a"))
    #expect(catalogue.check("") == .empty)
    #expect(catalogue.check("  ") == .empty)
  }

  @Test func zoneListFile() throws {
    let text = "# from gcloud\nus-central1-a\r\n\n  europe-west9-c  \nus-central1-ai1a\n"
    let custom = try ZoneCatalogue(zoneListText: text)
    #expect(custom.zones.map(\.name) == ["us-central1-a", "europe-west9-c", "us-central1-ai1a"])
    #expect(custom.zones(inRegion: "us-central1") == ["us-central1-a"])
    #expect(custom.zone(named: "us-central1-ai1a")?.isAIZone == true)
    #expect(
      custom.check("us-central1-b")
        == .wrongLetter(zone: "us-central1-b", region: "us-central1", zones: ["us-central1-a"]))
    #expect(custom.check("europe-west9") == .region("europe-west9", zones: ["europe-west9-c"]))
  }

  @Test func zoneListFileErrors() {
    #expect(throws: ZoneListError.notAZoneName(line: 1, text: "NAME           REGION       STATUS")) {
      try ZoneCatalogue(
        zoneListText: "NAME           REGION       STATUS\nus-central1-a  us-central1  UP\n")
    }
    #expect(
      ZoneListError.notAZoneName(line: 2, text: "x y").description
        == "line 2 of the zones file, 'x y', is not a zone name; "
        + "create it with gcloud compute zones list --format='value(name)'")
    #expect(throws: ZoneListError.noZones) { try ZoneCatalogue(zoneListText: "# nothing\n\n") }
  }
}
