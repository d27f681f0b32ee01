import SDTestSupport
import Testing

@Suite struct VersionTests {
  @Test func printsVersion() throws {
    let result = try CLIRunner.run(["--version"])
    #expect(result.status == 0)
    #expect(result.stdout == "sdgen 0.1.0 (Prometheus 2.42–2.55, 3.0–3.14)\n")
  }
}

@Suite struct PrometheusVersionArgumentTests {
  @Test(arguments: ["lint", "targets"])
  func rejectsVersionsWithoutASchema(command: String) throws {
    for version in ["9.9", "1.8", "0.0", "2.41", "2.56", "3.15"] {
      let result = try CLIRunner.run([command, "--prometheus-version", version, "examples/blog/sdgen.yml"])
      #expect(result.status == 64)
      #expect(result.stderr.contains("sdgen has no schema for Prometheus \(version); use one of 2.42–2.55, 3.0–3.14"))
    }
  }

  @Test func acceptsTheOldestAndNewest() throws {
    for version in ["2.42", "2.55", "3.0", "3.14"] {
      let result = try CLIRunner.run(["lint", "--prometheus-version", version, "examples/blog/prometheus.yml"])
      #expect(result.status == 0, "\(version): \(result.stderr)")
    }
  }
}

@Suite struct RulesCommandTests {
  @Test func printsOneRulesPage() throws {
    let result = try CLIRunner.run(["rules", "gce/unknown-zone"])
    #expect(result.status == 0)
    let page = try String(
      contentsOf: CLIRunner.repository.appendingPathComponent("docs/rules/gce/unknown-zone.md"), encoding: .utf8)
    #expect(result.stdout == page)
  }

  @Test func anUnknownRuleExits2WithTheNearestId() throws {
    let result = try CLIRunner.run(["rules", "gce/unknown-zon"])
    #expect(result.status == 2)
    #expect(
      result.stderr == "sdgen: error: 'gce/unknown-zon' is not a sdgen rule (did you mean 'gce/unknown-zone'?); "
        + "run 'sdgen rules' to list them\n")
  }

  @Test func completionScriptsOfferRuleIds() throws {
    for shell in ["bash", "zsh", "fish"] {
      let script = try CLIRunner.run(["--generate-completion-script", shell]).stdout
      #expect(script.contains("gce/unknown-zone"), "\(shell)")
    }
  }
}
