import Foundation
import SDTestSupport
import Testing

@Suite struct GcloudFilterCommandTests {
  static let config = "Tests/Fixtures/filter/prometheus.yml"

  @Test func translatesAnAPIFilterToGcloud() throws {
    let result = try CLIRunner.run(["gcloud-filter", #"(status="RUNNING") AND (labels.cloud_service="dashboard")"#])
    #expect(result.stdout == "status=RUNNING AND labels.cloud_service=dashboard\n")
    #expect(
      result.stderr
        == "note: column 25: 'labels.cloud_service=\"dashboard\"' translates approximately: gcloud ignores accents "
        + "(it also keeps 'zürich' for 'zurich'); the API compares exactly\n")
    #expect(result.status == 0)
  }

  @Test func translatesAGcloudFilterToTheAPIWithNotes() throws {
    let result = try CLIRunner.run(["gcloud-filter", "--from", "gcloud", "status:(RUNNING) AND labels.env:prod"])
    #expect(result.stdout == #"(status="RUNNING") AND (labels.env="prod")"# + "\n")
    #expect(
      result.stderr
        == "note: column 22: 'labels.env:prod' translates approximately: gcloud ':' matches case-insensitively "
        + "anywhere in the value; the API '=' matches the whole value\n")
    #expect(result.status == 0)
  }

