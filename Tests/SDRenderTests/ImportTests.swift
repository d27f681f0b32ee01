import Foundation
import SDTestSupport
import Testing

@testable import SDCore
@testable import SDYAML
@testable import GCEKnowledge
@testable import PrometheusModel
@testable import SDRender

/// `sdgen import`: the spec it writes renders to a configuration that decodes to the same typed model.
@Suite struct ImportTests {
  static let blogJobs = """
    scrape_configs:
    - job_name: node
      honor_labels: true
      gce_sd_configs:
        - project: ml-platform-a
          zone: us-east1-b
          port: 9100
          filter: '(status="RUNNING")'
      relabel_configs: &blog
        - source_labels: [__meta_gce_label_cloud_provider]
          target_label: cloud_provider
        - source_labels: [__meta_gce_label_cloud_zone]
          target_label: cloud_zone
        - source_labels: [__meta_gce_label_cloud_tier]
          target_label: cloud_tier
        - source_labels: [__meta_gce_label_cloud_service]
          target_label: cloud_service
        - source_labels: [__meta_gce_instance_name]
          target_label: instance
    - job_name: dashboard
      honor_labels: true
      gce_sd_configs:
        - project: ml-platform-a
          zone: us-central1-c
          port: 3000
          filter: '(status="RUNNING") AND (labels.cloud_service="dashboard")'
      relabel_configs: *blog

    """

  @Test func theBlogsFiveRelabelRulesAppearOnce() throws {
    let result = SpecImporter.importConfig(SourceText(path: "prometheus.yml", text: Self.blogJobs))
    #expect(result.diagnostics.isEmpty)
    #expect(
      result.output == """
        # Imported by sdgen from prometheus.yml; render it with: sdgen render SPEC -o prometheus.yml
        defaults:
          project: ml-platform-a
          honor_labels: true
          relabel_configs:
            - use: promote-labels
              with:
                labels: [cloud_provider, cloud_zone, cloud_tier, cloud_service]
            - use: instance-name
        jobs:
          node:
            zones: [us-east1-b]
            port: 9100
            filter:
              status: RUNNING
          dashboard:
            zones: [us-central1-c]
            port: 3000
            filter:
              status: RUNNING
              labels:
                cloud_service: dashboard

        """)
  }

  @Test func projectsTimesZonesAndWholeRegionsAreWrittenAsLists() throws {
    let zones = ZoneCatalogue.bundled.zones(inRegion: "us-east1")
    let entries = ["p-one", "p-two"].flatMap { project in
      zones.map { "    - {project: \(project), zone: \($0), port: 9100}\n" }
    }
    let config = "scrape_configs:\n  - job_name: node\n    gce_sd_configs:\n" + entries.joined()
    let output = try #require(SpecImporter.importConfig(SourceText(path: "p.yml", text: config)).output)
    #expect(output.contains("    regions: [us-east1]\n    projects: [p-one, p-two]\n    port: 9100\n"))
    try Self.expectRoundTrip(SourceText(path: "p.yml", text: config))
  }

  @Test func aRuleASpecCannotWriteIsRefusedAtTheRule() {
    let config = """
      scrape_configs:
        - job_name: node
          static_configs: [{targets: ['a:9100']}]
          relabel_configs:
            - target_label: x
              replacement: '{{ not a template }}'

      """
    let result = SpecImporter.importConfig(SourceText(path: "p.yml", text: config))
    #expect(result.output == nil)
    #expect(result.diagnostics.map { "\($0.range.start) \($0.rule)" } == ["5:9 import/not-exact"])
  }

  /// Files the importer refuses, with the reason; every other file must round-trip.
  static let knownRefusals: [String: String] = [
    "conf.good.yml": "a relabel rule with a null regex: spec rule values are strings",
  ]

  @Test func roundTripsTheExamplesAndEveryCorpusFilePromtoolAccepts() throws {
    var files = ["examples/blog/prometheus.yml", "examples/fleet/prometheus.yml"].map {
      TestPaths.repository.appendingPathComponent($0)
    }
    if let corpus = SharedCorpus.acceptedByPromtool() { files += corpus } else { print("import round trip over the corpora skipped: \(TestPaths.noCorpus)") }
    if let realworld = SharedCorpus.realWorldNonTemplates() { files += realworld }
    var roundTripped = 0
    var refusedAsInvalid = 0
    for url in files {
      let source = SourceText(path: url.lastPathComponent, bytes: Array(try Data(contentsOf: url)))
      // promtool 2.42 skips some checks newer Prometheus makes (HTTP client settings of discovery blocks,
      // from 2.48): such a file is refused with the newest decoder's error, as the configuration is invalid.
      let newestErrors = ConfigDecoder(version: .newest).decode(source).1.filter { $0.severity == .error }
      if !newestErrors.isEmpty {
        #expect(SpecImporter.importConfig(source).diagnostics.map(\.message) == newestErrors.map(\.message))
        refusedAsInvalid += 1
        continue
      }
      if let reason = Self.knownRefusals[url.lastPathComponent] {
        #expect(SpecImporter.importConfig(source).output == nil, "\(url.lastPathComponent) is expected to be refused: \(reason)")
        continue
      }
      try Self.expectRoundTrip(source)
      roundTripped += 1
    }
    print(
      "import round trip: \(roundTripped) files decode to the same configuration, \(Self.knownRefusals.count) refused "
        + "with a reason, \(refusedAsInvalid) refused as newer Prometheus refuses them")
  }

  /// `render(import(x))` decodes to the same typed configuration as `x`, and its other parts mean the same.
  static func expectRoundTrip(_ source: SourceText, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let imported = SpecImporter.importConfig(source)
    let spec = try #require(imported.output, "\(source.path): \(imported.diagnostics.map(\.message))", sourceLocation: sourceLocation)
    let rendered = ConfigRenderer.render(spec: SourceText(path: "sdgen.yml", text: spec))
    let output = try #require(rendered.output, "\(source.path): \(rendered.diagnostics.map(\.message))", sourceLocation: sourceLocation)
    let before = ConfigMeaning(source)
    let after = ConfigMeaning(SourceText(path: "rendered.yml", text: output))
    #expect(before == after, "\(source.path) does not round-trip:\n\(spec)", sourceLocation: sourceLocation)
  }
}

