#include "tests/csta/alloc_probe.h"

#include <atomic>
#include <cstdlib>
#include <new>

namespace {
std::atomic<bool> g_on{false};
std::atomic<std::size_t> g_largest{0};
} // namespace

namespace kxcti::test::csta {
AllocProbe::AllocProbe() {
    g_largest = 0;
    g_on = true;
}
AllocProbe::~AllocProbe() { g_on = false; }
std::size_t AllocProbe::largest() const { return g_largest; }
} // namespace kxcti::test::csta

void* operator new(std::size_t n) {
    if (g_on) {
        std::size_t seen = g_largest.load();
        while (n > seen && !g_largest.compare_exchange_weak(seen, n)) {
        }
    }
    if (void* p = std::malloc(n ? n : 1)) return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
