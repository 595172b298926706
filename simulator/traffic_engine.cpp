// The traffic model's clock and its edges: events, days, shifts, arrivals, printing, call ends.
#include "simulator/traffic_engine.h"

#include <algorithm>
#include <chrono>

namespace kxcti::sim {
namespace {

constexpr std::int64_t kDayS = 86400;
constexpr std::size_t kCallerDigits = 10;

} // namespace

TrafficModel::Impl::Impl(const Scenario& scenario, std::uint64_t seed, TrafficStart start, Layout layout, bool forever)
    : sc_(scenario), seed_(seed), start_(start), layout_(layout), forever_(forever), callers_(seed, "callers"),
      patience_(seed, "patience"), redial_(seed, "redial"), forward_(seed, "forward") {
    for (const auto& o : sc_.operators) {
        op_index_[o.ext] = static_cast<int>(ops_.size());
        Op op{&o, Rng(seed, "operator." + o.ext)};
        op.day_spanning = !o.shifts.empty() && o.shifts.front().from_s == 0 && o.shifts.back().to_s == kDayS;
        ops_.push_back(std::move(op));
    }
    std::map<std::string, int> group_index;
    for (std::size_t g = 0; g < sc_.groups.size(); ++g) group_index[sc_.groups[g].number] = static_cast<int>(g);
    for (const auto& g : sc_.groups) {
        std::vector<int> members, transfer;
        for (const auto& m : g.members) members.push_back(op_index_.at(m));
        for (const auto& m : g.transfer_to) transfer.push_back(op_index_.at(m));
        members_.push_back(std::move(members));
        transfer_to_.push_back(std::move(transfer));
        overflow_to_.push_back(g.overflow_to ? group_index.at(*g.overflow_to) : -1);
        group_rng_.emplace_back(seed, "group." + g.number);
    }
    queue_.resize(sc_.groups.size());
    const std::size_t dial_width = columns(layout).dial.width;
    for (const auto& d : sc_.dids) {
        group_of_did_.push_back(d.group ? group_index.at(*d.group) : -1);
        did_rng_.emplace_back(seed, "arrivals." + d.number);
        even_carry_.push_back(0.5);  // the first of evenly spaced calls comes half an interval in
        std::size_t dial = (sc_.print_did ? 3 + d.number.size() : 0) + 3 + kCallerDigits;
        if (dial > dial_width)
            throw ScenarioError(sc_.name + ": [did." + d.number + "] with a " + std::to_string(kCallerDigits) +
                                "-digit caller needs " + std::to_string(dial) + " columns of Dial Number; layout " +
                                (layout == Layout::A ? "A" : layout == Layout::B ? "B" : "C") + " has " +
                                std::to_string(dial_width) + " (shorten the DID, set print_did = no, or use layout C)");
        if (d.forward_number && d.forward_number->size() > dial_width)
            throw ScenarioError(sc_.name + ": [did." + d.number + "] forwards to a number longer than the Dial Number column");
    }
    trunk_busy_.assign(static_cast<std::size_t>(sc_.trunks), false);
    schedule(0, Ev::DayStart, 0);
}

void TrafficModel::Impl::schedule(std::int64_t t, Ev kind, std::int64_t a, std::int64_t b, std::uint64_t token) {
    events_.push(Event{t, seq_++, kind, a, b, token});
}

bool TrafficModel::Impl::step(std::vector<SimRecord>& records, std::vector<TruthCall>& ended) {
    out_records_ = &records;
    out_calls_ = &ended;
    const std::size_t had_records = records.size(), had_calls = ended.size();
    while (records.size() == had_records && ended.size() == had_calls) {
        if (events_.empty()) {
            // Nothing else can happen: callers without patience who are still waiting give up now.
            std::vector<std::uint64_t> waiting;
            for (const auto& [id, c] : calls_)
                if (c.phase == Phase::Waiting) waiting.push_back(id);
            if (waiting.empty()) return false;
            for (auto id : waiting)
                if (Call* c = find(id)) abandon(*c);
            dispatch();
            continue;
        }
        Event e = events_.top();
        events_.pop();
        now = e.t;
        handle(e);
        dispatch();  // whatever changed, free members take waiting calls
    }
    return true;
}

void TrafficModel::Impl::handle(const Event& e) {
    auto call = [&]() { return find(static_cast<std::uint64_t>(e.a)); };
    auto op_token_ok = [&](Call* c) {
        const Op& o = ops_[static_cast<std::size_t>(e.b)];
        return c && c->phase == Phase::Waiting && o.token == e.token && o.state == OpState::Ringing && o.call == c->truth.id;
    };
    switch (e.kind) {
    case Ev::DayStart: day_start(e.a); break;
    case Ev::Arrival: {
        // A copy: the arrival may add callers (a redial), which moves the vector.
        std::optional<NewCaller> again;
        if (e.b >= 0) again = new_callers_[static_cast<std::size_t>(e.b)];
        arrival(static_cast<int>(e.a), again ? &*again : nullptr);
        break;
    }
    case Ev::ShiftStart: shift_start(static_cast<int>(e.a)); break;
    case Ev::ShiftEnd: shift_end(static_cast<int>(e.a)); break;
    case Ev::Abandon:
        if (Call* c = call(); c && c->phase == Phase::Waiting) abandon(*c);
        break;
    case Ev::Overflow:
        if (Call* c = call(); c && c->phase == Phase::Waiting && c->stage == e.token) overflow(*c);
        break;
    case Ev::RingTimeout:
        if (Call* c = call(); op_token_ok(c)) ring_timeout(*c, static_cast<int>(e.b));
        break;
    case Ev::Answer:
        if (Call* c = call(); op_token_ok(c)) answer(*c, static_cast<int>(e.b));
        break;
    case Ev::TalkEnd: talk_end(*call()); break;
    case Ev::TransferStart: transfer_start(*call()); break;
    case Ev::TransferDone: transfer_done(*call()); break;
    case Ev::TransferTalkEnd: transfer_talk_end(*call()); break;
    case Ev::ForwardEnd: forward_end(*call()); break;
    case Ev::CallbackEnd: callback_end(*call()); break;
    case Ev::CallbackDue: callback_due(static_cast<std::size_t>(e.a)); break;
    case Ev::WrapEnd: {
        Op& o = ops_[static_cast<std::size_t>(e.a)];
        if (o.token == e.token && o.state == OpState::Wrap) op_free(static_cast<int>(e.a));
        break;
    }
    }
}

bool TrafficModel::Impl::open_day(std::int64_t calendar_day) const {
    if (sc_.weekends) return true;
    auto s = stamp(start_.year, start_.month, start_.day, calendar_day * kDayS);
    using namespace std::chrono;
    weekday wd{sys_days{year_month_day{year{s.year}, month{static_cast<unsigned>(s.month)}, day{static_cast<unsigned>(s.day)}}}};
    return wd != Saturday && wd != Sunday;
}

void TrafficModel::Impl::day_start(std::int64_t day) {
    const bool more = forever_ || simulated_days_ < sc_.days;
    const bool simulated = more && open_day(day);
    const bool previous_simulated = last_day_ == day - 1;
    if (simulated) {
        ++simulated_days_;
        last_day_ = day;
        const bool next_simulated = (forever_ || simulated_days_ < sc_.days) && open_day(day + 1);
        const std::int64_t base = day * kDayS;
        for (std::size_t i = 0; i < ops_.size(); ++i) {
            const Op& o = ops_[i];
            for (const auto& s : o.spec->shifts) {
                // A shift through midnight into the next simulated day is one shift: no LOG OUT/IN.
                if (!(o.day_spanning && s.from_s == 0 && previous_simulated))
                    schedule(base + s.from_s, Ev::ShiftStart, static_cast<std::int64_t>(i));
                if (!(o.day_spanning && s.to_s == kDayS && next_simulated))
                    schedule(base + s.to_s, Ev::ShiftEnd, static_cast<std::int64_t>(i));
            }
        }
        for (std::size_t d = 0; d < sc_.dids.size(); ++d) arrivals_of_day(day, static_cast<int>(d));
    }
    if (forever_ || simulated_days_ < sc_.days) schedule((day + 1) * kDayS, Ev::DayStart, day + 1);
}

void TrafficModel::Impl::arrivals_of_day(std::int64_t day, int did) {
    const DidSpec& d = sc_.dids[static_cast<std::size_t>(did)];
    if (d.calls_per_day <= 0) return;
    double total = 0;
    for (double w : d.profile) total += w;
    Rng& rng = did_rng_[static_cast<std::size_t>(did)];
    std::vector<std::int64_t> times;
    for (int h = 0; h < 24; ++h) {
        double expected = d.calls_per_day * d.profile[static_cast<std::size_t>(h)] / total;  // calls in this hour
        if (expected <= 0) continue;
        const double hour_start = static_cast<double>(day * kDayS + h * 3600);
        if (d.even) {
            // Evenly spaced: a call each time the running count of expected calls passes a whole one.
            double& carry = even_carry_[static_cast<std::size_t>(did)];
            for (double k = std::ceil(carry); k < carry + expected; k += 1)
                times.push_back(static_cast<std::int64_t>(hour_start + (k - carry) / expected * 3600.0));
            carry += expected;
        } else {
            // Poisson within the hour: exponential gaps at the hour's rate (memoryless, so exact).
            double mean_gap = 3600.0 / expected;
            for (double t = rng.exponential(mean_gap); t < 3600.0; t += rng.exponential(mean_gap))
                times.push_back(static_cast<std::int64_t>(hour_start + t));
        }
    }
    for (auto t : times) schedule(t, Ev::Arrival, did, -1);
}

void TrafficModel::Impl::shift_start(int op) {
    Op& o = ops_[static_cast<std::size_t>(op)];
    o.in_shift = true;
    if (o.state != OpState::Out) return;  // still busy with a call from before: already there
    o.state = OpState::Idle;
    ++o.token;
    log_in_out(op, true);
}

void TrafficModel::Impl::shift_end(int op) {
    Op& o = ops_[static_cast<std::size_t>(op)];
    o.in_shift = false;
    if (o.state != OpState::Idle) return;  // logs out when the call (or wrap-up) is over
    o.state = OpState::Out;
    ++o.token;
    log_in_out(op, false);
}

void TrafficModel::Impl::op_free(int op) {
    Op& o = ops_[static_cast<std::size_t>(op)];
    o.call = 0;
    ++o.token;
    if (o.in_shift) {
        o.state = OpState::Idle;
        return;
    }
    o.state = OpState::Out;
    log_in_out(op, false);
}

void TrafficModel::Impl::wrap_up(int op) {
    Op& o = ops_[static_cast<std::size_t>(op)];
    std::int64_t d = o.spec->wrapup.draw(o.rng);
    if (d <= 0) return op_free(op);
    o.state = OpState::Wrap;
    o.call = 0;
    ++o.token;
    schedule(now + d, Ev::WrapEnd, op, 0, o.token);
}

void TrafficModel::Impl::log_in_out(int op, bool in) {
    if (observer) observer->logged(ops_[static_cast<std::size_t>(op)].spec->ext, in, now);
    if (!sc_.log_in_out) return;
    SimRecord r = record_at(now);
    r.ext = ops_[static_cast<std::size_t>(op)].spec->ext;
    r.dial = in ? "LOG IN" : "LOG OUT";
    print(nullptr, r);
}

std::string TrafficModel::Impl::caller_number() {
    std::string n = callers_.percent(40) ? "3" : "0";  // mobiles start with 3, landlines with 0 (Italy)
    while (n.size() < kCallerDigits) n += static_cast<char>('0' + callers_.below(10));
    return n;
}

int TrafficModel::Impl::free_trunk() const {
    // The PBX hunts CO lines from the lowest number.
    for (std::size_t i = 0; i < trunk_busy_.size(); ++i)
        if (!trunk_busy_[i]) return static_cast<int>(i);
    return -1;
}

std::string TrafficModel::Impl::trunk_text(int trunk) const {
    char b[8];
    std::snprintf(b, sizeof b, "%02d", (trunk + 1) % 1000);
    return b;
}

std::string TrafficModel::Impl::printed_trunk(int trunk) const {
    // A and B have two columns for CO: the PBX prints lines above 99 as "00".
    if (layout_ != Layout::C && trunk + 1 > 99) return "00";
    return trunk_text(trunk);
}

void TrafficModel::Impl::arrival(int did, const NewCaller* again) {
    const DidSpec& d = sc_.dids[static_cast<std::size_t>(did)];
    Call c;
    c.truth.id = next_call_++;
    c.truth.did = d.number;
    c.truth.start_s = now;
    c.did = did;
    if (again) {
        c.truth.caller = again->caller;
        c.truth.redial_of = again->redial_of;
        c.redials = again->redials;
    } else if (!callers_.percent(sc_.withheld_percent)) {
        c.truth.caller = caller_number();
    }
    c.dial = (sc_.print_did ? "<D>" + d.number : std::string()) + "<I>" + c.truth.caller.value_or("");
    ++stats.calls;

    int in = free_trunk();
    if (in >= 0) trunk_busy_[static_cast<std::size_t>(in)] = true;
    int out = in >= 0 && d.forward_ext ? free_trunk() : 0;
    if (in < 0 || out < 0) {
        // No CO line: the caller hears busy from the network; the PBX never sees the call.
        if (in >= 0) trunk_busy_[static_cast<std::size_t>(in)] = false;
        c.truth.outcome = TruthOutcome::Blocked;
        c.truth.end_s = now;
        ++stats.blocked;
        if (c.redials < kMaxRedials && redial_.percent(sc_.redial_percent)) {
            new_callers_.push_back(NewCaller{did, c.truth.caller, c.truth.id, c.redials + 1});
            schedule(now + std::max<std::int64_t>(1, sc_.redial_after.draw(redial_)), Ev::Arrival, did,
                     static_cast<std::int64_t>(new_callers_.size() - 1));
        }
        out_calls_->push_back(std::move(c.truth));
        return;
    }
    c.trunk = in;
    c.truth.trunk = trunk_text(in);
    auto id = c.truth.id;
    if (d.forward_ext) {
        trunk_busy_[static_cast<std::size_t>(out)] = true;
        c.forward_trunk = out;
        c.truth.forward_trunk = trunk_text(out);
        c.truth.ext = d.forward_ext;
        c.truth.dialed = d.forward_number;
        c.phase = Phase::Forwarded;
        if (observer) observer->forwarded(view(c), *d.forward_ext, *d.forward_number, now);
        std::int64_t talk = sc_.forward_talk.draw(forward_);
        calls_.emplace(id, std::move(c));
        schedule(now + talk, Ev::ForwardEnd, static_cast<std::int64_t>(id));
        return;
    }
    Call& stored = calls_.emplace(id, std::move(c)).first->second;
    if (sc_.patience) {
        std::int64_t p = std::min(sc_.patience->draw(patience_), kMaxPrintableWaitS);
        schedule(now + p, Ev::Abandon, static_cast<std::int64_t>(id));
    }
    enter_group(stored, group_of_did_[static_cast<std::size_t>(did)]);
}

void TrafficModel::Impl::forward_end(Call& c) {
    if (observer) observer->cleared(c.truth.id, now);
    const DidSpec& d = sc_.dids[static_cast<std::size_t>(c.did)];
    std::int64_t talk = now - c.truth.start_s;
    SimRecord in = leg(c, *d.forward_ext);
    in.ring_s = 0;
    in.duration_s = static_cast<int>(talk);
    print(&c, in);
    SimRecord fw = record_at(now);
    fw.ext = *d.forward_ext;
    fw.co = printed_trunk(c.forward_trunk);
    fw.dial = *d.forward_number;
    fw.duration_s = static_cast<int>(talk);
    fw.cost_cents = (talk + 59) / 60 * kCostCentsPerMinute;
    fw.cd = "FW";
    print(&c, fw);
    c.truth.outcome = TruthOutcome::ForwardedOut;
    c.truth.wait_s = 0;  // forwarded at once: printed Ring 0'00
    c.truth.talk_s = talk;
    end_call(c);
}

SimRecord TrafficModel::Impl::record_at(std::int64_t t) const {
    auto s = stamp(start_.year, start_.month, start_.day, t);
    SimRecord r;
    r.year = s.year;
    r.month = s.month;
    r.day = s.day;
    r.hour = s.hour;
    r.minute = s.minute;
    return r;
}

SimRecord TrafficModel::Impl::leg(const Call& c, const std::string& ext) const {
    SimRecord r = record_at(now);
    r.ext = ext;
    r.co = printed_trunk(c.trunk);
    r.dial = c.dial;
    r.duration_s = 0;
    r.cost_cents = 0;  // incoming legs cost nothing; B and C print the zero
    return r;
}

void TrafficModel::Impl::print(Call* c, SimRecord r) {
    if (c) {
        ++c->truth.records;
        ++stats.records;
    }
    out_records_->push_back(std::move(r));
}

void TrafficModel::Impl::end_call(Call& c) {
    if (c.trunk >= 0) trunk_busy_[static_cast<std::size_t>(c.trunk)] = false;
    if (c.forward_trunk >= 0) trunk_busy_[static_cast<std::size_t>(c.forward_trunk)] = false;
    c.truth.end_s = now;
    switch (c.truth.outcome) {
    case TruthOutcome::Answered: ++stats.answered; break;
    case TruthOutcome::LostInQueue: ++stats.lost_in_queue; break;
    case TruthOutcome::LostAtOperator: ++stats.lost_at_operator; break;
    case TruthOutcome::ShortAbandon: ++stats.short_abandons; break;
    case TruthOutcome::ForwardedOut: ++stats.forwarded; break;
    case TruthOutcome::Outgoing: ++stats.callbacks; break;
    case TruthOutcome::Blocked: ++stats.blocked; break;
    }
    auto id = c.truth.id;
    out_calls_->push_back(std::move(c.truth));
    calls_.erase(id);
}

CallView TrafficModel::Impl::view(const Call& c) const {
    return CallView{c.truth.id, c.truth.caller, c.truth.did, c.trunk >= 0 ? printed_trunk(c.trunk) : std::string()};
}

TrafficModel::Impl::Call* TrafficModel::Impl::find(std::uint64_t id) {
    auto it = calls_.find(id);
    return it == calls_.end() ? nullptr : &it->second;
}

// ---- the public face ----

TrafficModel::TrafficModel(const Scenario& scenario, std::uint64_t seed, TrafficStart start, Layout layout, bool forever)
    : impl_(std::make_unique<Impl>(scenario, seed, start, layout, forever)) {}
TrafficModel::~TrafficModel() = default;
bool TrafficModel::step(std::vector<SimRecord>& records, std::vector<TruthCall>& ended) {
    return impl_->step(records, ended);
}
void TrafficModel::set_observer(TrafficObserver* observer) { impl_->observer = observer; }
const TrafficStats& TrafficModel::stats() const { return impl_->stats; }
std::int64_t TrafficModel::now_s() const { return impl_->now; }

} // namespace kxcti::sim
