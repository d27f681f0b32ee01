import Foundation
import Testing

@testable import SDCore
@testable import SDLint

/// Templating placeholders: which text counts as one, and what lint does and does not check around them.
@Suite struct LintPlaceholderTests {
  private static func placeholders(_ text: String) -> [String] {
    let source = SourceText(path: "t.yml", text: text)
    return Placeholders(source).all.map { String(decoding: source.bytes[$0.bytes], as: UTF8.self) }
  }

  private static func lint(_ text: String, mode: PlaceholderMode = .auto) -> [String] {
    var options = LintOptions()
    options.placeholders = mode
    return Linter(options: options).lint(SourceText(path: "t.yml", text: text))
      .map { "\($0.range.start) \($0.severity.rawValue) \($0.rule)" }
  }

  @Test func everySyntaxIsFoundOutsideComments() {
    let text = """
      a: ${A} $b {{ .C }} {{D}} {E} %{ if f ~} {% if g %}
      # ${commented}
      h: 'x #${quoted}' # {{ trailing }}
      """
    #expect(
      Self.placeholders(text) == ["${A}", "$b", "{{ .C }}", "{{D}}", "{E}", "%{ if f ~}", "{% if g %}", "${quoted}"])
  }

  @Test func relabelReferencesQuantifiersAndAlertTemplatesAreNotPlaceholders() {
    let text = """
      regex: 'a{2,3}(x){name}$'
      replacement: '${1}:$1 $${2}'
      summary: 'high on {{ $labels.instance }} at {{ $value }}'
      """
    #expect(Self.placeholders(text).isEmpty)
  }

  @Test func namedGroupReferencesCountOnlyInATemplatedFile() {
    #expect(Self.placeholders("replacement: $team-${owner}\n").isEmpty)
    #expect(Self.placeholders("replacement: $team\nproject: ${P}\n") == ["$team", "${P}"])
  }

  @Test func placeholderValuesAreNotCheckedAndTheFileIsSaidToBeTemplated() {
    let text = """
      global:
        scrape_interval: ${SCRAPE_INTERVAL}
      scrape_configs:
        - job_name: node
          gce_sd_configs:
            - project: '$gcpProject'
              zone: {{ .Values.zone }}
              filter: '(status="RUNNING") AND (labels.team=${TEAM})'
              port: ${PORT}

      """
    #expect(Self.lint(text) == ["2:20 info lint/templated"])
    #expect(
      Self.lint(text, mode: .off) == [
        "2:20 error schema/type", "6:18 error gce/project-id", "7:15 error schema/required", "7:15 error schema/type",
        "9:15 error schema/type",
      ])
  }

  @Test func directiveLinesAreReadAsBlank() {
    let text = """
      scrape_configs:
        %{ if enable_gcp ~}
        - job_name: gcp
          gce_sd_configs:
            - project: ${project}
              zone: us-east1-z
        %{ endif ~}

      """
    #expect(
      Self.lint(text) == ["2:3 info lint/templated", "5:9 info gce/no-status-filter", "6:15 error gce/unknown-zone"])
    #expect(Self.lint(text, mode: .off) == ["2:3 error yaml/syntax"])
  }

  @Test func theSettingIsReadFromTheConfigurationFile() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdgen-placeholders-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent(".sdgen.yml")
    try "placeholders: off\n".write(to: file, atomically: true, encoding: .utf8)
    var options = LintOptions()
    try LintConfiguration(path: file.path).apply(to: &options)
    #expect(options.placeholders == .off)
    try "placeholders: sometimes\n".write(to: file, atomically: true, encoding: .utf8)
    #expect(throws: LintConfiguration.Problem.self) { try LintConfiguration(path: file.path) }
  }
}
