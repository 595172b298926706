#pragma once
// Records the largest single heap allocation made while armed. This executable replaces the
// global operator new (alloc_probe.cpp) so that a test can prove a hostile length field was
// refused before anything was allocated for it.
#include <cstddef>

namespace kxcti::test {

class AllocProbe {
public:
    AllocProbe();  // arms and resets
    ~AllocProbe(); // disarms
    AllocProbe(const AllocProbe&) = delete;
    AllocProbe& operator=(const AllocProbe&) = delete;
    std::size_t largest() const;
    std::size_t count() const;
};

} // namespace kxcti::test
