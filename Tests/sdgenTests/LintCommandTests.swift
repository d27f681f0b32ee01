import Foundation
import SDTestSupport
import Testing

/// `sdgen lint` end to end: formats, output file, exit codes, stdin, rule selection, `.sdgen.yml`,
/// directives, fixes, the target version, colour and `scrape_config_files`.
@Suite final class LintCommandTests: ScratchFolderSuite {
  init() throws {
    try super.init(prefix: "sdgen-lint")
  }

  func read(_ name: String) throws -> String {
    String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
  }

  /// Runs `sdgen lint arguments…` in the temporary folder.
  func lint(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> CLIRunner.Result {
    try CLIRunner.run(["lint"] + arguments, input: input, directory: folder, environment: environment)
  }

  /// A GCE job with a misspelt `port` key (one near candidate, so a safe fix).
  static let typo = """
    scrape_configs:
      - job_name: node
        gce_sd_configs:
          - project: ml-platform-a
            zone: us-east1-b
            prot: 9100
            filter: '(status="RUNNING")'

    """

  static let typoText = """
    p.yml:6:9: error: unknown key 'prot' in a gce_sd_configs entry [schema/unknown-key]
     6 |         prot: 9100
       |         ^~~~
       = help: a key with a similar name exists: 'port'
       = note: valid keys: project, zone, filter, refresh_interval, port, tag_separator
       = note: Prometheus reports: field prot not found in type gce.plain
       = fix: replace 'prot' with 'port'

    1 error, 0 warnings, 0 infos in 1 file

    """

  /// A job whose null `port:` is only a warning.
  static let nullPort = """
    scrape_configs:
      - job_name: node
        gce_sd_configs:
          - project: ml-platform-a
            zone: us-east1-b
            port:
            filter: '(status="RUNNING")'

    """

  /// Control characters in a key and in the file name are escaped, so one finding stays one line and no
  /// `::warning::` line can be injected into a CI log.
  @Test func controlCharactersAreEscapedInEveryLineFormat() throws {
    _ = try write("e\u{1B}.yml", "scrape_configs:\n  - job_name: a\n    \"x\\e[2J\\n::warning::y\": 1\n")
    let compact = try lint(["--format", "compact", "e\u{1B}.yml"])
    #expect(compact.status == 1)
    #expect(
      compact.stdout
        == #"e\x1b.yml:3:5: error: unknown key 'x\x1b[2J\n::warning::y' in a scrape_configs entry [schema/unknown-key]"#
        + "\n")
    let github = try lint(["--format", "github", "e\u{1B}.yml"])
    #expect(github.stdout.split(separator: "\n").count == 1)
    #expect(github.stdout.contains(#"title=schema/unknown-key::unknown key 'x\x1b[2J%0A::warning::y'"#))
    let text = try lint(["e\u{1B}.yml"])
    #expect(!text.stdout.contains("\u{1B}"))
  }

  @Test func textOutputIsExact() throws {
    try write("p.yml", Self.typo)
    let result = try lint(["p.yml"])
    #expect(result.stdout == Self.typoText)
    #expect(result.stderr == "")
    #expect(result.status == 1)
  }

  @Test func jsonOutputFollowsTheContract() throws {
    try write("p.yml", Self.typo)
    let result = try lint(["--format", "json", "p.yml"])
    let expected =
      #"{"version":1,"diagnostics":[{"file":"p.yml","line":6,"column":9,"endLine":6,"endColumn":13,"#
      + #""severity":"error","rule":"schema/unknown-key","message":"unknown key 'prot' in a gce_sd_configs entry","#
      + #""help":"a key with a similar name exists: 'port'","fixes":[{"title":"replace 'prot' with 'port'","#
      + #""safe":true,"edits":[{"line":6,"column":9,"endLine":6,"endColumn":13,"replacement":"port"}]}]}],"#
      + #""summary":{"files":1,"errors":1,"warnings":0,"infos":0}}"#
    #expect(result.stdout.trimmingCharacters(in: .newlines) == expected)
    #expect(result.status == 1)
  }

  @Test func sarifParsesAndNamesTheRule() throws {
    try write("p.yml", Self.typo)
    let result = try lint(["--format", "sarif", "p.yml"])
    let sarif = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(sarif["version"] as? String == "2.1.0")
    let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    let ruleIDs = (driver["rules"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    #expect(ruleIDs.contains("schema/unknown-key"))
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.map { $0["ruleId"] as? String } == ["schema/unknown-key"])
  }

  @Test func githubFormatPrintsOneAnnotation() throws {
    try write("p.yml", Self.typo)
    let result = try lint(["--format", "github", "p.yml"])
    #expect(
      result.stdout
        == "::error file=p.yml,line=6,col=9,endLine=6,endColumn=12,title=schema/unknown-key::"
        + "unknown key 'prot' in a gce_sd_configs entry%0Ahelp: a key with a similar name exists: 'port'\n")
    #expect(result.status == 1)
  }

