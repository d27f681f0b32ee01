// swift-tools-version: 6.0
import PackageDescription

/// Release builds optimise across module boundaries, so the split into modules costs no speed.
let crossModule: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

/// One library target per stage of the pipeline; a module depends only on modules above it in this list.
func module(_ name: String, _ dependencies: [Target.Dependency] = []) -> Target {
  .target(name: name, dependencies: dependencies, swiftSettings: crossModule)
}

/// The tests of `name` (in `Tests/<name>Tests`), which may also use the modules above it.
func moduleTests(_ name: String, _ others: [Target.Dependency] = []) -> Target {
  .testTarget(name: name + "Tests", dependencies: [.target(name: name), "SDTestSupport"] + others)
}

let package = Package(
  name: "sdgen",
  // Linux (Debian, Swift 6.3) and macOS 15 or later: the linter uses Synchronization.Mutex.
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "sdgen", targets: ["sdgen"]),
    .library(name: "SDConfigKit", targets: ["SDConfigKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .systemLibrary(
      name: "CLibYAML",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
    ),
    module("SDCore"),
    module("SDJSON"),
    module("GoRegex", ["SDCore"]),
    module("SDYAML", ["SDCore", "CLibYAML"]),
    module("GCEKnowledge", ["SDCore", "SDJSON"]),
    module("GCEFilter", ["SDCore", "SDJSON", "GoRegex", "SDYAML", "GCEKnowledge"]),
    module("PrometheusModel", ["SDCore", "GoRegex", "SDYAML"]),
    module("SDRender", ["SDCore", "SDJSON", "SDYAML", "GCEKnowledge", "GCEFilter", "PrometheusModel"]),
    module(
      "SDLint", ["SDCore", "SDJSON", "GoRegex", "SDYAML", "GCEKnowledge", "GCEFilter", "PrometheusModel", "SDRender"]),
    module("SDReport", ["SDCore", "SDJSON"]),
    module(
      "SDSimulate",
      ["SDCore", "SDJSON", "GoRegex", "SDYAML", "GCEKnowledge", "GCEFilter", "PrometheusModel", "SDRender", "SDReport"]
    ),
    module(
      "SDConfigKit",
      [
        "SDCore", "SDJSON", "GoRegex", "SDYAML", "GCEKnowledge", "GCEFilter", "PrometheusModel", "SDRender",
        "SDLint", "SDReport", "SDSimulate",
      ]
    ),
    .executableTarget(
      name: "sdgen",
      dependencies: [
        "SDConfigKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: crossModule
    ),
    .target(name: "SDTestSupport", dependencies: ["SDCore", "SDJSON"], path: "Tests/SDTestSupport"),
    moduleTests("SDCore"),
    moduleTests("SDJSON"),
    moduleTests("GoRegex"),
    moduleTests("SDYAML", ["SDCore"]),
    moduleTests("GCEKnowledge", ["SDCore"]),
    moduleTests("GCEFilter", ["SDCore", "SDJSON", "SDYAML"]),
    moduleTests("PrometheusModel", ["SDCore", "GoRegex", "SDYAML"]),
    moduleTests("SDRender", ["SDCore", "SDYAML", "GCEKnowledge", "PrometheusModel"]),
    moduleTests("SDLint", ["SDCore", "SDYAML", "GCEKnowledge", "PrometheusModel", "SDRender"]),
    moduleTests("SDReport", ["SDCore", "SDJSON", "SDLint"]),
    moduleTests("SDSimulate", ["SDCore", "SDJSON", "SDYAML", "PrometheusModel", "SDRender"]),
    .testTarget(name: "sdgenTests", dependencies: ["sdgen", "SDTestSupport"]),
    // Sees only the public API (no package access): what a program importing SDConfigKit can do.
    .testTarget(name: "SDConfigKitTests", dependencies: ["SDConfigKit"], packageAccess: false),
  ]
)
