import Testing

@testable import SDJSON
@testable import GCEFilter
import SDTestSupport

/// A small deterministic generator (SplitMix64) so generated tests are the same on every run.
struct FilterTestRandom {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound`.
  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

  /// True with probability `percent` / 100.
  mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

  /// One element of `items`.
  mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

  /// Instances shaped like `gcloud compute instances list --format=json` output, with labels and
  /// scalar fields sometimes absent.
  mutating func instances(_ count: Int) -> [JSONValue] {
    (0..<count).map { _ in
      var labels: [String: JSONValue] = [:]
      if chance(70) { labels["env"] = .string(pick(["prod", "staging", "dev"])) }
      if chance(60) { labels["team"] = .string(pick(["web", "data"])) }
      if chance(30) { labels["prometheus-scrape"] = .string(pick(["true", "false"])) }
      var instance: [String: JSONValue] = [
        "name": .string(pick(["web-1", "web-2", "db-1", "api-test", "batch-7"])),
        "status": .string(pick(["RUNNING", "STOPPED", "STOPPING", "TERMINATED", "STAGING"])),
        "cpuPlatform": .string(pick(["Intel Skylake", "Intel Broadwell", "AMD Milan"])),
        "creationTimestamp": .string(pick(["2025-11-30T04:12:55.207-08:00", "2026-03-14T09:21:37.512-07:00"])),
        "labels": .object(labels),
      ]
      if chance(70) { instance["scheduling"] = .object(["automaticRestart": .bool(chance(50))]) }
      return .object(instance)
    }
  }
}

@Suite struct FilterRoundTripTests {
  /// The sample instances plus generated ones.
  static func instances() throws -> [JSONValue] {
    var random = FilterTestRandom(seed: 4)
    return try FilterEvaluatorTests.samples() + random.instances(200)
  }

  @Test func apiVectorsSurviveAGcloudRoundTrip() throws {
    let instances = try Self.instances()
    var roundTripped: [String] = []
    for vector in try FilterVector.all() where vector.direction == "api->gcloud" && vector.expected != "ERROR" {
      let original = try APIFilter.parse(vector.input)
      let gcloud = try APIFilter.toGcloud(vector.input)
      guard let back = try? GcloudFilter.toAPI(gcloud.text) else { continue }
      roundTripped.append(vector.input)
      for instance in instances {
        #expect(
          FilterEvaluator.matches(original, instance) == FilterEvaluator.matches(back.expr, instance),
          "\(vector.input) -> \(gcloud.text) -> \(back.text) on \(instance["name"]?.stringValue ?? "?")")
      }
    }
    // Every translatable API vector comes back: regexes (gcloud ~) and negated presence and patterns,
    // which gcloud -> API used to refuse, included.
    #expect(roundTripped.count == 25)
  }

  @Test func apiFiltersOfTheBlogRoundTripToTheSameText() throws {
    let gcloud = try APIFilter.toGcloud(#"(status="RUNNING") AND (labels.cloud_service="dashboard")"#)
    // gcloud's '=' folds accents, so the label term is approximate in both directions.
    #expect(gcloud.approximations.map(\.reason) == [FilterFieldTraits.accentDifference])
    let back = try GcloudFilter.toAPI(gcloud.text)
    #expect(back.text == #"(status="RUNNING") AND (labels.cloud_service="dashboard")"#)
    #expect(back.approximations.map(\.reason) == [FilterFieldTraits.accentDifference])
  }
}
