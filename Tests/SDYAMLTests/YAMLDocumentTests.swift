import Testing

@testable import SDCore
@testable import SDYAML

@Suite struct YAMLDocumentTests {
  private func document(_ text: String) -> YAMLDocument {
    YAMLParser().parse(SourceText(path: "t.yml", text: text)).document
  }

  private func texts(_ ids: some Collection<YAMLNode.ID>, in document: YAMLDocument) -> [String] {
    ids.map { document[$0].value }
  }

  @Test func itemViewReadsASequenceInPlace() throws {
    let doc = document("a: [x, y, z]\nb: [w]\n")
    let root = try #require(doc.root)
    let list = try #require(doc.value(forKey: "a", in: root))
    let items = doc.itemView(list)
    #expect(items.count == 3)
    #expect(texts(items, in: doc) == ["x", "y", "z"])
    #expect(doc[items[2]].value == "z")
    #expect(Array(items) == doc.items(list))
    #expect(doc.itemView(root).isEmpty)
  }

  @Test func pairViewReadsAMappingInPlaceWithoutMerging() throws {
    let doc = document("base: &b {x: 1}\nm: {<<: *b, y: 2}\n")
    let root = try #require(doc.root)
    let mapping = try #require(doc.value(forKey: "m", in: root))
    let pairs = doc.pairView(mapping)
    #expect(pairs.map { doc[$0.key].value } == ["<<", "y"])
    #expect(doc[pairs[1].value].value == "2")
    #expect(Array(pairs) == doc.pairs(mapping))
    #expect(doc.pairView(pairs[1].value).isEmpty)
  }

  @Test func entriesResolveAliasedValuesInPlace() throws {
    let doc = document("a: &v one\nb: *v\n")
    let root = try #require(doc.root)
    let entries = doc.entries(of: root)
    #expect(entries.count == 2)
    #expect(texts(entries.map(\.value), in: doc) == ["one", "one"])
    #expect(doc[entries[1].value].kind == .scalar)
    #expect(Array(entries) == doc.mappingEntries(root))
  }

  @Test func entriesApplyMergesExplicitKeysFirst() throws {
    let doc = document("base: &b {x: 1, y: 1}\nm: {<<: *b, y: 2, z: 3}\n")
    let root = try #require(doc.root)
    let mapping = try #require(doc.value(forKey: "m", in: root))
    let entries = doc.entries(of: mapping)
    #expect(entries.map { doc[$0.key].value } == ["y", "z", "x"])
    #expect(texts(entries.map(\.value), in: doc) == ["2", "3", "1"])
    #expect(Array(entries) == doc.mappingEntries(mapping))
  }

  @Test(arguments: [
    ("a: ", true), ("a: ~", true), ("a: null", true), ("a: Null", true), ("a: NULL", true),
    ("a: !!null x", true), ("a: nULL", false), ("a: nil", false), ("a: 'null'", false), ("a: nulls", false),
    ("a: ~~", false), ("a: !!str null", false), ("a: [null]", false), ("a: NuLL", false),
  ])
  func isNullMatchesYAMLNullWords(text: String, expected: Bool) throws {
    let doc = document(text)
    let root = try #require(doc.root)
    let value = try #require(doc.value(forKey: "a", in: root))
    #expect(doc[value].isNull == expected)
    #expect(doc.isNull(value) == expected)
  }
}
