#pragma once
// The largest single heap allocation made while a probe is alive. alloc_probe.cpp replaces the
// global operator new of the csta test executable, so a test can show that a hostile length
// was refused before anything was sized by it.
#include <cstddef>

namespace kxcti::test::csta {

class AllocProbe {
public:
    AllocProbe();
    ~AllocProbe();
    AllocProbe(const AllocProbe&) = delete;
    AllocProbe& operator=(const AllocProbe&) = delete;
    std::size_t largest() const;
};

} // namespace kxcti::test::csta
