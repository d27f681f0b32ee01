import Foundation
import SDTestSupport
import Testing

/// `sdgen targets` end to end on the blog's configuration and instances: output, formats, spec input,
/// warnings and exit codes.
@Suite final class TargetsCommandTests: ScratchFolderSuite {
  init() throws {
    try super.init(prefix: "sdgen-targets")
  }

  static let instances = "examples/blog/instances.json"

  static let blogTargets = """
    Targets (2):
    JOB        INSTANCE     ADDRESS           LABELS
    node       api-1        10.142.0.11:9100  cloud_provider="gcp", cloud_service="api", cloud_tier="backend", \
    cloud_zone="us-east1-b", instance="api-1", job="node"
    dashboard  dashboard-1  10.128.0.21:3000  cloud_provider="gcp", cloud_service="dashboard", \
    cloud_tier="frontend", cloud_zone="us-central1-c", instance="dashboard-1", job="dashboard"

    Dropped (6):
    JOB        INSTANCE        RULE  REASON
    node       batch-worker-7  -     excluded by the filter '(status="RUNNING")'
    node       dashboard-1     -     the instance is in zone us-central1-c of project ml-platform-a, which no \
    gce_sd_configs entry of the job lists
    node       renderer-1      -     the instance is in zone us-central1-c of project ml-platform-a, which no \
    gce_sd_configs entry of the job lists
    dashboard  api-1           -     the instance is in zone us-east1-b of project ml-platform-a, which no \
    gce_sd_configs entry of the job lists
    dashboard  batch-worker-7  -     the instance is in zone us-east1-b of project ml-platform-a, which no \
    gce_sd_configs entry of the job lists
    dashboard  renderer-1      -     excluded by the filter '(status="RUNNING") AND \
    (labels.cloud_service="dashboard")'

    """

  @Test func blogJobsGiveTheTargetsAReaderExpects() throws {
    let result = try CLIRunner.run(["targets", "examples/blog/prometheus.yml", "--instances", Self.instances])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    #expect(result.stdout == Self.blogTargets)
  }

  @Test func aSpecIsRenderedFirstAndGivesTheSameTargets() throws {
    let result = try CLIRunner.run(["targets", "examples/blog/sdgen.yml", "--instances", Self.instances])
    #expect(result.status == 0)
    #expect(result.stdout == Self.blogTargets)
  }

  @Test func jsonIsOneObjectForTheChosenJob() throws {
    let result = try CLIRunner.run([
      "targets", "examples/blog/prometheus.yml", "--instances", Self.instances, "--job", "dashboard", "--format",
      "json",
    ])
    #expect(result.status == 0)
    #expect(
      result.stdout
        == #"{"targets":[{"job":"dashboard","instance":"dashboard-1","labels":{"cloud_provider":"gcp","#
        + #""cloud_service":"dashboard","cloud_tier":"frontend","cloud_zone":"us-central1-c","instance":"dashboard-1","#
        + #""job":"dashboard"}}],"dropped":[{"job":"dashboard","instance":"api-1","rule":null,"reason":"the instance "#
        + #"is in zone us-east1-b of project ml-platform-a, which no gce_sd_configs entry of the job lists"},"#
        + #"{"job":"dashboard","instance":"batch-worker-7","rule":null,"reason":"the instance is in zone us-east1-b "#
        + #"of project ml-platform-a, which no gce_sd_configs entry of the job lists"},{"job":"dashboard","#
        + #""instance":"renderer-1","rule":null,"reason":"excluded by the filter '(status=\"RUNNING\") AND "#
        + #"(labels.cloud_service=\"dashboard\")'"}]}"# + "\n")
  }

