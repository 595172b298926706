#include "simulator/line_source.h"

#include "common/util/line_splitter.h"

#include <fstream>
#include <iterator>
#include <stdexcept>

namespace kxcti::sim {

bool looks_like_record(const std::string& line) {
    return !line.empty() && line[0] != '\f' && line[0] != ' ' && line[0] != '-';
}

ReplaySource::ReplaySource(const std::filesystem::path& path, bool loop) : loop_(loop) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read the replay file " + path.string() + ": check the path");
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // Every byte but the terminators is kept; the replay file is not ours to police.
    LineSplitter splitter(std::string::npos);
    auto keep = [this](std::string&& line, LineEnd) {
        if (line.empty() || line[0] != '#') lines_.push_back(std::move(line));
    };
    splitter.feed(bytes, keep);
    splitter.finish(LineEnd::EndOfFile, keep);
    if (lines_.empty()) throw std::runtime_error("the replay file " + path.string() + " has no lines to send");
}

std::optional<SourceLine> ReplaySource::next() {
    if (pos_ == lines_.size()) {
        if (!loop_) return std::nullopt;
        pos_ = 0;
    }
    const std::string& line = lines_[pos_++];
    return SourceLine{line, looks_like_record(line), false};
}

GeneratorSource::GeneratorSource(GeneratorOptions options, std::uint64_t records, bool loop)
    : generator_(std::move(options)), limit_(loop ? 0 : records) {}

std::optional<SourceLine> GeneratorSource::next() {
    // Exactly `limit_` records: the call that holds the last one may be cut short, like a PBX
    // whose printout is stopped.
    if (limit_ != 0 && records_ >= limit_) return std::nullopt;
    while (pos_ == pending_.size()) {
        pending_.clear();
        pos_ = 0;
        generator_.next_call(pending_);
    }
    std::string& line = pending_[pos_++];
    bool record = looks_like_record(line);
    if (record) ++records_;
    return SourceLine{std::move(line), record, false};
}

GarbageInserter::GarbageInserter(std::unique_ptr<LineSource> inner, std::uint64_t every, std::uint64_t seed)
    : inner_(std::move(inner)), every_(every), rng_(seed ^ 0x9e3779b97f4a7c15ULL) {}

std::optional<SourceLine> GarbageInserter::next() {
    if (every_ > 0 && since_ == every_) {
        since_ = 0;
        constexpr std::uint64_t kMinBytes = 8, kMaxBytes = 100;  // like a burst of line noise
        std::string bytes(kMinBytes + rng_() % (kMaxBytes - kMinBytes + 1), ' ');
        for (char& c : bytes) {
            do c = static_cast<char>(rng_() & 0xff);
            while (c == '\r' || c == '\n');
        }
        return SourceLine{std::move(bytes), false, true};
    }
    auto line = inner_->next();
    if (line) ++since_;
    return line;
}

} // namespace kxcti::sim
