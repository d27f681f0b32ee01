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
