import Foundation
import SDTestSupport
import Testing

/// `sdgen test` end to end: the blog's test file passes, failures print expected against simulated
/// with a label diff and the relabel trace, bad files stop with positioned errors, and every format.
@Suite final class TestCommandTests: ScratchFolderSuite {
  init() throws {
    try super.init(prefix: "sdgen-test")
  }

  /// A configuration with a keep rule, so that a case can be dropped by a rule.
  static let config = """
    scrape_configs:
      - job_name: node
        gce_sd_configs:
          - {project: shop-prod, zone: europe-west1-b, port: 9100}
        relabel_configs:
          - source_labels: [__meta_gce_label_team]
            regex: web
            action: keep
          - source_labels: [__meta_gce_instance_name]
            target_label: instance

    """

  @discardableResult
  private func testFile(_ cases: String) throws -> String {
    try write("prometheus.yml", Self.config)
    return try write(
      "tests.yml",
      """
      config: prometheus.yml
      instances:
        - {name: web-1, labels: {team: web}}
        - {name: db-1, labels: {team: db}}
      tests:
      \(cases)
      """)
  }

  @Test func theBlogTestsPass() throws {
    let result = try CLIRunner.run(["test", "examples/blog/tests.yml"])
    #expect(result.stderr == "")
    #expect(result.stdout == "sdgen test: 9 cases, 9 passed, 0 failed\n")
    #expect(result.status == 0)
  }

  @Test func aFailureShowsExpectedSimulatedTheLabelDiffAndTheTrace() throws {
    try testFile(
      """
        - job: node
          instance: web-1
          scraped_at: 10.0.0.1:9100
          labels: {instance: web-2, job: node, team: web}
        - {job: node, instance: db-1, dropped: rule 0}
      """)
    let result = try CLIRunner.run(["test", "tests.yml"], directory: folder)
    #expect(result.status == 1)
    #expect(result.stderr == "")
    #expect(
      result.stdout == """
        FAIL tests.yml:6:5: instance web-1 in job node is scraped at 10.0.0.1:9100: expected scraped at \
        10.0.0.1:9100 with {instance="web-2", job="node", team="web"}, simulated scraped at 10.0.0.1:9100 with \
        {instance="web-1", job="node"}
          labels: ~instance: "web-2" != "web-1", -team="web"
          Job node, instance web-1
            discovered:
              __address__="10.0.0.1:9100"
              __meta_gce_instance_id="1000001"
              __meta_gce_instance_name="web-1"
              __meta_gce_instance_status="RUNNING"
              __meta_gce_interface_ipv4_nic0="10.0.0.1"
              __meta_gce_label_team="web"
              __meta_gce_machine_type="https://www.googleapis.com/compute/v1/projects/shop-prod/zones/europe-west1-b/machineTypes/e2-medium"
              __meta_gce_network="https://www.googleapis.com/compute/v1/projects/shop-prod/global/networks/default"
              __meta_gce_private_ip="10.0.0.1"
              __meta_gce_project="shop-prod"
              __meta_gce_zone="https://www.googleapis.com/compute/v1/projects/shop-prod/zones/europe-west1-b"
              __metrics_path__="/metrics"
              __scheme__="http"
              __scrape_interval__="1m"
              __scrape_timeout__="10s"
              job="node"
            rule 0 (keep): unchanged
              after: {__address__="10.0.0.1:9100", __metrics_path__="/metrics", __scheme__="http", \
        __scrape_interval__="1m", __scrape_timeout__="10s", job="node"} and 10 __meta_* labels
            rule 1 (replace): +instance="web-1"
              after: {__address__="10.0.0.1:9100", __metrics_path__="/metrics", __scheme__="http", \
        __scrape_interval__="1m", __scrape_timeout__="10s", instance="web-1", job="node"} and 10 __meta_* labels
            result: scraped at 10.0.0.1:9100 with {instance="web-1", job="node"}
        sdgen test: 2 cases, 1 passed, 1 failed

        """)
  }

  @Test func aBadFileStopsWithPositionedErrorsAndExitTwo() throws {
    try write("prometheus.yml", Self.config)
    try write(
      "tests.yml",
      """
      config: prometheus.yml
      instance:
        - {name: web-1}
      tests:
        - {job: node, instance: web-1, dropped: maybe}

      """)
    let result = try CLIRunner.run(["test", "tests.yml"], directory: folder)
    #expect(result.status == 2)
    #expect(result.stdout == "sdgen test: 0 cases, 0 passed, 0 failed\n")
    #expect(
      result.stderr == """
        tests.yml:2:1: error: unknown key 'instance' in the test file; did you mean 'instances'? [test/format]
         2 | instance:
           | ^~~~~~~~

        tests.yml:5:43: error: 'dropped' is "maybe"; write true, filter, location, or rule N (0-based) [test/format]
         5 |   - {job: node, instance: web-1, dropped: maybe}
           |                                           ^~~~~

        2 errors, 0 warnings, 0 infos in 1 file

        """)
  }

  @Test func aMissingConfigIsNamedWhereTheTestFileNamesIt() throws {
    try write("tests.yml", "config: nowhere.yml\ntests:\n  - {job: node, targets: 1}\n")
    let result = try CLIRunner.run(["test", "tests.yml"], directory: folder)
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("sdgen: error: tests.yml:1:9: "))
    #expect(result.stderr.contains("nowhere.yml"))
  }

  private let countCases = """
      - {name: one web target, job: node, targets: 1}
      - {job: node, targets: 2}
    """

  @Test func jsonListsEveryCase() throws {
    try testFile(countCases)
    let result = try CLIRunner.run(["test", "tests.yml", "--format", "json"], directory: folder)
    #expect(result.status == 1)
    #expect(
      result.stdout
        == #"{"files":[{"path":"tests.yml","cases":[{"name":"one web target","job":"node","instance":null,"#
        + #""line":6,"column":5,"passed":true,"expected":"1 target","simulated":"1 target","label_diff":[],"#
        + #""trace":null},{"name":"job node has 2 targets","job":"node","instance":null,"line":7,"column":5,"#
        + #""passed":false,"expected":"2 targets","simulated":"1 target","label_diff":[],"trace":null}]}],"#
        + #""passed":1,"failed":1}"# + "\n")
  }

  @Test func githubAnnotatesTheFailingCasesLine() throws {
    try testFile(countCases)
    let result = try CLIRunner.run(["test", "tests.yml", "--format", "github"], directory: folder)
    #expect(result.status == 1)
    #expect(
      result.stdout == """
        ::error file=tests.yml,line=7,col=5,title=sdgen test::job node has 2 targets: expected 2 targets, \
        simulated 1 target
        sdgen test: 2 cases, 1 passed, 1 failed

        """)
  }

  @Test func junitIsOneSuitePerFileAndOneTestcasePerCase() throws {
    try testFile(countCases)
    let result = try CLIRunner.run(["test", "tests.yml", "--format", "junit"], directory: folder)
    #expect(result.status == 1)
    #expect(
      result.stdout == """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites name="sdgen test" tests="2" failures="1">
          <testsuite name="tests.yml" tests="2" failures="1">
            <testcase name="one web target" classname="node" file="tests.yml" line="6"/>
            <testcase name="job node has 2 targets" classname="node" file="tests.yml" line="7">
              <failure message="job node has 2 targets: expected 2 targets, simulated 1 target"></failure>
            </testcase>
          </testsuite>
        </testsuites>

        """)
  }
}
