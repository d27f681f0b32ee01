import Foundation
import Testing

@testable import SDCore
@testable import SDYAML
@testable import SDRender
import SDTestSupport

/// Mutated specs (fixed seed, bounded count) never crash or hang the renderer: each renders to valid YAML
/// or is refused with an error, and every finding points inside the spec.
@Suite struct RenderMutationTests {
  @Test func mutatedSpecsStayInBounds() throws {
    let specs = ["examples/blog/sdgen.yml", "examples/fleet/sdgen.yml"].map {
      TestPaths.repository.appendingPathComponent($0)
    }
    var generator = SplitMix64(seed: 4242)
    var rendered = 0
    var refused = 0
    for url in specs {
      let bytes = Array(try Data(contentsOf: url))
      for _ in 0..<300 {
        let source = SourceText(path: "sdgen.yml", bytes: YAMLMutator.mutate(bytes, using: &generator))
        let result = ConfigRenderer.render(spec: source)
        if let output = result.output {
          rendered += 1
          let reparsed = YAMLParser().parse(SourceText(path: "prometheus.yml", text: output))
          #expect(!reparsed.failed, "rendered output is not valid YAML:\n\(output)")
        } else {
          refused += 1
        }
        for finding in result.diagnostics where finding.file == nil {
          let start = finding.range.start
          #expect(start.line >= 1 && start.line <= source.lineCount + 1, "\(finding)")
          #expect(start.column >= 1 && start.column <= source.line(start.line).unicodeScalars.count + 1, "\(finding)")
        }
        #expect(result.output != nil || result.diagnostics.contains { $0.severity == .error })
      }
    }
    print("render mutation test: \(rendered) mutated specs rendered, \(refused) refused with an error")
    #expect(rendered > 0 && refused > 0)
  }
}
