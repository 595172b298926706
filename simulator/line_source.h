#pragma once
// Where the simulator's lines come from: a file replayed (optionally forever) or generated
// calls (a number of records, or forever), and the faults mixed into them.
#include "simulator/generator.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace kxcti::sim {

struct SourceLine {
    std::string text;      // without terminator
    bool record = false;   // a call record (not a header, rule, blank or garbage line)
    bool garbage = false;
    std::optional<std::int64_t> at_s = std::nullopt;  // the traffic model's second it was printed
};

class LineSource {
public:
    virtual ~LineSource() = default;
    virtual std::optional<SourceLine> next() = 0;  // nullopt: no more lines
    // A line for the summary at exit, if the source has more to say than lines and records.
    virtual std::string summary() const { return {}; }
};

// The lines of `path` (CR, LF or CRLF ends), skipping lines that start with '#' (the corpus
// files' "# source:" headers). Throws std::runtime_error if it cannot be read or has no lines.
class ReplaySource final : public LineSource {
public:
    ReplaySource(const std::filesystem::path& path, bool loop);
    std::optional<SourceLine> next() override;

private:
    std::vector<std::string> lines_;
    std::size_t pos_ = 0;
    bool loop_;
};

// Generated calls: exactly `records` records (0 or loop: forever); the call holding the last one
// may be cut short.
class GeneratorSource final : public LineSource {
public:
    GeneratorSource(GeneratorOptions options, std::uint64_t records, bool loop);
    std::optional<SourceLine> next() override;

private:
    CallGenerator generator_;
    std::uint64_t limit_;
    std::uint64_t records_ = 0;
    std::vector<std::string> pending_;
    std::size_t pos_ = 0;
};

// A line of random bytes (never CR or LF, so it stays one line) after every `every` lines.
class GarbageInserter final : public LineSource {
public:
    GarbageInserter(std::unique_ptr<LineSource> inner, std::uint64_t every, std::uint64_t seed);
    std::optional<SourceLine> next() override;
    std::string summary() const override { return inner_->summary(); }

private:
    std::unique_ptr<LineSource> inner_;
    std::uint64_t every_;
    std::uint64_t since_ = 0;
    std::mt19937_64 rng_;
};

// A replayed line counts as a record unless it is blank, a header (form feed or leading
// spaces) or a rule.
bool looks_like_record(const std::string& line);

} // namespace kxcti::sim
