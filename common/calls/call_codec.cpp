#include "common/calls/call_codec.h"

#include <cstdint>

namespace kxcti::calls {

namespace {

constexpr unsigned char kMagic = 'C';

// Leg and call flag bits.
constexpr unsigned kAnswered = 1, kMarkedTransfer = 2, kProvisional = 4;
constexpr unsigned kTransferred = 1, kOverflowed = 2, kClosed = 4, kUncertain = 8, kEstimated = 16, kSuspect = 32;

class Writer {
public:
    explicit Writer(std::string& out) : out_(out) {}

    void byte(unsigned v) { out_.push_back(static_cast<char>(v & 0xff)); }
    void u(std::uint64_t v) {
        while (v >= 0x80) {
            out_.push_back(static_cast<char>((v & 0x7f) | 0x80));
            v >>= 7;
        }
        out_.push_back(static_cast<char>(v));
    }
    void s(std::int64_t v) { u((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63)); }
    void str(const std::string& v) {
        u(v.size());
        out_ += v;
    }
    void opt(const std::optional<std::string>& v) {
        if (!v) return u(0);
        u(v->size() + 1);
        out_ += *v;
    }
    void opt(const std::optional<int>& v) {
        if (!v) return u(0);
        u((static_cast<std::uint64_t>(static_cast<std::int64_t>(*v)) << 1 ^
           static_cast<std::uint64_t>(static_cast<std::int64_t>(*v) >> 63)) + 1);
    }
    // Times as deltas from the previous one written: calls and their legs follow one another.
    void window(const TimeWindow& w) {
        s(w.earliest - last_);
        u(static_cast<std::uint64_t>(w.latest - w.earliest));
        last_ = w.earliest;
    }

private:
    std::string& out_;
    LocalSeconds last_ = 0;
};

class Reader {
public:
    explicit Reader(std::string_view in) : in_(in) {}

