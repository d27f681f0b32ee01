import Testing

@testable import SDCore
@testable import SDYAML
@testable import GCEFilter

@Suite struct FilterScrapeJobTests {
  func document(_ yaml: String) -> YAMLDocument {
    YAMLParser().parse(SourceText(path: "prometheus.yml", text: yaml)).document
  }

  @Test func readsProjectZonesAndFilterThroughMergeKeys() throws {
    let yaml = """
      defaults: &gce
        project: p-1
        filter: (status="RUNNING")
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - {<<: *gce, zone: us-east1-b}
            - {<<: *gce, zone: us-east1-c}
            - {<<: *gce, zone: us-east1-b}
      """
    #expect(
      try ScrapeJobFilter.load(job: "node", from: document(yaml))
        == ScrapeJobFilter(project: "p-1", zones: ["us-east1-b", "us-east1-c"], filter: #"(status="RUNNING")"#))
  }

  @Test func nullFilterMeansNoFilter() throws {
    let yaml = """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: p-1
              zone: us-east1-b
              filter: ~
      """
    #expect(try ScrapeJobFilter.load(job: "node", from: document(yaml)).filter == nil)
  }

  @Test func withoutAJobNameTheOnlyJobIsRead() throws {
    let one = """
      scrape_configs:
        - job_name: node
          gce_sd_configs: [{project: p-1, zone: us-east1-b}]
      """
    #expect(
      try ScrapeJobFilter.load(job: nil, from: document(one))
        == ScrapeJobFilter(project: "p-1", zones: ["us-east1-b"], filter: nil))
    let two = one + "\n  - job_name: api\n    gce_sd_configs: [{project: p-1, zone: us-east1-c}]\n"
    #expect(
      throws: ScrapeJobFilter.LoadError(description: "the file has 2 jobs (node, api); name one with --job")
    ) {
      try ScrapeJobFilter.load(job: nil, from: document(two))
    }
    #expect(throws: ScrapeJobFilter.LoadError(description: "the file has no scrape_configs")) {
      try ScrapeJobFilter.load(job: nil, from: document("global: {}"))
    }
  }

  @Test func jobsWithoutGCEDiscoveryAreRefused() {
    let yaml = """
      scrape_configs:
        - job_name: static
          static_configs: [{targets: [localhost:9090]}]
      """
    #expect(
      throws: ScrapeJobFilter.LoadError(
        description:
          "job 'static' has no gce_sd_configs entries; pick a job that discovers GCE instances")
    ) {
      try ScrapeJobFilter.load(job: "static", from: document(yaml))
    }
    #expect(throws: ScrapeJobFilter.LoadError(description: "no scrape config has job_name 'x'; jobs: static")) {
      try ScrapeJobFilter.load(job: "x", from: document(yaml))
    }
    #expect(
      throws: ScrapeJobFilter.LoadError(
        description: "no scrape config has job_name 'x'; the file has no scrape_configs")
    ) {
      try ScrapeJobFilter.load(job: "x", from: document("global: {}"))
    }
  }
}
