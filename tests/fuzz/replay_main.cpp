// Replays a fuzz target outside libFuzzer: every file under the seed directory given as argv[1]
// (missing directory: no seeds), then kRandomInputs random inputs and kMutations mutations of
// each seed, from a fixed seed so a failure reproduces. A crash or trap fails the ctest; the
// input being run is printed first so the failing case is known.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

// Enough random inputs to reach most error paths of a small decoder in a few seconds.
constexpr int kRandomInputs = 20'000;
constexpr int kMutations = 2'000;       // per seed
constexpr std::size_t kMaxRandomLength = 600;  // longer than any line or small frame we decode

using Bytes = std::vector<std::uint8_t>;

void run(const Bytes& input) {
    LLVMFuzzerTestOneInput(input.data(), input.size());
}

Bytes mutate(Bytes b, std::mt19937& rng) {
    std::uniform_int_distribution<int> byte(0, 255);
    const int edits = 1 + static_cast<int>(rng() % 8);
    for (int i = 0; i < edits; ++i) {
        const auto pos = b.empty() ? 0 : rng() % b.size();
        switch (rng() % 4) {
        case 0: if (!b.empty()) b[pos] = static_cast<std::uint8_t>(byte(rng)); break;
        case 1: b.insert(b.begin() + static_cast<std::ptrdiff_t>(pos), static_cast<std::uint8_t>(byte(rng))); break;
        case 2: if (!b.empty()) b.erase(b.begin() + static_cast<std::ptrdiff_t>(pos)); break;
        case 3: b.resize(pos); break;  // cut short
        }
    }
    return b;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<Bytes> seeds;
    if (argc > 1 && std::filesystem::is_directory(argv[1])) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[1])) {
            if (!entry.is_regular_file()) continue;
            std::ifstream in(entry.path(), std::ios::binary);
            seeds.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
            std::cout << "seed " << entry.path().filename().string() << "\n";
            run(seeds.back());
        }
    }
    std::mt19937 rng(20261123);
    for (int i = 0; i < kRandomInputs; ++i) {
        Bytes b(rng() % kMaxRandomLength);
        for (auto& x : b) x = static_cast<std::uint8_t>(rng());
        run(b);
    }
    for (const auto& seed : seeds)
        for (int i = 0; i < kMutations; ++i) run(mutate(seed, rng));
    std::cout << seeds.size() << " seeds, " << kRandomInputs << " random inputs, "
              << seeds.size() * kMutations << " mutations: no crash\n";
    return 0;
}