  @Test func explainPrintsEveryStep() throws {
    let result = try CLIRunner.run([
      "targets", "examples/blog/prometheus.yml", "--instances", Self.instances, "--explain", "dashboard-1",
    ])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").filter { !$0.hasPrefix("    ") }
    #expect(
      lines == [
        "Job dashboard, instance dashboard-1", "  discovered:",
        "  rule 0 (replace): +cloud_provider=\"gcp\"", "  rule 1 (replace): +cloud_zone=\"us-central1-c\"",
        "  rule 2 (replace): +cloud_tier=\"frontend\"", "  rule 3 (replace): +cloud_service=\"dashboard\"",
        "  rule 4 (replace): +instance=\"dashboard-1\"",
        "  result: scraped at 10.128.0.21:3000 with {cloud_provider=\"gcp\", cloud_service=\"dashboard\", "
          + "cloud_tier=\"frontend\", cloud_zone=\"us-central1-c\", instance=\"dashboard-1\", job=\"dashboard\"}",
        "Job node, instance dashboard-1",
        "  not discovered: the instance is in zone us-central1-c of project ml-platform-a, which no gce_sd_configs "
          + "entry of the job lists",
      ])
  }

  @Test func warningsGoToStandardError() throws {
    let config = try write(
      "prometheus.yml",
      """
      scrape_configs:
        - job_name: node
          gce_sd_configs: [{project: ml-platform-a, zone: us-east1-b, port: 9100}]
          relabel_configs:
            - {source_labels: [__meta_gce_label_cloud_teir], target_label: tier}
            - {source_labels: [__meta_gce_label_cloud_tier], regex: db, action: keep}

      """)
    let result = try CLIRunner.run(["targets", config, "--instances", Self.instances])
    #expect(result.status == 0)
    #expect(
      result.stderr == """
        sdgen: warning: job 'node' yields no targets from the 4 instances given; check its zones, filter and \
        keep/drop rules in the list of dropped instances
        sdgen: warning: job 'node': relabel rule 0 (replace) changes nothing for any of the 2 discovered targets; \
        check its source labels and regex, or remove it

        """)
    #expect(result.stdout.hasPrefix("Targets (0):\n  none\n\nDropped (4):\n"))
  }

  @Test func configErrorsAreDiagnosticsAndExit1() throws {
    let config = try write("prometheus.yml", "scrape_configs:\n  - job_name: x\n    scrape_interval: 5\n")
    let result = try CLIRunner.run(["targets", config, "--instances", Self.instances])
    #expect(result.status == 1)
    #expect(result.stdout == "")
    #expect(
      result.stderr.hasPrefix(
        "\(config):3:22: error: 'scrape_interval' must be a duration such as 30s or 1m30s, but the value is `5` [schema/type]\n"
      ))
  }

  @Test func anUnparsableFilterExits1() throws {
    let config = try write(
      "prometheus.yml",
      "scrape_configs:\n  - job_name: x\n    gce_sd_configs: [{project: p-1, zone: us-east1-b, filter: 'a = ('}]\n")
    let result = try CLIRunner.run(["targets", config, "--instances", Self.instances])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("sdgen: error: job 'x' gce_sd_configs[0]: the filter 'a = (' is not a valid"))
  }

  @Test func unknownJobExits2WithASuggestion() throws {
    let result = try CLIRunner.run([
      "targets", "examples/blog/prometheus.yml", "--instances", Self.instances, "--job", "nod",
    ])
    #expect(result.status == 2)
    #expect(
      result.stderr == "sdgen: error: no job is named 'nod' (did you mean 'node'?); its jobs are node, dashboard\n")
  }

  @Test func unreadableFilesExit2() throws {
    let missing = folder.appendingPathComponent("missing.yml").path
    let noConfig = try CLIRunner.run(["targets", missing, "--instances", Self.instances])
    #expect(noConfig.status == 2)
    #expect(noConfig.stderr == "sdgen: error: cannot read '\(missing)': no such file\n")
    let broken = try write("instances.json", "{\"kind\": \"compute#instance\", \"name\": \"a\"}")
    let badListing = try CLIRunner.run(["targets", "examples/blog/prometheus.yml", "--instances", broken])
    #expect(badListing.status == 2)
    #expect(
      badListing.stderr
        == "sdgen: error: \(broken): at $: this is a single instance (gcloud compute instances describe); list "
        + "instances with gcloud compute instances list --format=json\n")
  }

  @Test func missingInstancesIsAUsageError() throws {
    let result = try CLIRunner.run(["targets", "examples/blog/prometheus.yml"])
    #expect(result.status == 64)
    #expect(result.stderr.hasPrefix("Error: Give at least one --instances file"))
  }

  /// Every example in docs/targets.md that runs on the repository's files prints what the page shows
  /// (stderr first, as a terminal shows it).
  @Test func docsShowRealOutput() throws {
    let page = try String(
      contentsOf: CLIRunner.repository.appendingPathComponent("docs/targets.md"), encoding: .utf8)
    var blocks: [String] = []
    var current: String?
    for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("```") {
        if let block = current { blocks.append(block) }
        current = current == nil ? "" : nil
      } else if current != nil {
        current! += line + "\n"
      }
    }
    var checked = 0
    for block in blocks where block.hasPrefix("$ sdgen targets examples/") {
      let command = String(block.prefix { $0 != "\n" })
      let arguments = command.dropFirst("$ sdgen ".count).split(separator: " ").map(String.init)
      let result = try CLIRunner.run(arguments)
      #expect(result.stderr + result.stdout == block.dropFirst(command.count + 1), "\(command)")
      checked += 1
    }
    #expect(checked == 3)
  }
}
