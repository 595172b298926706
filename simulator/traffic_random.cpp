#include "simulator/traffic_random.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <vector>

namespace kxcti::sim {
namespace {

// SplitMix64 (Steele, Lea, Flood 2014: the finaliser of java.util.SplittableRandom): spreads a
// seed and a stream name into well-separated engine seeds.
std::uint64_t mix(std::uint64_t z) {
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t stream_seed(std::uint64_t seed, std::string_view name) {
    std::uint64_t h = mix(seed);
    for (unsigned char c : name) h = mix(h ^ c);
    return h;
}

// No draw is longer than a day: a distribution with a huge tail must not stall the model.
constexpr double kMaxDrawS = 86400;

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> parts;
    std::size_t at = 0;
    for (;;) {
        auto next = s.find(sep, at);
        parts.push_back(s.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at));
        if (next == std::string_view::npos) return parts;
        at = next + 1;
    }
}

double number(std::string_view text, std::string_view whole) {
    double v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v) || v < 0)
        throw std::invalid_argument("'" + std::string(whole) + "': '" + std::string(text) +
                                    "' is not a number of seconds >= 0");
    return v;
}

std::string trim_number(double v) {
    char b[32];
    std::snprintf(b, sizeof b, "%g", v);
    return b;
}

} // namespace

Rng::Rng(std::uint64_t seed, std::string_view stream) : engine_(stream_seed(seed, stream)) {}

double Rng::uniform01() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }

std::uint64_t Rng::below(std::uint64_t n) {
    // Rejection keeps it exactly uniform (and identical everywhere, unlike the standard's).
    std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    std::uint64_t v;
    do v = engine_();
    while (v >= limit);
    return v % n;
}

double Rng::exponential(double mean) { return -mean * std::log(1.0 - uniform01()); }

double Rng::standard_normal() {
    double u1 = 1.0 - uniform01();  // (0, 1]: log is finite
    double u2 = uniform01();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * 3.14159265358979323846 * u2);
}

std::int64_t Distribution::draw(Rng& rng) const {
    double v = 0;
    switch (kind) {
    case Kind::Fixed: v = a; break;
    case Kind::Uniform: v = a + (b - a) * rng.uniform01(); break;
    case Kind::Exponential: v = rng.exponential(a); break;
    case Kind::LogNormal: {
        // Mean a and coefficient of variation b: sigma² = ln(1 + b²), mu = ln(a) − sigma²/2.
        double s2 = std::log(1.0 + b * b);
        v = a > 0 ? std::exp(std::log(a) - s2 / 2 + std::sqrt(s2) * rng.standard_normal()) : 0;
        break;
    }
    }
    v = std::min(std::max(v, 0.0), kMaxDrawS);
    return static_cast<std::int64_t>(std::llround(v));
}

double Distribution::mean() const {
    switch (kind) {
    case Kind::Uniform: return (a + b) / 2;
    case Kind::Fixed:
    case Kind::Exponential:
    case Kind::LogNormal: return a;
    }
    return a;
}

std::string Distribution::text() const {
    switch (kind) {
    case Kind::Fixed: return "fixed:" + trim_number(a);
    case Kind::Uniform: return "uniform:" + trim_number(a) + ":" + trim_number(b);
    case Kind::Exponential: return "exp:" + trim_number(a);
    case Kind::LogNormal: return "lognormal:" + trim_number(a) + ":" + trim_number(b);
    }
    return {};
}

Distribution parse_distribution(std::string_view text) {
    auto parts = split(text, ':');
    auto want = [&](std::size_t n) {
        if (parts.size() != n)
            throw std::invalid_argument("'" + std::string(text) +
                                        "': want fixed:S, uniform:LOW:HIGH, exp:MEAN or lognormal:MEAN:CV (seconds)");
    };
    Distribution d;
    if (parts[0] == "fixed") {
        want(2);
        d.kind = Distribution::Kind::Fixed;
        d.a = number(parts[1], text);
    } else if (parts[0] == "uniform") {
        want(3);
        d.kind = Distribution::Kind::Uniform;
        d.a = number(parts[1], text);
        d.b = number(parts[2], text);
        if (d.b < d.a) throw std::invalid_argument("'" + std::string(text) + "': HIGH is below LOW");
    } else if (parts[0] == "exp") {
        want(2);
        d.kind = Distribution::Kind::Exponential;
        d.a = number(parts[1], text);
    } else if (parts[0] == "lognormal") {
        want(3);
        d.kind = Distribution::Kind::LogNormal;
        d.a = number(parts[1], text);
        d.b = number(parts[2], text);
    } else {
        want(std::size_t(-1));  // no such kind: the message lists the kinds
    }
    return d;
}

} // namespace kxcti::sim