  @Test func strictFailsOnApproximateTranslations() throws {
    let approximate = try CLIRunner.run(["gcloud-filter", "--strict", "labels.env != prod"])
    #expect(approximate.stdout == "labels.env!=prod\n")
    #expect(
      approximate.stderr
        == "note: column 1: 'labels.env != prod' translates approximately: gcloud keeps instances without the label, "
        + "the API drops them; gcloud ignores accents (it also keeps 'zürich' for 'zurich'); the API compares exactly\n"
        + "sdgen: error: the translation is approximate and --strict was given\n")
    #expect(approximate.status == 1)
    let exact = try CLIRunner.run(["gcloud-filter", "--strict", "labels.owner:*"])
    #expect(exact.stdout == "labels.owner:*\n")
    #expect(exact.status == 0)
  }

  @Test func unparsableFiltersShowACaret() throws {
    let result = try CLIRunner.run(["gcloud-filter", "name ~ ^targ"])
    #expect(result.stdout == "")
    #expect(
      result.stderr == """
        sdgen: error: '~' is a gcloud operator, not a Compute API one at column 6
          name ~ ^targ
               ^
          = help: use the regex dialect: name eq "RE2 matching the whole value"
          = note: this looks like gcloud syntax; add --from gcloud to translate it to the API

        """)
    #expect(result.status == 1)
  }

  @Test func gcloudSyntaxGivenAsAnAPIFilterSuggestsFromGcloud() throws {
    let result = try CLIRunner.run(["gcloud-filter", "status:(RUNNING)"])
    #expect(
      result.stderr == """
        sdgen: error: a list operand '(…)' is gcloud syntax, not a Compute API one at column 8
          status:(RUNNING)
                 ^
          = help: write one restriction per value joined with OR, e.g. (status="RUNNING") OR (status="STAGING")
          = note: this looks like gcloud syntax; add --from gcloud to translate it to the API

        """)
    #expect(result.status == 1)
  }

  @Test func untranslatableFiltersShowACaretUnderTheTerm() throws {
    let result = try CLIRunner.run(["gcloud-filter", "--from", "gcloud", "status:RUNNING labels:prod"])
    #expect(
      result.stderr == """
        sdgen: error: 'labels:prod' matches any label key or value in gcloud, which the Compute API cannot express at column 16
          status:RUNNING labels:prod
                         ^~~~~~~~~~~
          = help: name the label: labels.KEY:* for a key, labels.KEY=VALUE for a value

        """)
    #expect(result.status == 1)
  }

  static let instances = "examples/filters/instances.json"

  @Test(arguments: [
    ("gcloud", "labels.city=zurich", "cafe-1\ncafe-2\n"),
    ("api", #"(labels.city="zurich")"#, "cafe-2\n"),
    ("gcloud", "labels.build=7", "cafe-1\ncafe-2\n"),
    ("gcloud", "status:STOP", "cafe-2\nbare-1\n"),
    ("gcloud", "scheduling.preemptible=false", "bare-1\n"),
    ("api", "(scheduling.preemptible=false)", "cafe-1\ncafe-2\nbare-1\nbare-2\n"),
    ("gcloud", "NOT labels.city:*", "bare-1\nbare-2\n"),
    ("gcloud", "id>8300000000000000003", "bare-2\n"),
    ("api", "(id>8300000000000000003)", "bare-2\n"),
    ("gcloud", #""CAFE-1""#, "cafe-1\n"),
  ])
  func evalPrintsTheInstancesTheFilterKeeps(_ dialect: String, _ filter: String, _ names: String) throws {
    let result = try CLIRunner.run(["gcloud-filter", "--from", dialect, "--eval", Self.instances, filter])
    #expect(result.stdout == names)
    #expect(result.stderr == "")
    #expect(result.status == 0)
  }

  @Test func evalRefusesWhatItCannotEvaluate() throws {
    let result = try CLIRunner.run(["gcloud-filter", "--from", "gcloud", "--eval", Self.instances, "zone.lower()=x"])
    #expect(
      result.stderr == """
        sdgen: error: sdgen evaluates only the basename() transform, not '.lower()' at column 1
          zone.lower()=x
          ^~~~~~~~~~~~
          = help: compare the field's value instead

        """)
    #expect(result.status == 1)
  }

  /// `--eval` keeps what gcloud's own engine keeps, on every row of `Tests/Fixtures/data/gcloud-engine`.
  @Test func evalAgreesWithGcloudOnEveryEngineRow() throws {
    let folder = CLIRunner.repository.appendingPathComponent("Tests/Fixtures/data/gcloud-engine")
    let vectors = try String(contentsOf: folder.appendingPathComponent("vectors.tsv"), encoding: .utf8)
    let instances = folder.appendingPathComponent("instances.json").path
    for line in vectors.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      // "--" keeps a filter that starts with "-" (-name:web*) from reading as an option.
      let result = try CLIRunner.run(["gcloud-filter", "--from", "gcloud", "--eval", instances, "--", String(fields[0])])
      if fields[1].hasPrefix("ERROR") {
        #expect(result.status == 1, "\(fields[0])")
      } else {
        let names = fields[1].split(separator: ",").map { $0 + "\n" }.joined()
        #expect(result.stdout == names && result.status == 0, "\(fields[0])")
      }
    }
  }

  @Test func commandLineFromAJobWithSeveralZones() throws {
    let result = try CLIRunner.run(["gcloud-filter", "--file", Self.config, "--job", "dashboard", "--command"])
    #expect(
      result.stdout
        == "gcloud compute instances list --project=ml-platform-a --zones=us-central1-c,us-central1-f "
        + "--filter='status=RUNNING AND labels.cloud_service=dashboard'\n")
    #expect(result.status == 0)
  }

  @Test func commandLineFromAJobOfASpec() throws {
    let result = try CLIRunner.run([
      "gcloud-filter", "--file", "examples/blog/sdgen.yml", "--job", "dashboard", "--command",
    ])
    #expect(result.status == 0)
    #expect(
      result.stdout
        == "gcloud compute instances list --project=ml-platform-a --zones=us-central1-c "
        + "--filter='status=RUNNING AND labels.cloud_service=dashboard'\n")
  }

  @Test func jobWithoutAFilterListsEverything() throws {
    let result = try CLIRunner.run(["gcloud-filter", "--file", Self.config, "--job", "node", "--command"])
    #expect(result.stdout == "gcloud compute instances list --project=ml-platform-a --zones=us-east1-b\n")
    #expect(result.stderr == "note: job 'node' has no filter, so it discovers every instance of its zones\n")
    #expect(result.status == 0)
  }

  @Test func commandLinePassesTheFilterToGcloudByteForByte() throws {
    let result = try CLIRunner.run(["gcloud-filter", "--file", Self.config, "--job", "quoting", "--command"])
    #expect(result.status == 0)
    let commandLine = result.stdout.trimmingCharacters(in: .newlines)
    let expected = #"name="it's" AND description="$HOME `id` !1 *.log""#
    let shell = Process()
    shell.executableURL = URL(fileURLWithPath: "/bin/bash")
    // The stub prints its last argument; set -H turns on history expansion as in an interactive shell.
    shell.arguments = ["-c", "set -H; gcloud() { printf %s \"${@: -1}\"; }\n" + commandLine]
    let output = Pipe()
    shell.standardOutput = output
    try shell.run()
    let printed = output.fileHandleForReading.readDataToEndOfFile()
    shell.waitUntilExit()
    #expect(shell.terminationStatus == 0)
    #expect(String(decoding: printed, as: UTF8.self) == "--filter=" + expected)
  }

  @Test func commandLineFromArguments() throws {
    let result = try CLIRunner.run([
      "gcloud-filter", "--command", "--project", "p-1", "--zone", "us-east1-b", "--zone", "us-east1-c",
      "--from", "gcloud", "status:RUNNING  labels.env:prod",
    ])
    #expect(
      result.stdout
        == "gcloud compute instances list --project=p-1 --zones=us-east1-b,us-east1-c "
        + "--filter='status:RUNNING AND labels.env:prod'\n")
    #expect(result.status == 0)
  }

  @Test(arguments: [
    (
      "split-projects",
      "job 'split-projects' lists instances in several projects (team-a, team-b); "
        + "one gcloud command covers one project, so translate each entry's filter on its own"
    ),
    (
      "split-filters",
      "job 'split-filters' uses different filters in its gce_sd_configs entries; "
        + "translate each entry's filter on its own"
    ),
    ("dashbord", "no scrape config has job_name 'dashbord'; did you mean 'dashboard'?"),
  ])
  func jobsThatCannotBecomeOneCommandExit2(_ job: String, _ message: String) throws {
    let result = try CLIRunner.run(["gcloud-filter", "--file", Self.config, "--job", job])
    #expect(result.stderr == "sdgen: error: \(Self.config): \(message)\n")
    #expect(result.stdout == "")
    #expect(result.status == 2)
  }

  static let singleJob = """
    scrape_configs:
      - job_name: only
        gce_sd_configs:
          - project: p-1
            zone: us-east1-b
            filter: '(status="RUNNING")'

    """

  @Test func aFileWithOneJobNeedsNoJobAndMayBeStandardInput() throws {
    let result = try CLIRunner.run(["gcloud-filter", "--file", "-", "--command"], input: Self.singleJob)
    #expect(result.stdout == "gcloud compute instances list --project=p-1 --zones=us-east1-b --filter='status=RUNNING'\n")
    #expect(result.status == 0)
  }

  @Test func theOldConfigNameStillWorks() throws {
    let result = try CLIRunner.run(["gcloud-filter", "--config", "-"], input: Self.singleJob)
    #expect(result.stdout == "status=RUNNING\n")
    #expect(result.status == 0)
  }

  @Test func aFileWithSeveralJobsNeedsJob() throws {
    let result = try CLIRunner.run(["gcloud-filter", "--file", "examples/blog/sdgen.yml"])
    #expect(
      result.stderr
        == "sdgen: error: examples/blog/sdgen.yml: the file has 2 jobs (node, dashboard); name one with --job\n")
    #expect(result.status == 2)
  }

  @Test func unreadableConfigExits2() throws {
    let result = try CLIRunner.run(["gcloud-filter", "--file", "missing.yml", "--job", "x"])
    #expect(result.stderr == "sdgen: error: cannot read 'missing.yml': no such file\n")
    #expect(result.status == 2)
  }

  @Test(arguments: [
    ["gcloud-filter"],
    ["gcloud-filter", "a = 1", "--file", "x.yml", "--job", "j"],
    ["gcloud-filter", "--job", "j", "a = 1"],
    ["gcloud-filter", "--file", "x.yml", "--config", "x.yml"],
    ["gcloud-filter", "--from", "yaml", "a = 1"],
    ["gcloud-filter", "--project", "p", "a = 1"],
  ])
  func usageErrorsExit64(_ arguments: [String]) throws {
    #expect(try CLIRunner.run(arguments).status == 64)
  }
}
