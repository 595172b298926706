#include "alloc_probe.h"

#include <atomic>
#include <cstdlib>
#include <new>

namespace {
std::atomic<bool> g_armed{false};
std::atomic<std::size_t> g_largest{0};
std::atomic<std::size_t> g_count{0};
} // namespace

namespace kxcti::test {
AllocProbe::AllocProbe() {
    g_largest = 0;
    g_count = 0;
    g_armed = true;
}
AllocProbe::~AllocProbe() { g_armed = false; }
std::size_t AllocProbe::largest() const { return g_largest; }
std::size_t AllocProbe::count() const { return g_count; }
} // namespace kxcti::test

// The other replaceable forms (array, nothrow) forward to these by default.
void* operator new(std::size_t n) {
    if (g_armed) {
        ++g_count;
        std::size_t seen = g_largest.load();
        while (n > seen && !g_largest.compare_exchange_weak(seen, n)) {
        }
    }
    if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
    throw std::bad_alloc();
}

void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