    bool done() const { return i_ == in_.size(); }
    unsigned byte() {
        need(1);
        return static_cast<unsigned char>(in_[i_++]);
    }
    std::uint64_t u() {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const unsigned b = byte();
            v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
            if (!(b & 0x80)) return v;
        }
        throw CodecError("stored calls: a number runs past 64 bits");
    }
    std::int64_t s() {
        const std::uint64_t v = u();
        return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
    }
    void str(std::string& v) {
        const auto n = u();
        need(n);
        v.assign(in_.substr(i_, n));
        i_ += n;
    }
    void opt(std::optional<std::string>& v) {
        const auto n = u();
        if (n == 0) return v.reset();
        need(n - 1);
        v.emplace(in_.substr(i_, n - 1));
        i_ += n - 1;
    }
    void opt(std::optional<int>& v) {
        const auto n = u();
        if (n == 0) return v.reset();
        const std::uint64_t z = n - 1;
        v = static_cast<int>(static_cast<std::int64_t>(z >> 1) ^ -static_cast<std::int64_t>(z & 1));
    }
    TimeWindow window() {
        TimeWindow w;
        w.earliest = last_ + s();
        w.latest = w.earliest + static_cast<LocalSeconds>(u());
        last_ = w.earliest;
        return w;
    }

private:
    void need(std::uint64_t n) const {
        if (n > in_.size() - i_) throw CodecError("stored calls: cut short (" + std::to_string(in_.size()) + " bytes)");
    }
    std::string_view in_;
    std::size_t i_ = 0;
    LocalSeconds last_ = 0;
};

// Presence bits of a call's or leg's three optional windows, then the windows present.
void windows(Writer& w, const std::optional<TimeWindow>& a, const std::optional<TimeWindow>& b,
             const std::optional<TimeWindow>& c) {
    w.byte((a ? 1u : 0u) | (b ? 2u : 0u) | (c ? 4u : 0u));
    if (a) w.window(*a);
    if (b) w.window(*b);
    if (c) w.window(*c);
}
void windows(Reader& r, std::optional<TimeWindow>& a, std::optional<TimeWindow>& b, std::optional<TimeWindow>& c) {
    const unsigned bits = r.byte();
    if (bits & 1) a = r.window();
    if (bits & 2) b = r.window();
    if (bits & 4) c = r.window();
}

void encode(Writer& w, const Call& c, std::int64_t& last_id) {
    w.s(c.id - last_id);
    last_id = c.id;
    w.byte(static_cast<unsigned>(c.direction));
    w.byte(static_cast<unsigned>(c.outcome));
    w.byte((c.transferred ? kTransferred : 0u) | (c.overflowed ? kOverflowed : 0u) | (c.closed ? kClosed : 0u) |
           (c.flags.grouping_uncertain ? kUncertain : 0u) | (c.flags.time_estimated ? kEstimated : 0u) |
           (c.flags.duration_suspect ? kSuspect : 0u));
    w.opt(c.caller);
    w.opt(c.did);
    w.opt(c.dialed);
    w.opt(c.co);
    w.opt(c.answered_by);
    w.opt(c.wait_s);
    w.opt(c.talk_s);
    windows(w, c.start, c.answer, c.end);
    w.u(c.groups.size());
    for (const auto& g : c.groups) w.str(g);
    w.u(c.legs.size());
    for (const auto& l : c.legs) {
        w.s(l.journal_id - c.id);
        w.u(l.event_ids.size());
        for (auto e : l.event_ids) w.s(e - l.journal_id);
        w.str(l.ext);
        w.byte(static_cast<unsigned>(l.kind) << 3 | (l.answered ? kAnswered : 0u) |
               (l.marked_transfer ? kMarkedTransfer : 0u) | (l.provisional ? kProvisional : 0u));
        w.opt(l.co);
        w.opt(l.target);
        w.opt(l.cd);
        w.opt(l.ring_s);
        w.opt(l.duration_s);
        w.opt(l.talk_s);
        windows(w, l.began, l.connected, l.end);
    }
}

void decode(Reader& r, Call& c, std::int64_t& last_id) {
    c.id = last_id + r.s();
    last_id = c.id;
    c.direction = static_cast<CallDirection>(r.byte());
    c.outcome = static_cast<Outcome>(r.byte());
    const unsigned f = r.byte();
    c.transferred = f & kTransferred;
    c.overflowed = f & kOverflowed;
    c.closed = f & kClosed;
    c.flags.grouping_uncertain = f & kUncertain;
    c.flags.time_estimated = f & kEstimated;
    c.flags.duration_suspect = f & kSuspect;
    r.opt(c.caller);
    r.opt(c.did);
    r.opt(c.dialed);
    r.opt(c.co);
    r.opt(c.answered_by);
    r.opt(c.wait_s);
    r.opt(c.talk_s);
    windows(r, c.start, c.answer, c.end);
    c.groups.resize(r.u());
    for (auto& g : c.groups) r.str(g);
    c.legs.resize(r.u());
    for (auto& l : c.legs) {
        l.journal_id = c.id + r.s();
        l.event_ids.resize(r.u());
        for (auto& e : l.event_ids) e = l.journal_id + r.s();
        r.str(l.ext);
        const unsigned k = r.byte();
        l.kind = static_cast<LegKind>(k >> 3);
        l.answered = k & kAnswered;
        l.marked_transfer = k & kMarkedTransfer;
        l.provisional = k & kProvisional;
        r.opt(l.co);
        r.opt(l.target);
        r.opt(l.cd);
        r.opt(l.ring_s);
        r.opt(l.duration_s);
        r.opt(l.talk_s);
        windows(r, l.began, l.connected, l.end);
    }
}

} // namespace

void encode_calls(std::span<const Call> calls, std::string& out) {
    Writer w(out);
    w.byte(kMagic);
    w.u(kCallCodecVersion);
    w.u(calls.size());
    std::int64_t last_id = 0;
    for (const auto& c : calls) encode(w, c, last_id);
}

std::vector<Call> decode_calls(std::string_view bytes) {
    Reader r(bytes);
    if (r.byte() != kMagic || r.u() != static_cast<std::uint64_t>(kCallCodecVersion))
        throw CodecError("stored calls: not written by this version of the call codec");
    const auto n = r.u();
    if (n > bytes.size()) throw CodecError("stored calls: more calls announced than bytes");
    std::vector<Call> calls(n);
    std::int64_t last_id = 0;
    for (auto& c : calls) decode(r, c, last_id);
    if (!r.done()) throw CodecError("stored calls: bytes left after the last call");
    return calls;
}

} // namespace kxcti::calls