/// The corpus files the import round trip reads from `../shared`, or nil when it is absent.
enum SharedCorpus {
  /// The Prometheus corpus files promtool 2.42 accepts (exit 0 in `INDEX.tsv`).
  static func acceptedByPromtool() -> [URL]? {
    let folder = TestPaths.shared.appendingPathComponent("corpus/prometheus-testdata")
    guard let index = try? String(contentsOf: folder.appendingPathComponent("INDEX.tsv"), encoding: .utf8) else {
      return nil
    }
    return index.split(separator: "\n").dropFirst().compactMap { line in
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
      return cells.count > 2 && cells[2] == "0" ? folder.appendingPathComponent(String(cells[0])) : nil
    }
  }

  /// The real-world corpus files that are not templates and decode without errors.
  static func realWorldNonTemplates() -> [URL]? {
    let folder = TestPaths.shared.appendingPathComponent("corpus/realworld")
    guard let index = try? String(contentsOf: folder.appendingPathComponent("SOURCES.tsv"), encoding: .utf8) else {
      return nil
    }
    return index.split(separator: "\n").dropFirst().compactMap { line -> URL? in
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard cells.count > 6, cells[6].hasPrefix("no") else { return nil }
      let url = folder.appendingPathComponent(String(cells[0]))
      guard let bytes = try? Data(contentsOf: url) else { return nil }
      let source = SourceText(path: url.lastPathComponent, bytes: Array(bytes))
      let parsed = YAMLParser().parse(source)
      let decoded = ConfigDecoder(version: .newest).decode(parsed.document)
      // A bare list of scrape configs decodes (as a fragment) but is no prometheus.yml to import.
      let isFragment = decoded.diagnostics.contains { $0.rule == RuleID.schemaFragment }
      let clean =
        !parsed.failed && !isFragment && !(parsed.diagnostics + decoded.diagnostics).contains { $0.severity == .error }
      return clean && !PrometheusConfigSource.isSpec(parsed.document) ? url : nil
    }
  }
}
