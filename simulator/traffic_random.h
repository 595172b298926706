#pragma once
// Random numbers for the traffic model that are the same on every platform for a seed: the
// standard library's distributions differ between implementations, so the few the model needs
// are written out here. Pure: no clock, no global state.
#include <cstdint>
#include <random>
#include <string>
#include <string_view>

namespace kxcti::sim {

// One stream of random numbers. The model keeps one per purpose (arrivals of each DID, each
// operator, patience, ...), so that adding an operator does not change every other draw.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : engine_(seed) {}
    // A stream derived from `seed` and a name ("did.2301", "operator.401"): independent streams.
    Rng(std::uint64_t seed, std::string_view stream);

    double uniform01();                                 // [0, 1), 53 random bits
    std::uint64_t below(std::uint64_t n);               // [0, n), n > 0
    bool percent(double p) { return uniform01() * 100.0 < p; }
    double exponential(double mean);
    double standard_normal();                           // Box-Muller, one value per call

private:
    std::mt19937_64 engine_;
};

// A distribution of seconds, as written in a scenario: "fixed:20", "uniform:10:60", "exp:180"
// (exponential with that mean), "lognormal:180:0.6" (mean 180 s, coefficient of variation 0.6).
struct Distribution {
    enum class Kind { Fixed, Uniform, Exponential, LogNormal };
    Kind kind = Kind::Fixed;
    double a = 0;  // fixed value, uniform low, mean
    double b = 0;  // uniform high, lognormal coefficient of variation

    // A draw rounded to whole seconds (the PBX prints seconds), never below 0.
    std::int64_t draw(Rng& rng) const;
    double mean() const;
    std::string text() const;  // as written in a scenario
};

// Parses the scenario form; throws std::invalid_argument saying what is accepted.
Distribution parse_distribution(std::string_view text);

} // namespace kxcti::sim
