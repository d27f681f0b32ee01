/// What identifies this build of sdgen to users and to the reports it writes.
package enum SDGenRelease {
  /// The release version, printed by `sdgen --version` and written as SARIF's `tool.driver.version`.
  package static let version = "0.1.0"
  /// The project's home page, SARIF's `informationUri`; rule pages live under `<homepage>/blob/main/docs/rules/`.
  package static let homepage = "https://github.com/sdgen/sdgen"
}
