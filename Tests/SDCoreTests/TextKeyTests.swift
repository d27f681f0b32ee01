import SDCore
import Testing

@Suite struct TextKeyTests {
  @Test func equalTextsMakeEqualKeys() {
    let built = String(["__meta_gce_", "zone"].joined())
    #expect(TextKey("__meta_gce_zone") == TextKey(built))
    #expect(TextKey("__meta_gce_zone").fingerprint == TextKey(built).fingerprint)
    #expect(TextKey("a") != TextKey("b"))
    #expect(TextKey("").fingerprint == TextKey.fingerprint(of: ""))
  }

  @Test func chainedFingerprintsKeepTextBoundaries() {
    let abThenC = TextKey.fingerprint(of: "c", seed: TextKey.fingerprint(of: "ab"))
    let aThenBC = TextKey.fingerprint(of: "bc", seed: TextKey.fingerprint(of: "a"))
    #expect(abThenC != aThenBC)
    #expect(abThenC == TextKey.fingerprint(of: "c", seed: TextKey.fingerprint(of: "ab")))
  }

  @Test func keysFindTheirValuesInADictionary() {
    var verdicts: [TextKey: Int] = [:]
    for (index, label) in ["__meta_gce_zone", "__meta_gce_tags", "__meta_gce_zone"].enumerated() {
      verdicts[TextKey(label), default: index] += 10
    }
    #expect(verdicts == [TextKey("__meta_gce_zone"): 20, TextKey("__meta_gce_tags"): 11])
  }
}
