// swift-tools-version: 6.0
import PackageDescription

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
    .target(
      name: "SDConfigKit",
      dependencies: ["CLibYAML"]
    ),
    .executableTarget(
      name: "sdgen",
      dependencies: [
        "SDConfigKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "SDConfigKitTests",
      dependencies: ["SDConfigKit"],
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "sdgenTests",
      dependencies: ["sdgen"]
    ),
  ]
)
