import Foundation
import SDTestSupport
import Testing

/// `sdgen lint` and `sdgen render` on a spec: findings at the spec's own lines; render refuses to write on errors.
@Suite final class SpecCheckCommandTests: ScratchFolderSuite {
  init() throws {
    try super.init(prefix: "sdgen-spec-check")
  }

  static let spec = """
    defaults:
      project: ml-platform-a
      filter: {status: RUNNING}
    jobs:
      node:  {zones: [us-east1-b], port: 9100}
      db:    {project: ml-plaform-a, zones: [us-east1-c], port: 9187}
      cache: {zones: [us-east1-d], port: 9121, filter: {status: RUNING}}

    """

  static func findings(_ path: String) -> String {
    """
    \(path):6:20: warning: project 'ml-plaform-a' is 1 edit away from 'ml-platform-a' used at line 2; check which spelling is right [gce/project-typo]
     6 |   db:    {project: ml-plaform-a, zones: [us-east1-c], port: 9187}
       |                    ^~~~~~~~~~~~
       = help: if both projects exist, list them under known_projects in .sdgen.yml
       = note: 'ml-platform-a' is first used at line 2, column 12

    \(path):7:61: error: 'RUNING' is not a value of 'status', so the filter matches nothing [gce/filter-value]
     7 |   cache: {zones: [us-east1-d], port: 9121, filter: {status: RUNING}}
       |                                                             ^~~~~~
       = help: did you mean 'RUNNING'?

    1 error, 1 warning, 0 infos in 1 file

    """
  }

  @Test func lintReportsAtTheSpecLines() throws {
    let spec = try write("sdgen.yml", Self.spec)
    let result = try CLIRunner.run(["lint", spec])
    #expect(result.status == 1)
    #expect(result.stdout == Self.findings(spec))
  }

  @Test func renderExitsOneAndWritesNothingOnASpecError() throws {
    let spec = try write("sdgen.yml", Self.spec)
    let output = folder.appendingPathComponent("prometheus.yml").path
    let result = try CLIRunner.run(["render", spec, "-o", output])
    #expect(result.status == 1)
    #expect(result.stdout == "")
    #expect(result.stderr == Self.findings(spec))
    #expect(!FileManager.default.fileExists(atPath: output))
  }

  @Test func renderWritesWithWarningsUnlessFailOnAsksOtherwise() throws {
    let spec = try write("sdgen.yml", Self.spec.replacingOccurrences(of: "RUNING", with: "RUNNING"))
    let output = folder.appendingPathComponent("prometheus.yml").path
    let warned = try CLIRunner.run(["render", spec, "-o", output])
    #expect(warned.status == 0)
    #expect(warned.stderr.contains("[gce/project-typo]") && !warned.stderr.contains("info:"))
    #expect(FileManager.default.fileExists(atPath: output))
    try FileManager.default.removeItem(atPath: output)
    let refused = try CLIRunner.run(["render", spec, "-o", output, "--fail-on", "warning"])
    #expect(refused.status == 1)
    #expect(!FileManager.default.fileExists(atPath: output))
  }

  @Test func kindPrometheusLintsASpecAsAConfig() throws {
    let spec = try write("sdgen.yml", Self.spec)
    let result = try CLIRunner.run(["lint", "--format", "compact", "--kind", "prometheus", spec])
    #expect(result.status == 1)
    #expect(result.stdout.hasPrefix("\(spec):1:1: error: unknown key 'defaults'"))
  }
}

/// `sdgen import` end to end: the written spec renders back to a file `render --check` finds current.
@Suite final class ImportCommandTests: ScratchFolderSuite {
  init() throws {
    try super.init(prefix: "sdgen-import")
  }

  static let config = """
    scrape_configs:
      - job_name: node
        gce_sd_configs:
          - {project: ml-platform-a, zone: us-east1-b, port: 9100, filter: '(status="RUNNING")'}
          - {project: ml-platform-a, zone: us-east1-c, port: 9100, filter: '(status="RUNNING")'}

    """

  @Test func importedSpecChecksAgainstTheHandWrittenFile() throws {
    let config = try write("prometheus.yml", Self.config)
    let spec = folder.appendingPathComponent("sdgen.yml").path
    let imported = try CLIRunner.run(["import", config, "-o", spec])
    #expect(imported.status == 0)
    #expect(imported.stderr == "")
    #expect(
      String(decoding: try Data(contentsOf: URL(fileURLWithPath: spec)), as: UTF8.self) == """
        # Imported by sdgen from \(config); render it with: sdgen render SPEC -o \(config)
        jobs:
          node:
            zones: [us-east1-b, us-east1-c]
            project: ml-platform-a
            port: 9100
            filter:
              status: RUNNING

        """)
    let checked = try CLIRunner.run(["render", spec, "--check", try write("expected.yml", """
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: ml-platform-a
              zone: us-east1-b
              port: 9100
              filter: '(status="RUNNING")'
            - project: ml-platform-a
              zone: us-east1-c
              port: 9100
              filter: '(status="RUNNING")'

      """)])
    #expect(checked.status == 0, "\(checked.stdout)")
  }

  @Test func aJobThatCannotBeKeptExactlyIsRefusedAtItsRule() throws {
    let config = try write("prometheus.yml", """
      scrape_configs:
        - job_name: node
          static_configs: [{targets: ['a:9100']}]
          relabel_configs:
            - {target_label: x, replacement: '{{x}}'}

      """)
    let result = try CLIRunner.run(["import", config])
    #expect(result.status == 1)
    #expect(result.stdout == "")
    #expect(result.stderr.hasPrefix("\(config):5:9: error: this relabel rule of job 'node' cannot be written in a spec"))
  }
}
