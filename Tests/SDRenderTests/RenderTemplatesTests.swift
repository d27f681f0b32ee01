import Foundation
import Testing

@testable import SDCore
@testable import SDRender
import SDTestSupport

/// The shipped templates: compiled in from templates/, valid, documented, and expanding as documented.
@Suite struct RenderTemplatesTests {
  static let files: [URL] = {
    let folder = TestPaths.repository.appendingPathComponent("templates")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".yml") }.sorted().map { folder.appendingPathComponent($0) }
  }()

  @Test func compiledSourcesMatchTheTemplatesFolder() throws {
    #expect(ShippedTemplateSources.files.map(\.name) == Self.files.map(\.lastPathComponent))
    for (compiled, file) in zip(ShippedTemplateSources.files, Self.files) {
      let text = try String(contentsOf: file, encoding: .utf8)
      #expect(compiled.text + "\n" == text, "run scripts/generate-templates after editing \(file.lastPathComponent)")
    }
  }

  @Test func everyShippedTemplateDecodesCleanlyUnderItsFileName() throws {
    #expect(ShippedTemplates.all.keys.sorted() == Self.files.map { $0.deletingPathExtension().lastPathComponent })
    for file in Self.files {
      let source = SourceText(path: file.lastPathComponent, text: try String(contentsOf: file, encoding: .utf8))
      let decoded = SpecDecoder.decodeTemplates(source, file: "templates/\(file.lastPathComponent)")
      #expect(decoded.diagnostics.isEmpty)
      #expect(decoded.templates.values.allSatisfy { $0.description != nil })
    }
  }

  @Test func everyShippedTemplateIsDocumented() throws {
    let docs = try String(
      contentsOf: TestPaths.repository.appendingPathComponent("docs/templates.md"), encoding: .utf8)
    for name in ShippedTemplates.all.keys.sorted() {
      #expect(docs.contains("## `\(name)`"), "docs/templates.md lacks a section for \(name)")
    }
  }

  func rules(_ uses: String) throws -> String {
    let spec = "defaults: {project: p, zones: [us-east1-b]}\njobs:\n  j:\n    relabel_configs:\n\(uses)"
    let output = try #require(ConfigRenderer.render(spec: SourceText(path: "s", text: spec)).output)
    let start = try #require(output.range(of: "    relabel_configs:\n"))
    return String(output[start.upperBound...])
  }

  @Test func promoteLabelsCopiesEachLabel() throws {
    #expect(
      try rules("      - {use: promote-labels, with: {labels: [team, cost_center]}}\n") == """
              - source_labels: [__meta_gce_label_team]
                target_label: team
              - source_labels: [__meta_gce_label_cost_center]
                target_label: cost_center

        """)
  }

  @Test func instanceZoneAndMachineTypeNames() throws {
    #expect(
      try rules("      - use: instance-name\n      - use: zone-short-name\n      - use: machine-type-short-name\n")
        == """
              - source_labels: [__meta_gce_instance_name]
                target_label: instance
              - source_labels: [__meta_gce_zone]
                regex: '.+/zones/([^/]+)'
                target_label: zone
              - source_labels: [__meta_gce_machine_type]
                regex: '.+/machineTypes/([^/]+)'
                target_label: machine_type

        """)
  }

  @Test func allLabelsWithAndWithoutPrefix() throws {
    #expect(
      try rules("      - use: all-labels\n      - {use: all-labels, with: {prefix: gce_}}\n") == """
              - regex: '__meta_gce_label_(.+)'
                replacement: ${1}
                action: labelmap
              - regex: '__meta_gce_label_(.+)'
                replacement: gce_${1}
                action: labelmap

        """)
  }

  @Test func specTemplatesOverrideShippedOnes() throws {
    let spec = """
      templates:
        instance-name: [{source_labels: [__meta_gce_instance_id], target_label: instance}]
      defaults: {project: p, zones: [us-east1-b], relabel_configs: [{use: instance-name}]}
      jobs: {j: {}}
      """
    let output = try #require(ConfigRenderer.render(spec: SourceText(path: "s", text: spec)).output)
    #expect(output.hasSuffix("      - source_labels: [__meta_gce_instance_id]\n        target_label: instance\n"))
  }
}