  @Test func outputFileGetsTheFormatAndTheTerminalGetsText() throws {
    try write("p.yml", Self.typo)
    let result = try lint(["--format", "json", "-o", "report.json", "p.yml"])
    #expect(result.stdout == Self.typoText)
    #expect(try read("report.json").hasPrefix(#"{"version":1,"diagnostics":[{"file":"p.yml","line":6,"#))
    #expect(result.status == 1)
  }

  @Test func failOnDecidesTheExitStatus() throws {
    try write("p.yml", Self.nullPort)
    let byDefault = try lint(["--format", "compact", "p.yml"])
    #expect(
      byDefault.stdout
        == "p.yml:6:14: warning: 'port' is null, which Prometheus reads as port 0 instead of the default 80 "
        + "[schema/null-value]\n")
    #expect(byDefault.status == 0)
    #expect(try lint(["--fail-on", "warning", "p.yml"]).status == 1)
    #expect(try lint(["--fail-on", "error", "p.yml"]).status == 0)
  }

  @Test func aMissingFileExitsWithTwoAndOneLine() throws {
    let result = try lint(["missing.yml"])
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(result.stderr.contains("missing.yml"))
  }

  @Test func aMissingFileAmongSeveralIsReportedAndTheOthersLinted() throws {
    try write("p.yml", Self.typo)
    let result = try lint(["--format", "compact", "missing.yml", "p.yml"])
    #expect(result.stdout == "p.yml:6:9: error: unknown key 'prot' in a gce_sd_configs entry [schema/unknown-key]\n")
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(result.stderr.contains("missing.yml"))
    #expect(result.status == 2)
  }

  @Test func anUnreadableZonesFileNamesWhereThePathCameFrom() throws {
    try write("p.yml", Self.typo)
    try write(".sdgen.yml", "zones_file: zones.txt\n")
    let fromConfig = try lint(["p.yml"])
    #expect(fromConfig.stderr.hasPrefix("sdgen: error: zones_file in "))
    #expect(fromConfig.stderr.contains(".sdgen.yml: "))
    #expect(fromConfig.status == 2)
    let fromFlag = try lint(["--zones-file", "nowhere.txt", "p.yml"])
    #expect(fromFlag.stderr.hasPrefix("sdgen: error: --zones-file: nowhere.txt: "))
    #expect(fromFlag.status == 2)
  }

  @Test func fixDryRunReadsStandardInput() throws {
    let result = try lint(["--fix", "--dry-run", "--format", "compact", "-"], input: Self.typo)
    #expect(result.stdout.hasPrefix("--- a/-\n+++ b/-\n"))
    #expect(result.stdout.contains("-        prot: 9100\n+        port: 9100\n"))
  }

  @Test func aFolderLintsItsPrometheusFilesAndSaysWhatItSkipped() throws {
    try write("conf/prometheus.yml", Self.typo)
    try write("conf/jobs/extra.yaml", "scrape_configs:\n  - job_name: x\n    prot: 1\n")
    try write("conf/.git/copy.yml", Self.typo)
    try write("conf/ci/workflow.yml", "on: [push]\njobs: {}\n")
    try write("conf/values.yml", "replicas: 3\n")
    try write("conf/notes.txt", "prot: 1\n")
    let result = try lint(["--format", "compact", "conf"])
    #expect(
      result.stdout
        == "conf/jobs/extra.yaml:3:5: error: unknown key 'prot' in a scrape_configs entry [schema/unknown-key]\n"
        + "conf/prometheus.yml:6:9: error: unknown key 'prot' in a gce_sd_configs entry [schema/unknown-key]\n")
    #expect(
      result.stderr
        == "sdgen: note: skipped 2 YAML files that are neither a Prometheus configuration nor an sdgen spec: "
        + "conf/ci/workflow.yml, conf/values.yml\n")
    #expect(result.status == 1)
  }

  @Test func quotedGlobsAreExpanded() throws {
    try write("a/one.yml", Self.typo)
    try write("a/two.yml", Self.typo)
    let result = try lint(["--format", "compact", "a/*.yml"])
    #expect(result.stdout.split(separator: "\n").map { $0.split(separator: ":")[0] } == ["a/one.yml", "a/two.yml"])
    let none = try lint(["b/*.yml"])
    #expect(none.status == 2)
    #expect(none.stderr.contains("b/*.yml"))
  }

  @Test func dashReadsStandardInput() throws {
    let result = try lint(["--format", "compact", "-"], input: Self.typo)
    #expect(result.stdout == "-:6:9: error: unknown key 'prot' in a gce_sd_configs entry [schema/unknown-key]\n")
    #expect(result.status == 1)
  }

  @Test func disableAndEnableSelectRules() throws {
    try write("p.yml", Self.typo)
    let disabled = try lint(["--format", "compact", "--disable", "schema/unknown-key", "p.yml"])
    #expect(disabled.stdout == "")
    #expect(disabled.status == 0)
    try write(".sdgen.yml", "rules:\n  schema/unknown-key: off\n")
    #expect(try lint(["--format", "compact", "p.yml"]).status == 0)
    let enabled = try lint(["--format", "compact", "--enable", "schema/unknown-key", "p.yml"])
    #expect(enabled.stdout.hasPrefix("p.yml:6:9: error: unknown key 'prot'"))
    #expect(enabled.status == 1)
    let unknown = try lint(["--disable", "schema/unknown-keys", "p.yml"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("did you mean 'schema/unknown-key'?"))
  }

  @Test func placeholdersFlagAndOptInRules() throws {
    try write(
      "p.yml",
      "scrape_configs:\n  - job_name: node\n    scrape_interval: ${INTERVAL}\n    static_configs:\n"
        + "        - targets: [a:1]\n    relabel_configs:\n      - target_label: x\n")
    let auto = try lint(["--format", "compact", "p.yml"])
    #expect(auto.stdout.hasPrefix("p.yml:3:22: info: this file looks like an unrendered template"))
    #expect(auto.status == 0)
    let off = try lint(["--format", "compact", "--placeholders", "off", "p.yml"])
    #expect(off.stdout.hasPrefix("p.yml:3:22: error: 'scrape_interval' must be a duration"))
    #expect(off.status == 1)
    let style = try lint(["--format", "compact", "--placeholders", "off", "--enable", "yaml/indentation-style", "p.yml"])
    #expect(style.stdout.contains("p.yml:7:7: info: this block is indented 2 columns"))
    #expect(!off.stdout.contains("yaml/indentation-style"))
  }

  @Test func configurationIsFoundUpward() throws {
    try write(".sdgen.yml", "rules:\n  schema/unknown-key: warning\n")
    try write("team/jobs/p.yml", Self.typo)
    let result = try CLIRunner.run(
      ["lint", "--format", "compact", "p.yml"], directory: folder.appendingPathComponent("team/jobs"))
    #expect(result.stdout == "p.yml:6:9: warning: unknown key 'prot' in a gce_sd_configs entry [schema/unknown-key]\n")
    #expect(result.status == 0)
  }

  @Test func eachFileUsesTheConfigurationNearestToIt() throws {
    try write("a/.sdgen.yml", "rules:\n  schema/unknown-key: warning\n")
    try write("a/p.yml", Self.typo)
    try write("b/p.yml", Self.typo)
    try write(".sdgen.yml", "rules:\n  schema/unknown-key: info\n")
    let result = try lint(["--format", "compact", "a/p.yml", "b/p.yml"])
    #expect(
      result.stdout
        == "a/p.yml:6:9: warning: unknown key 'prot' in a gce_sd_configs entry [schema/unknown-key]\n"
        + "b/p.yml:6:9: info: unknown key 'prot' in a gce_sd_configs entry [schema/unknown-key]\n")
    try write("strict.yml", "rules:\n  schema/unknown-key: error\n")
    let overridden = try lint(["--format", "compact", "--config", "strict.yml", "a/p.yml", "b/p.yml"])
    #expect(overridden.stdout.split(separator: "\n").allSatisfy { $0.contains(": error: ") })
    #expect(overridden.status == 1)
  }

  @Test func directivesOnAndAboveALineSilenceIt() throws {
    let above = Self.typo.replacingOccurrences(
      of: "        prot:", with: "        # sdgen:ignore schema/unknown-key -- migrating\n        prot:")
    try write("above.yml", above)
    let on = Self.typo.replacingOccurrences(of: "prot: 9100", with: "prot: 9100  # sdgen:ignore schema/unknown-key")
    try write("on.yml", on)
    try write("file.yml", "# sdgen:ignore-file\n" + Self.typo)
    for name in ["above.yml", "on.yml", "file.yml"] {
      let result = try lint(["--format", "compact", name])
      #expect(result.stdout == "", "\(name)")
      #expect(result.status == 0, "\(name)")
    }
  }

  @Test func anUnknownRuleInADirectiveIsReported() throws {
    let text = Self.typo.replacingOccurrences(
      of: "        prot:", with: "        # sdgen:ignore schema/unknown-keys -- typo\n        prot:")
    try write("p.yml", text)
    let result = try lint(["--format", "compact", "p.yml"])
    #expect(
      result.stdout == """
        p.yml:6:9: warning: 'schema/unknown-keys' is not a sdgen rule, so this directive silences nothing \
        [lint/directive]
        p.yml:7:9: error: unknown key 'prot' in a gce_sd_configs entry [schema/unknown-key]

        """)
  }

  @Test func fixAppliesTheSafeFix() throws {
    try write("p.yml", Self.typo)
    let result = try lint(["--fix", "p.yml"])
    #expect(try read("p.yml") == Self.typo.replacingOccurrences(of: "prot:", with: "port:"))
    #expect(result.stderr == "p.yml: applied 1 fix(es)\n")
    #expect(result.stdout == "no problems found in 1 file\n")
    #expect(result.status == 0)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "p.yml" }
    #expect(leftovers.isEmpty)
  }

  @Test func fixDryRunPrintsTheDiffAndLeavesTheFile() throws {
    try write("p.yml", Self.typo)
    let result = try lint(["--fix", "--dry-run", "--format", "compact", "p.yml"])
    #expect(try read("p.yml") == Self.typo)
    #expect(
      result.stdout == """
        --- a/p.yml
        +++ b/p.yml
        @@ -3,5 +3,5 @@
             gce_sd_configs:
               - project: ml-platform-a
                 zone: us-east1-b
        -        prot: 9100
        +        port: 9100
                 filter: '(status="RUNNING")'
        p.yml:6:9: error: unknown key 'prot' in a gce_sd_configs entry [schema/unknown-key]

        """)
    #expect(result.status == 1)
  }

  @Test func anOlderPrometheusVersionNamesTheReleaseAKeyNeeds() throws {
    try write("p.yml", "scrape_config_files:\n  - jobs/*.yml\n")
    let result = try lint(["--format", "compact", "--prometheus-version", "2.42", "p.yml"])
    #expect(
      result.stdout
        == "p.yml:1:1: error: 'scrape_config_files' requires Prometheus >= 2.43, but the target version is 2.42 "
        + "[schema/version]\n")
    #expect(result.status == 1)
    #expect(try lint(["--format", "compact", "p.yml"]).status == 0)
  }

  /// Runs `sdgen lint p.yml` on a pseudo-terminal (util-linux `script`), with NO_COLOR set or not.
  func lintOnTerminal(noColor: Bool) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    process.arguments = ["-qc", "'\(CLIRunner.executable.path)' lint p.yml", "/dev/null"]
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment.removeValue(forKey: "NO_COLOR")
    if noColor { environment["NO_COLOR"] = "1" }
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
  func colourOnlyOnATerminalWithoutNoColor() throws {
    try write("p.yml", Self.typo)
    #expect(try lintOnTerminal(noColor: false).contains("\u{1B}[1;31merror:\u{1B}[0m"))
    let noColor = try lintOnTerminal(noColor: true)
    #expect(!noColor.contains("\u{1B}["))
    #expect(noColor.contains("p.yml:6:9: error: unknown key 'prot'"))
    #expect(!(try lint(["p.yml"])).stdout.contains("\u{1B}["))
  }

  @Test func colourChoiceAndEnvironmentOffATerminal() throws {
    try write("p.yml", Self.typo)
    let red = "\u{1B}[1;31merror:\u{1B}[0m"
    #expect(try lint(["--color", "always", "p.yml"]).stdout.contains(red))
    #expect(try lint(["p.yml"], environment: ["NO_COLOR": "", "FORCE_COLOR": "1"]).stdout.contains(red))
    #expect(try lint(["p.yml"], environment: ["NO_COLOR": "", "CLICOLOR_FORCE": "1"]).stdout.contains(red))
    #expect(!(try lint(["p.yml"], environment: ["NO_COLOR": "1", "FORCE_COLOR": "1"])).stdout.contains("\u{1B}["))
    #expect(!(try lint(["--color", "never", "p.yml"], environment: ["FORCE_COLOR": "1"])).stdout.contains("\u{1B}["))
    #expect(try lint(["--color", "sometimes", "p.yml"]).status == 64)
  }

  @Test func includedFilesAreFollowedAndLintedOnce() throws {
    try write("prometheus.yml", "scrape_config_files:\n  - jobs/*.yml\n")
    try write("jobs/node.yml", "scrape_configs:\n  - job_name: node\n    scrape_intervall: 30s\n")
    let result = try lint(["prometheus.yml", "jobs/node.yml"])
    #expect(
      result.stdout.hasPrefix(
        """
        jobs/node.yml:3:5: error: unknown key 'scrape_intervall' in a scrape_configs entry [schema/unknown-key]
         3 |     scrape_intervall: 30s
           |     ^~~~~~~~~~~~~~~~
        """))
    #expect(result.stdout.hasSuffix("1 error, 0 warnings, 0 infos in 2 files\n"))
    #expect(result.status == 1)
  }
}
