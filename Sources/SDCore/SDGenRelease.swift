/// What identifies this build of sdgen to users and to the reports it writes.
public enum SDGenRelease {
  /// The release version, printed by `sdgen --version` and written as SARIF's `tool.driver.version`.
  public static let version = "0.1.0"
  /// The project's home page, SARIF's `informationUri`; rule pages live under `<homepage>/blob/main/docs/rules/`.
  public static let homepage = "https://github.com/sdgen/sdgen"
}
